package vn.chitieu.indicator;

/** Over what time a target is to be met. */
public enum Horizon {
    /** hằng năm: every year of the term. */
    ANNUAL("hằng năm"),
    /** bình quân năm: the compound average per year over the term. */
    AVERAGE_ANNUAL("bình quân năm"),
    /** đến năm X: by a given year. */
    BY_YEAR("đến năm"),
    /** cả nhiệm kỳ: for the term as a whole. */
    TERM("cả nhiệm kỳ");

    private final String label;

    Horizon(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
