package vn.chitieu.datavalue;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import vn.chitieu.evaluation.ValueBound;

/**
 * The reading of a value as entered: a number, a count out of a total, or a bound. All null for text results
 * ("Hoàn thành tốt nhiệm vụ").
 */
public record ParsedValue(
        @Nullable BigDecimal number,
        @Nullable BigDecimal numerator,
        @Nullable BigDecimal denominator,
        @Nullable ValueBound bound) {

    public ParsedValue {
        // the database keeps DECIMAL(20,6): compare 85.57 and 85.570000 as the same figure
        number = normalise(number);
        numerator = normalise(numerator);
        denominator = normalise(denominator);
    }

    private static @Nullable BigDecimal normalise(@Nullable BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    public static ParsedValue of(BigDecimal number) {
        return new ParsedValue(number, null, null, null);
    }

    public static ParsedValue ratio(BigDecimal numerator, BigDecimal denominator) {
        return new ParsedValue(null, numerator, denominator, null);
    }
}
