package vn.chitieu.indicator;

import vn.chitieu.evaluation.Horizon;
import vn.chitieu.evaluation.Comparator;
import vn.chitieu.evaluation.TargetKind;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The parsed reading of a target as written. Kept next to the text so the text stays the authority and the reading
 * can be shown back to a person to confirm.
 *
 * @param value       the threshold, the lower end of a range, or the numerator of x/y
 * @param value2      the upper end of a range, or the denominator of x/y
 * @param horizonYear for {@link Horizon#BY_YEAR}: the year
 */
public record TargetForm(
        @Nullable TargetKind kind,
        @Nullable Comparator comparator,
        @Nullable BigDecimal value,
        @Nullable BigDecimal value2,
        @Nullable Horizon horizon,
        @Nullable Integer horizonYear) {

    public static final TargetForm UNKNOWN = new TargetForm(null, null, null, null, null, null);
}
