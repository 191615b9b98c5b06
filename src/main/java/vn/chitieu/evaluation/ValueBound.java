package vn.chitieu.evaluation;

/** A result written as a bound or an approximation rather than an exact figure. */
public enum ValueBound {
    /** "trên 98%", "hơn 120", ">98". */
    ABOVE,
    /** "dưới 1%". */
    BELOW,
    /** "khoảng 23.855". */
    ABOUT
}
