package vn.chitieu.evaluation;

/** The direction of a target. A bare number means {@link #AT_LEAST}. */
public enum Comparator {
    MORE_THAN(">"),
    AT_LEAST("≥"),
    LESS_THAN("<"),
    AT_MOST("≤"),
    EQUAL("="),
    BETWEEN("…");

    private final String symbol;

    Comparator(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }
}
