package vn.chitieu.evaluation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/**
 * How far a figure has come towards its target, as a percentage of it, so targets in different units can share one
 * chart: 100 is exactly the target, more is better than the target, whichever way the target points. For a target
 * that wants less ("dưới 0,5%") it is target ÷ figure, for all others figure ÷ target. A state in words, a rating, a
 * range or a target of several parts has no such percentage.
 */
public final class Attainment {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Attainment() {
    }

    public static @Nullable BigDecimal percentOfTarget(TargetReading target, ResultReading result) {
        BigDecimal goal = goal(target);
        BigDecimal figure = result.number();
        if (goal == null || figure == null || goal.signum() <= 0) {
            return null;
        }
        if (target.kind() == TargetKind.CHANGE) {
            // "giảm 12 hộ" against "giảm 11 hộ"; a change the other way has gone backwards
            if (result.kind() == ResultReading.Kind.CHANGE && result.decrease() != target.decrease()) {
                return BigDecimal.ZERO;
            }
            figure = figure.abs();
        }
        if (target.higherIsBetter() || target.kind() == TargetKind.CHANGE) {
            return figure.multiply(HUNDRED).divide(goal, MathContext.DECIMAL64).setScale(1, RoundingMode.HALF_UP);
        }
        if (figure.signum() <= 0) {
            // nothing left of what should fall below the target: as good as it gets, drawn at twice the target
            return BigDecimal.valueOf(200);
        }
        return goal.multiply(HUNDRED).divide(figure, MathContext.DECIMAL64).setScale(1, RoundingMode.HALF_UP);
    }

    private static @Nullable BigDecimal goal(TargetReading target) {
        return switch (target.kind()) {
            case THRESHOLD, GROWTH, COMPLETION, CHANGE -> target.value();
            case RATIO -> target.value() == null || target.value2() == null || target.value2().signum() == 0 ? null
                    : TargetReading.percent(target.value(), target.value2());
            case QUALITATIVE, RATING, RANGE, COMPOUND -> null;
        };
    }
}
