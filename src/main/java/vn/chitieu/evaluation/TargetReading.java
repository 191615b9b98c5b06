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
        List<TargetReading> parts) {

    public TargetReading {
        parts = List.copyOf(parts);
    }

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
            case CHANGE -> (decrease ? "giảm " : "tăng ") + changeWord() + VnNumbers.format(value) + unitSuffix();
            case GROWTH -> "tăng " + comparator.symbol() + " " + VnNumbers.format(value) + "%"
                    + (horizon == Horizon.AVERAGE_ANNUAL ? "/năm (bình quân, tính kép)" : "");
            case COMPOUND -> "tất cả các phần: " + String.join("; ", parts.stream().map(TargetReading::describe).toList());
            case THRESHOLD, COMPLETION -> comparator.symbol() + " " + VnNumbers.format(value) + unitSuffix();
        };
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
        return unit.startsWith("%") ? unit : " " + unit;
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
