package vn.chitieu.indicator;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import vn.chitieu.evaluation.Comparator;
import vn.chitieu.evaluation.Comparators;
import vn.chitieu.evaluation.Horizon;
import vn.chitieu.evaluation.TargetKind;
import vn.chitieu.evaluation.TargetReading;

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

    /** Only a horizon, stated apart from the text; the rest comes from reading the text. */
    public static TargetForm horizon(@Nullable Horizon horizon, @Nullable Integer year) {
        return new TargetForm(null, null, null, null, horizon, year);
    }

    /** Only a direction, stated apart from the text (an import's {@code chieu} column). */
    public static TargetForm direction(@Nullable Comparator comparator) {
        return new TargetForm(null, comparator, null, null, null, null);
    }

    /** A count of units out of units with no target written: all of them count (see Verdicts, rule 4). */
    public static TargetForm allUnits() {
        return new TargetForm(TargetKind.RATIO, null, null, null, null, null);
    }

    /**
     * What a direction column ({@code chieu} of an import file or of the seed tables) states, read the same way for
     * both: "ratio_of_units" with no target written means all units count; otherwise a comparator, or nothing.
     *
     * @throws IllegalArgumentException with a Vietnamese message for a direction it does not know
     */
    public static TargetForm stated(@Nullable String direction, @Nullable String targetText) {
        String d = direction == null ? "" : direction.strip().toLowerCase(java.util.Locale.ROOT);
        if ((d.equals("ratio_of_units") || d.equals("ty_le_don_vi")) && (targetText == null || targetText.isBlank())) {
            return allUnits();
        }
        return direction(Comparators.fromColumn(direction));
    }

    /**
     * What the direction and horizon columns ({@code chieu}, {@code ky_han} of an import file) state apart from the
     * target's words. The horizon is written as {@link #horizonColumn} writes it: "hằng năm", "bình quân năm",
     * "cả nhiệm kỳ", "lũy kế", "đến năm 2030"; blank: read from the words.
     *
     * @throws IllegalArgumentException with a Vietnamese message for a direction or horizon it does not know
     */
    public static TargetForm stated(@Nullable String direction, @Nullable String horizon,
                                    @Nullable String targetText) {
        TargetForm byDirection = stated(direction, targetText);
        String h = horizon == null ? "" : horizon.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ");
        if (h.isEmpty()) {
            return byDirection;
        }
        java.util.regex.Matcher byYear = java.util.regex.Pattern.compile("đến (?:năm )?(\\d{4})").matcher(h);
        Horizon read = byYear.matches() ? Horizon.BY_YEAR : java.util.Arrays.stream(Horizon.values())
                .filter(x -> x.label().equals(h) || x.name().equalsIgnoreCase(h)
                        || x == Horizon.ANNUAL && h.equals("hàng năm")
                        || x == Horizon.AVERAGE_ANNUAL && h.matches("bình quân (hằng|hàng) năm"))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("Kỳ hạn \"" + horizon + "\" không hợp lệ; "
                        + "dùng hằng năm, bình quân năm, cả nhiệm kỳ, lũy kế, đến năm 2030 hoặc để trống"));
        return new TargetForm(byDirection.kind(), byDirection.comparator(), null, null, read,
                byYear.matches() ? Integer.valueOf(byYear.group(1)) : null);
    }

    /** The horizon as the {@code ky_han} column writes it, read back by {@link #stated(String, String, String)}. */
    public static String horizonColumn(Horizon horizon, @Nullable Integer year) {
        return horizon == Horizon.BY_YEAR && year != null ? "đến năm " + year : horizon.label();
    }

    static TargetForm of(TargetReading reading) {
        return new TargetForm(reading.kind(), reading.comparator(), reading.value(), reading.value2(),
                reading.horizon(), reading.horizonYear());
    }

    /** Whether this says that x/y units without a target means all units. */
    public boolean countsAllUnits() {
        return kind == TargetKind.RATIO && value == null;
    }
}
