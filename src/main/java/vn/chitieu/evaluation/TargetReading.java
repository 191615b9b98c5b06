package vn.chitieu.evaluation;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a target as written means.
 *
 * @param value      the threshold, the change amount, the lower end of a range, or the numerator of x/y
 * @param value2     the upper end of a range, or the denominator of x/y
 * @param decrease   for {@link TargetKind#CHANGE}: a decrease ("giảm 11 hộ") rather than an increase
 * @param rating     for {@link TargetKind#RATING}: the level to reach
 * @param phrase     for {@link TargetKind#QUALITATIVE}: the state in words
 * @param parts      for {@link TargetKind#COMPOUND}: the parts, each met for the whole to be met
 * @param lowerBySubject the direction "at most" was read from the subject ({@link LowerIsBetter}), not stated:
 *                   shown back so a person can override it
 */
public record TargetReading(
        String text,
        TargetKind kind,
        Comparator comparator,
        @Nullable BigDecimal value,
        @Nullable BigDecimal value2,
        @Nullable String unit,
        Horizon horizon,
        @Nullable Integer horizonYear,
        boolean decrease,
        @Nullable Rating rating,
        @Nullable String phrase,
        List<TargetReading> parts,
        boolean lowerBySubject) {

    public TargetReading {
        parts = List.copyOf(parts);
    }

    /** A reading whose direction is stated or the default one. */
    public TargetReading(String text, TargetKind kind, Comparator comparator, @Nullable BigDecimal value,
                         @Nullable BigDecimal value2, @Nullable String unit, Horizon horizon,
                         @Nullable Integer horizonYear, boolean decrease, @Nullable Rating rating,
                         @Nullable String phrase, List<TargetReading> parts) {
        this(text, kind, comparator, value, value2, unit, horizon, horizonYear, decrease, rating, phrase, parts,
                false);
    }

    /** The same reading over another horizon (a horizon a person stated apart from the text). */
    public TargetReading withHorizon(Horizon newHorizon, @Nullable Integer newYear) {
        return new TargetReading(text, kind, comparator, value, value2, unit, newHorizon,
                newYear != null ? newYear : horizonYear, decrease, rating, phrase, parts, lowerBySubject);
    }

    /**
     * Growth written for the whole term rather than per year: "năm 2030 tăng 1,5 lần so với năm 2025", "cuối nhiệm
     * kỳ tăng 40% so với đầu nhiệm kỳ". {@link #value()} is then the total increase in % (1,5 lần is 50%), reached
     * from the base year's figure.
     */
    public boolean growthOverTerm() {
        return kind == TargetKind.GROWTH && horizon != Horizon.AVERAGE_ANNUAL && horizon != Horizon.ANNUAL
                && OVER_TERM.matcher(text.toLowerCase(java.util.Locale.ROOT)).find();
    }

    /** A change stated as a share of the baseline ("giảm 1/3 số hộ cận nghèo"): {@link #value()} is in % of it. */
    public boolean changeOfBaseline() {
        return kind == TargetKind.CHANGE && "% mức gốc".equals(unit);
    }

    private static final java.util.regex.Pattern OVER_TERM = java.util.regex.Pattern.compile(
            "\\d\\s*lần|so với (năm \\d{4}|đầu nhiệm kỳ|năm đầu nhiệm kỳ|năm gốc|cuối nhiệm kỳ trước|nhiệm kỳ trước)");

    /** Whether larger results are better (most targets), as opposed to "dưới 0,5%". */
    public boolean higherIsBetter() {
        return comparator != Comparator.LESS_THAN && comparator != Comparator.AT_MOST;
    }

    /** The reading in plain Vietnamese, for the person to confirm: "≥ 98%", "giảm ít nhất 11 hộ". */
    public String describe() {
        String described = switch (kind) {
            case QUALITATIVE -> "đạt trạng thái: " + phrase;
            case RATING -> (comparator == Comparator.EQUAL ? "" : "từ mức ") + rating.label()
                    + (comparator == Comparator.EQUAL ? "" : " trở lên");
            case RANGE -> "từ " + VnNumbers.format(value) + " đến " + VnNumbers.format(value2) + unitSuffix();
            case RATIO -> comparatorWord() + VnNumbers.format(value) + "/" + VnNumbers.format(value2) + unitSuffix()
                    + " (" + VnNumbers.format(percent(value, value2)) + "%)";
            case CHANGE -> (decrease ? "giảm " : "tăng ") + changeWord() + VnNumbers.format(value)
                    + (changeOfBaseline() ? "% so với mức gốc" : unitSuffix());
            case GROWTH -> "tăng " + comparator.symbol() + " " + VnNumbers.format(value) + "%"
                    + (horizon == Horizon.AVERAGE_ANNUAL ? "/năm (bình quân, tính kép)"
                    : growthOverTerm() ? " cả nhiệm kỳ so với năm gốc" + (text.contains("lần")
                    ? " (gấp " + VnNumbers.format(value.divide(BigDecimal.valueOf(100)).add(BigDecimal.ONE)) + " lần)"
                    : "") : "");
            case COMPOUND -> "tất cả các phần: " + String.join("; ", parts.stream().map(TargetReading::describe).toList());
            case THRESHOLD, COMPLETION -> comparator.symbol() + " " + VnNumbers.format(value) + unitSuffix()
                    + (rating == null ? "" : " số đơn vị đạt " + rating.label() + " trở lên");
        };
        if (lowerBySubject) {
            described += " · càng thấp càng tốt";
        }
        return switch (horizon) {
            case ANNUAL -> described + ", hằng năm";
            case BY_YEAR -> described + (horizonYear == null ? "" : ", đến năm " + horizonYear);
            case CUMULATIVE -> described + ", lũy kế cả nhiệm kỳ";
            case AVERAGE_ANNUAL, TERM -> described;
        };
    }

    /** x/y as a percentage with one decimal, the way reports print "7/8 (87,5%)". */
    public static BigDecimal percent(BigDecimal numerator, BigDecimal denominator) {
        return numerator.multiply(BigDecimal.valueOf(100)).divide(denominator, 1, java.math.RoundingMode.HALF_UP);
    }

    private String unitSuffix() {
        if (unit == null || unit.isBlank()) {
            return "";
        }
        // "%" and "‰" are written glued to the figure
        return unit.startsWith("%") || unit.startsWith("‰") ? unit : " " + unit;
    }

    private String comparatorWord() {
        return comparator == Comparator.AT_LEAST ? "ít nhất " : comparator.symbol() + " ";
    }

    private String changeWord() {
        return switch (comparator) {
            case AT_LEAST -> "ít nhất ";
            case MORE_THAN -> "hơn ";
            case AT_MOST -> "nhiều nhất ";
            case LESS_THAN -> "dưới ";
            default -> "";
        };
    }
}
