package vn.chitieu.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A parent unit's figure from its units' figures, only where that means something:
 * <ul>
 * <li>counts and amounts (người, hộ, tỷ đồng; changes such as "giảm 5 hộ") are summed;</li>
 * <li>x/y counts ("8/8 khối phố") are summed as numerator and denominator, and the percentage is taken of the sums;</li>
 * <li>rates (%, ‰, per head) are weighted by their denominators, never averaged: 90% of 10.000 people and 50% of 100
 * people is 89,6%, not 70%. A unit whose rate comes without its denominator makes the parent's rate unknown;</li>
 * <li>qualitative targets, ratings and compound targets are counted as units meeting them: "82/94 xã đạt";</li>
 * <li>growth rates and completion against a plan have no meaningful sum or weight here: said plainly.</li>
 * </ul>
 * Units without a figure are left out and said so ("3/4 đơn vị có số liệu"); a sum of some units is never passed off
 * as the whole.
 */
public final class UnitAggregation {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private UnitAggregation() {
    }

    public enum Rule {
        SUM("Cộng số liệu các đơn vị"),
        NUMERATOR_DENOMINATOR("Cộng tử số và mẫu số các đơn vị"),
        WEIGHTED_RATE("Tỷ lệ chung theo mẫu số của từng đơn vị"),
        UNITS_MEETING("Đếm số đơn vị đạt"),
        NOT_AGGREGABLE("Không tổng hợp được");

        private final String label;

        Rule(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * One unit's part.
     *
     * @param figure  the unit's figure for the period compared, or null when it has none
     * @param verdict the engine's verdict for the unit (what "units meeting" counts)
     * @param weight  the rate's denominator when the figure does not carry it (the population for BHYT coverage)
     */
    public record Part(@Nullable ResultReading figure, Verdict verdict, @Nullable BigDecimal weight) {

        public static Part of(@Nullable ResultReading figure, Verdict verdict) {
            return new Part(figure, verdict, null);
        }

        /** A figure there is something to add up or to judge: not pending, not an unreadable number. */
        boolean reported() {
            return figure != null && !figure.isPending() && (figure.number() != null
                    || figure.kind() == ResultReading.Kind.TEXT || figure.kind() == ResultReading.Kind.RATING);
        }
    }

    /**
     * The parent's figure.
     *
     * @param value     the sum, or the percentage for ratios and rates; null when there is none
     * @param reporting how many units gave a figure (for {@link Rule#UNITS_MEETING}: how many meet the target)
     * @param units     how many units were asked
     * @param text      in plain Vietnamese: "1.250 hộ (3/4 đơn vị có số liệu)", "82/94 xã đạt"
     */
    public record Aggregate(Rule rule, @Nullable BigDecimal value, @Nullable BigDecimal numerator,
                            @Nullable BigDecimal denominator, int reporting, int units, boolean estimate,
                            String text) {

        public boolean aggregable() {
            return rule != Rule.NOT_AGGREGABLE;
        }
    }

    /**
     * Which rule fits an indicator: by its target's kind, its unit of measure, and how its figures are written.
     *
     * @param kind    the target's kind, or null for a figure without a target
     * @param measure the unit of measure (ĐVT): "%", "hộ", "triệu đồng/người"
     */
    public static Rule ruleFor(@Nullable TargetKind kind, @Nullable String measure, List<Part> parts) {
        if (kind == TargetKind.GROWTH || kind == TargetKind.COMPLETION) {
            return Rule.NOT_AGGREGABLE;
        }
        if (kind == TargetKind.QUALITATIVE || kind == TargetKind.RATING || kind == TargetKind.COMPOUND
                || parts.stream().anyMatch(p -> p.reported() && (p.figure().kind() == ResultReading.Kind.TEXT
                || p.figure().kind() == ResultReading.Kind.RATING))) {
            return Rule.UNITS_MEETING;
        }
        if (kind == TargetKind.RATIO || parts.stream().anyMatch(p -> p.reported()
                && p.figure().kind() == ResultReading.Kind.RATIO)) {
            return Rule.NUMERATOR_DENOMINATOR;
        }
        return isRate(measure) ? Rule.WEIGHTED_RATE : Rule.SUM;
    }

    /**
     * The parent's figure from its units' parts.
     *
     * @param unitWord what the units are called in "82/94 xã đạt": "xã", "phường", "đơn vị"
     */
    public static Aggregate aggregate(@Nullable TargetKind kind, @Nullable String measure, String unitWord,
                                      List<Part> parts) {
        Rule rule = ruleFor(kind, measure, parts);
        List<Part> reported = parts.stream().filter(Part::reported).toList();
        boolean estimate = reported.stream().anyMatch(p -> p.figure().estimate());
        int units = parts.size();
        if (rule == Rule.UNITS_MEETING) {
            int meeting = (int) parts.stream().filter(p -> p.verdict() == Verdict.DAT).count();
            return new Aggregate(rule, BigDecimal.valueOf(meeting), BigDecimal.valueOf(meeting),
                    BigDecimal.valueOf(units), meeting, units, estimate, meeting + "/" + units + " " + unitWord + " đạt");
        }
        if (rule == Rule.NOT_AGGREGABLE) {
            return notAggregable(units, reported.size(), "tốc độ tăng và tỷ lệ so với kế hoạch của từng đơn vị "
                    + "không cộng được");
        }
        if (reported.isEmpty()) {
            return new Aggregate(rule, null, null, null, 0, units, false, "Chưa đơn vị nào có số liệu");
        }
        String coverage = reported.size() == units ? "" : " (" + reported.size() + "/" + units + " " + unitWord
                + " có số liệu)";
        String ofEstimate = estimate ? " (ước tính)" : "";
        String approximate = reported.stream().anyMatch(p -> p.figure().bound() != null) ? "khoảng " : "";
        return switch (rule) {
            case SUM -> {
                BigDecimal sum = reported.stream().map(p -> signed(p.figure())).reduce(BigDecimal.ZERO,
                        BigDecimal::add);
                boolean change = reported.stream().anyMatch(p -> p.figure().kind() == ResultReading.Kind.CHANGE);
                String written = change ? (sum.signum() < 0 ? "giảm " : "tăng ") + approximate
                        + VnNumbers.format(sum.abs()) : approximate + VnNumbers.format(sum);
                yield new Aggregate(rule, sum, null, null, reported.size(), units, estimate,
                        written + suffix(measure) + ofEstimate + coverage);
            }
            case NUMERATOR_DENOMINATOR -> {
                if (reported.stream().anyMatch(p -> p.figure().numerator() == null
                        || p.figure().denominator() == null)) {
                    yield notAggregable(units, reported.size(), "có đơn vị chỉ ghi tỷ lệ, không ghi số trên tổng số");
                }
                BigDecimal numerator = reported.stream().map(p -> p.figure().numerator())
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                BigDecimal denominator = reported.stream().map(p -> p.figure().denominator())
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                BigDecimal percent = denominator.signum() == 0 ? null : TargetReading.percent(numerator, denominator);
                yield new Aggregate(rule, percent, numerator, denominator, reported.size(), units, estimate,
                        VnNumbers.format(numerator) + "/" + VnNumbers.format(denominator) + suffix(measure)
                                + (percent == null ? "" : " (" + VnNumbers.format(percent) + "%)") + ofEstimate
                                + coverage);
            }
            case WEIGHTED_RATE -> {
                List<Part> unweighted = reported.stream().filter(p -> weight(p) == null).toList();
                if (!unweighted.isEmpty()) {
                    yield notAggregable(units, reported.size(), unweighted.size() + " " + unitWord
                            + " không có mẫu số của tỷ lệ; không lấy trung bình các tỷ lệ");
                }
                BigDecimal weights = reported.stream().map(UnitAggregation::weight)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                if (weights.signum() == 0) {
                    yield notAggregable(units, reported.size(), "mẫu số của các đơn vị bằng 0");
                }
                BigDecimal weighted = reported.stream().map(p -> p.figure().number().multiply(weight(p)))
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                BigDecimal rate = weighted.divide(weights, 2, RoundingMode.HALF_UP);
                yield new Aggregate(rule, rate, weighted, weights, reported.size(), units, estimate,
                        approximate + VnNumbers.format(rate) + suffix(measure) + ofEstimate + coverage);
            }
            case UNITS_MEETING, NOT_AGGREGABLE -> throw new IllegalStateException("handled above");
        };
    }

    private static Aggregate notAggregable(int units, int reporting, String why) {
        return new Aggregate(Rule.NOT_AGGREGABLE, null, null, null, reporting, units, false,
                "Không tổng hợp được: " + why);
    }

    /** A rate's denominator: what the figure itself carries ("45/50"), else the one given beside it. */
    private static @Nullable BigDecimal weight(Part part) {
        ResultReading figure = part.figure();
        if (figure != null && figure.denominator() != null && figure.denominator().signum() > 0) {
            return figure.denominator();
        }
        return part.weight();
    }

    private static BigDecimal signed(ResultReading figure) {
        BigDecimal number = figure.number() == null ? BigDecimal.ZERO : figure.number();
        return figure.decrease() ? number.negate() : number;
    }

    /** A level relative to a base (%, ‰, "triệu đồng/người"), which only a weighted mean combines. */
    static boolean isRate(@Nullable String measure) {
        return measure != null && (measure.contains("%") || measure.contains("‰") || measure.contains("/"));
    }

    private static String suffix(@Nullable String measure) {
        if (measure == null || measure.isBlank()) {
            return "";
        }
        return measure.startsWith("%") || measure.startsWith("‰") ? measure : " " + measure;
    }
}
