package vn.chitieu.evaluation;

/** Over what time a target is to be met. */
public enum Horizon {
    /** hằng năm: every year of the term. */
    ANNUAL("hằng năm"),
    /** bình quân năm: the compound average per year over the term. */
    AVERAGE_ANNUAL("bình quân năm"),
    /** đến năm X: by a given year. */
    BY_YEAR("đến năm"),
    /** cả nhiệm kỳ: for the term as a whole, judged on the last figure. */
    TERM("cả nhiệm kỳ"),
    /** lũy kế: the sum of the yearly figures over the term. */
    CUMULATIVE("lũy kế");

    private final String label;

    Horizon(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
