package vn.chitieu.evaluation;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * What a result as written means.
 *
 * @param number     the figure (for a ratio: its percentage), in the indicator's unit
 * @param bound      "trên 98%" is {@link ValueBound#ABOVE} 98: a value just past 98, not 98 itself
 * @param estimate   "(dự kiến)", "ước thực hiện", "tính đến 30/11": not yet the official figure
 * @param decrease   for a change written as "giảm 5 hộ"
 */
public record ResultReading(
        String text,
        Kind kind,
        @Nullable BigDecimal number,
        @Nullable BigDecimal numerator,
        @Nullable BigDecimal denominator,
        @Nullable ValueBound bound,
        boolean estimate,
        boolean decrease,
        @Nullable Rating rating) {

    public enum Kind {
        /** A figure. */
        NUMBER,
        /** x/y units. */
        RATIO,
        /** A change amount: "giảm 5 hộ". */
        CHANGE,
        /** A rating on the review scale. */
        RATING,
        /** Words: "Các địa phương đều đạt", "Không còn hộ nghèo…". */
        TEXT,
        /** Nothing yet: empty, "…", "chờ kết quả đánh giá". */
        PENDING
    }

    /** A plain figure the engine computed (a sum, an average, a projection), written the Vietnamese way. */
    public static ResultReading ofNumber(BigDecimal value, boolean estimate) {
        return new ResultReading(VnNumbers.format(value), Kind.NUMBER, value, null, null, null, estimate, false, null);
    }

    public boolean isPending() {
        return kind == Kind.PENDING;
    }

    /** The result in plain Vietnamese: "trên 98%", "7/8 (87,5%)". */
    public String describe(@Nullable String unit) {
        String suffix = unit == null || unit.isBlank() ? "" : unit.startsWith("%") || unit.startsWith("‰") ? unit
                : " " + unit;
        String prefix = bound == null ? "" : switch (bound) {
            case ABOVE -> "trên ";
            case BELOW -> "dưới ";
            case ABOUT -> "khoảng ";
        };
        String described = switch (kind) {
            case NUMBER -> prefix + VnNumbers.format(number) + suffix;
            case RATIO -> VnNumbers.format(numerator) + "/" + VnNumbers.format(denominator) + suffix + " ("
                    + VnNumbers.format(number) + "%)";
            case CHANGE -> (decrease ? "giảm " : "tăng ") + prefix + VnNumbers.format(number) + suffix;
            case RATING -> rating.label();
            case TEXT -> text;
            case PENDING -> "chưa có kết quả";
        };
        return estimate ? described + " (ước tính)" : described;
    }
}
