package vn.chitieu.evaluation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The verdict of a whole term from its yearly figures, by the target's horizon, and for a running term the
 * projection to its last year.
 * <ul>
 * <li>{@link Horizon#ANNUAL}: every year of the term must meet the target; one miss is a miss for the term.</li>
 * <li>{@link Horizon#AVERAGE_ANNUAL}: the compound average per year. Yearly growth rates compound as
 * (Π(1+gᵢ))^(1/n) − 1; yearly levels compound from the base year as (last/base)^(1/n) − 1. The base year is the
 * term's first year (2020 for 2020-2025): the term's years are the five after it.</li>
 * <li>{@link Horizon#BY_YEAR}: the figure of that year.</li>
 * <li>{@link Horizon#CUMULATIVE}: the sum of the yearly figures.</li>
 * <li>{@link Horizon#TERM}: the figure for the whole term when one is given, else the last year's.</li>
 * </ul>
 */
public final class TermRollup {

    private static final MathContext MC = MathContext.DECIMAL64;

    private TermRollup() {
    }

    /** A term's figures: the yearly ones by year, and the one for the whole term if the documents give it. */
    public record Figures(SortedMap<Integer, ResultReading> yearly, @Nullable ResultReading wholeTerm) {

        public Figures {
            yearly = new TreeMap<>(yearly);
        }

        public static Figures of(Map<Integer, ResultReading> yearly) {
            return new Figures(new TreeMap<>(yearly), null);
        }
    }

    public enum Outlook {
        DU_KIEN_DAT("Dự kiến đạt"),
        NGUY_CO_KHONG_DAT("Nguy cơ không đạt"),
        CHUA_DU_DU_LIEU("Chưa đủ dữ liệu");

        private final String label;

        Outlook(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Where a running term is heading, with the figure it is heading for. */
    public record Projection(Outlook outlook, @Nullable BigDecimal projectedValue, String explanation) {
    }

    /** The verdict of a closed term. */
    public static Evaluation judge(TargetReading target, int startYear, int endYear, Figures figures,
                                   @Nullable String unit) {
        SortedMap<Integer, ResultReading> years = figures.yearly().subMap(startYear + 1, endYear + 1);
        if (target.growthOverTerm() || target.changeOfBaseline()) {
            Evaluation fromBase = fromBase(target, startYear, endYear, figures, unit);
            if (fromBase != null) {
                return fromBase;
            }
            if (figures.wholeTerm() == null) {
                // the last year's figure alone says nothing of an increase from the base year
                return Evaluation.undecided("Cần số liệu năm gốc " + startYear + " và năm "
                        + (target.horizonYear() != null ? target.horizonYear() : endYear)
                        + " (hoặc tốc độ tăng của từng năm) để so với mục tiêu " + target.describe(), anyEstimate(years));
            }
            return Verdicts.judge(target, figures.wholeTerm(), unit, false);
        }
        // a figure for the whole term stands for the term when there are no yearly ones: the reports judge
        // "giải quyết việc làm hằng năm … 82 lao động" from the term's figure alone (000, chú thích 37)
        if (figures.wholeTerm() != null && (target.horizon() == Horizon.TERM || years.isEmpty())) {
            return Verdicts.judge(target, figures.wholeTerm(), unit, false);
        }
        return switch (target.horizon()) {
            case ANNUAL -> everyYear(target, startYear, endYear, years, unit);
            case BY_YEAR -> {
                int year = target.horizonYear() == null ? endYear : target.horizonYear();
                ResultReading value = figures.yearly().get(year);
                yield value == null ? Evaluation.undecided("Chưa có số liệu năm " + year, false)
                        : Verdicts.judge(target, value, unit, false);
            }
            case AVERAGE_ANNUAL -> {
                BigDecimal rate = averageGrowth(figures.yearly(), startYear, endYear, unit);
                yield rate == null ? Evaluation.undecided("Chưa đủ số liệu các năm để tính bình quân", false)
                        : Verdicts.judge(target, ResultReading.ofNumber(rate, anyEstimate(years)), "%", false);
            }
            case CUMULATIVE -> {
                if (years.size() < endYear - startYear || hasUnreadable(years)) {
                    yield Evaluation.undecided("Chưa đủ số liệu các năm để cộng lũy kế", anyEstimate(years));
                }
                BigDecimal sum = years.values().stream().map(ResultReading::number)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                yield Verdicts.judge(target, ResultReading.ofNumber(sum, anyEstimate(years)), unit, false);
            }
            case TERM -> years.isEmpty() ? Evaluation.undecided("Chưa có số liệu", false)
                    : Verdicts.judge(target, years.get(years.lastKey()), unit, false);
        };
    }

    /**
     * Projects a running term to its last year from the figures so far: levels follow a straight line fitted through
     * the yearly figures from the base year on (least squares), growth compounds at the average rate so far, a sum
     * grows by its average year. An annual target already missed in some year is at risk whatever comes next; one
     * met every year so far is on track.
     */
    public static Projection project(TargetReading target, int startYear, int endYear, Figures figures,
                                     @Nullable String unit) {
        SortedMap<Integer, ResultReading> years = figures.yearly().subMap(startYear + 1, endYear + 1);
        if (target.kind() == TargetKind.QUALITATIVE || target.kind() == TargetKind.RATING
                || target.kind() == TargetKind.COMPOUND) {
            if (years.isEmpty()) {
                return new Projection(Outlook.CHUA_DU_DU_LIEU, null, "Chưa có kết quả năm nào");
            }
            Evaluation last = Verdicts.judge(target, years.get(years.lastKey()), unit, false);
            return outlook(last.verdict(), null, "Theo kết quả năm " + years.lastKey() + ": " + last.explanation());
        }
        if (hasUnreadable(years)) {
            return new Projection(Outlook.CHUA_DU_DU_LIEU, null, "Có năm chưa có số liệu dạng số");
        }
        if (target.growthOverTerm() || target.changeOfBaseline()) {
            return projectFromBase(target, startYear, endYear, figures, unit);
        }
        if (target.horizon() == Horizon.ANNUAL) {
            for (var year : years.entrySet()) {
                if (Verdicts.judge(target, year.getValue(), unit, false).verdict() == Verdict.KHONG_DAT) {
                    return new Projection(Outlook.NGUY_CO_KHONG_DAT, year.getValue().number(),
                            "Năm " + year.getKey() + " chưa đạt mà chỉ tiêu phải đạt hằng năm");
                }
            }
            if (!years.isEmpty()) {
                // every year so far met the target: on track, as long as the coming years do the same
                Evaluation last = Verdicts.judge(target, years.get(years.lastKey()), unit, false);
                return outlook(last.verdict(), years.get(years.lastKey()).number(), "Các năm đến "
                        + years.lastKey() + " đều đạt; chỉ tiêu phải giữ đạt hằng năm đến " + endYear);
            }
        }
        if (target.horizon() == Horizon.AVERAGE_ANNUAL) {
            BigDecimal rate = averageGrowth(figures.yearly(), startYear, endYear, unit);
            if (rate == null) {
                return new Projection(Outlook.CHUA_DU_DU_LIEU, null, "Cần số liệu năm gốc và ít nhất một năm");
            }
            Evaluation e = Verdicts.judge(target, ResultReading.ofNumber(rate, false), "%", false);
            return outlook(e.verdict(), rate, "Bình quân đến nay " + VnNumbers.format(rate) + "%/năm, giữ nhịp này đến "
                    + endYear);
        }
        if (target.horizon() == Horizon.CUMULATIVE) {
            if (years.isEmpty()) {
                return new Projection(Outlook.CHUA_DU_DU_LIEU, null, "Chưa có số liệu năm nào");
            }
            BigDecimal sum = years.values().stream().map(ResultReading::number).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal projected = sum.divide(BigDecimal.valueOf(years.size()), MC)
                    .multiply(BigDecimal.valueOf(endYear - startYear)).setScale(2, RoundingMode.HALF_UP);
            Evaluation e = Verdicts.judge(target, ResultReading.ofNumber(projected, false), unit, false);
            return outlook(e.verdict(), projected, "Lũy kế " + VnNumbers.format(sum) + " sau " + years.size()
                    + " năm, dự kiến " + VnNumbers.format(projected) + " cả nhiệm kỳ");
        }
        // the base year (the closing year of the previous term) is where the line starts from
        SortedMap<Integer, ResultReading> trend = figures.yearly().subMap(startYear, endYear + 1);
        if (trend.size() < 2 || hasUnreadable(trend)) {
            return new Projection(Outlook.CHUA_DU_DU_LIEU, null, "Cần số liệu ít nhất hai năm để dự báo xu hướng");
        }
        int horizonYear = target.horizon() == Horizon.BY_YEAR && target.horizonYear() != null
                ? target.horizonYear() : endYear;
        BigDecimal projected = linear(trend, horizonYear);
        if (projected.signum() < 0) {
            // a falling line crosses zero; a rate or a count stops there
            projected = BigDecimal.ZERO;
        }
        if (unit != null && unit.startsWith("%") && projected.compareTo(BigDecimal.valueOf(100)) > 0
                && !Verdicts.isCompletionUnit(unit)) {
            projected = BigDecimal.valueOf(100);
        }
        Evaluation e = Verdicts.judge(target, ResultReading.ofNumber(projected, false), unit, false);
        return outlook(e.verdict(), projected, "Theo xu hướng " + trend.size() + " năm, năm " + horizonYear
                + " ước khoảng " + VnNumbers.format(projected) + (unit == null ? "" : unit.startsWith("%") ? unit
                : " " + unit));
    }

    /**
     * A target reached from the base year as a whole ("năm 2030 tăng 1,5 lần so với năm 2025", "giảm 1/3 số hộ cận
     * nghèo so với đầu nhiệm kỳ"): the figure of the target's year against the base year's figure times the factor.
     * Yearly growth rates (unit %) compound into the whole-term growth instead. Null when the figures do not allow it.
     */
    private static @Nullable Evaluation fromBase(TargetReading target, int startYear, int endYear, Figures figures,
                                                 @Nullable String unit) {
        int year = target.horizonYear() != null ? target.horizonYear() : endYear;
        BigDecimal change = changeFromBase(target, startYear, year, figures.yearly(), unit);
        if (change == null) {
            return null;
        }
        boolean estimate = figures.yearly().subMap(startYear, year + 1).values().stream()
                .anyMatch(ResultReading::estimate);
        Evaluation e = Verdicts.judge(target, changeReading(change, estimate), "%", false);
        return new Evaluation(e.verdict(), e.exceeded(), e.estimate(), "Năm " + year + " so với năm " + startYear
                + ": " + (change.signum() < 0 ? "giảm " : "tăng ") + VnNumbers.format(change.abs()) + "%"
                + targetLevel(target, figures.yearly().get(startYear), unit) + ". " + e.explanation());
    }

    private static Projection projectFromBase(TargetReading target, int startYear, int endYear, Figures figures,
                                              @Nullable String unit) {
        int year = target.horizonYear() != null ? target.horizonYear() : endYear;
        SortedMap<Integer, ResultReading> trend = figures.yearly().subMap(startYear, year + 1);
        boolean rates = unit != null && unit.startsWith("%") && target.kind() == TargetKind.GROWTH;
        ResultReading base = figures.yearly().get(startYear);
        if (trend.size() < 2 || (!rates && (base == null || base.number() == null || base.number().signum() <= 0))) {
            return new Projection(Outlook.CHUA_DU_DU_LIEU, null, "Cần số liệu năm gốc " + startYear
                    + " và ít nhất một năm sau");
        }
        int last = trend.lastKey();
        BigDecimal change;
        if (rates) {
            // yearly growth rates: keep the average rate so far for the years left
            BigDecimal soFar = changeFromBase(target, startYear, last, figures.yearly(), unit);
            if (soFar == null) {
                return new Projection(Outlook.CHUA_DU_DU_LIEU, null, "Có năm chưa có tốc độ tăng");
            }
            double factor = Math.pow(1 + soFar.doubleValue() / 100, (double) (year - startYear) / (last - startYear));
            change = BigDecimal.valueOf((factor - 1) * 100).setScale(2, RoundingMode.HALF_UP);
        } else {
            // levels: the straight line through the figures from the base year, to the target's year
            BigDecimal projected = linear(trend, year).max(BigDecimal.ZERO);
            change = projected.subtract(base.number()).multiply(BigDecimal.valueOf(100))
                    .divide(base.number(), 2, RoundingMode.HALF_UP);
        }
        Evaluation e = Verdicts.judge(target, changeReading(change, false), "%", false);
        return outlook(e.verdict(), change, "Theo số liệu đến năm " + last + ", năm " + year + " dự kiến "
                + (change.signum() < 0 ? "giảm " : "tăng ") + VnNumbers.format(change.abs()) + "% so với năm "
                + startYear + targetLevel(target, base, unit));
    }

    /** The change in % from the base year to {@code year}, or null when a figure is missing. */
    private static @Nullable BigDecimal changeFromBase(TargetReading target, int startYear, int year,
                                                       SortedMap<Integer, ResultReading> yearly,
                                                       @Nullable String unit) {
        if (unit != null && unit.startsWith("%") && target.kind() == TargetKind.GROWTH) {
            SortedMap<Integer, ResultReading> rates = yearly.subMap(startYear + 1, year + 1);
            if (rates.size() < year - startYear || hasUnreadable(rates)) {
                return null;
            }
            double factor = 1;
            for (ResultReading r : rates.values()) {
                factor *= 1 + r.number().doubleValue() / 100;
            }
            return BigDecimal.valueOf((factor - 1) * 100).setScale(2, RoundingMode.HALF_UP);
        }
        ResultReading base = yearly.get(startYear);
        ResultReading end = yearly.get(year);
        if (base == null || end == null || base.number() == null || end.number() == null
                || base.number().signum() <= 0 || base.kind() != ResultReading.Kind.NUMBER
                || end.kind() != ResultReading.Kind.NUMBER) {
            return null;
        }
        return Verdicts.effective(end).subtract(base.number()).multiply(BigDecimal.valueOf(100))
                .divide(base.number(), 2, RoundingMode.HALF_UP);
    }

    /** The change as a result the target can judge: "tăng 52%", "giảm 35%". */
    private static ResultReading changeReading(BigDecimal change, boolean estimate) {
        boolean decrease = change.signum() < 0;
        return new ResultReading((decrease ? "giảm " : "tăng ") + VnNumbers.format(change.abs()) + "%",
                ResultReading.Kind.CHANGE, change.abs(), null, null, null, estimate, decrease, null);
    }

    /** ", mục tiêu 150 (100 × 1,5)": the level the target asks for, from the base year's figure. */
    private static String targetLevel(TargetReading target, @Nullable ResultReading base, @Nullable String unit) {
        if (base == null || base.number() == null || target.value() == null
                || unit != null && unit.startsWith("%") && target.kind() == TargetKind.GROWTH) {
            return "";
        }
        BigDecimal factor = BigDecimal.ONE.add((target.decrease() ? target.value().negate() : target.value())
                .divide(BigDecimal.valueOf(100), MC));
        return "; mục tiêu " + VnNumbers.format(base.number().multiply(factor).setScale(2, RoundingMode.HALF_UP))
                + (unit == null || unit.isBlank() ? "" : " " + unit) + " (" + VnNumbers.format(base.number()) + " × "
                + VnNumbers.format(factor.setScale(4, RoundingMode.HALF_UP)) + ")";
    }

    private static Projection outlook(Verdict verdict, @Nullable BigDecimal value, String explanation) {
        return new Projection(switch (verdict) {
            case DAT -> Outlook.DU_KIEN_DAT;
            case KHONG_DAT -> Outlook.NGUY_CO_KHONG_DAT;
            case CHUA_DANH_GIA -> Outlook.CHUA_DU_DU_LIEU;
        }, value, explanation);
    }

    private static Evaluation everyYear(TargetReading target, int startYear, int endYear,
                                        SortedMap<Integer, ResultReading> years, @Nullable String unit) {
        List<Integer> missed = new ArrayList<>();
        List<Integer> missing = new ArrayList<>();
        for (int year = startYear + 1; year <= endYear; year++) {
            ResultReading value = years.get(year);
            Verdict verdict = value == null ? Verdict.CHUA_DANH_GIA
                    : Verdicts.judge(target, value, unit, false).verdict();
            if (verdict == Verdict.KHONG_DAT) {
                missed.add(year);
            } else if (verdict == Verdict.CHUA_DANH_GIA) {
                missing.add(year);
            }
        }
        boolean estimate = anyEstimate(years);
        if (!missed.isEmpty()) {
            return Evaluation.of(Verdict.KHONG_DAT, false, estimate, "Chưa đạt các năm " + missed);
        }
        if (!missing.isEmpty()) {
            return Evaluation.undecided("Chưa có hoặc chưa đánh giá được các năm " + missing, estimate);
        }
        return Evaluation.of(Verdict.DAT, false, estimate, "Đạt tất cả các năm " + (startYear + 1) + "-" + endYear);
    }

    /** Compound average growth per year in %, or null when the figures do not allow it. */
    static @Nullable BigDecimal averageGrowth(SortedMap<Integer, ResultReading> yearly, int startYear, int endYear,
                                              @Nullable String unit) {
        SortedMap<Integer, ResultReading> years = yearly.subMap(startYear + 1, endYear + 1);
        if (years.isEmpty() || hasUnreadable(years)) {
            return null;
        }
        boolean rates = unit != null && unit.startsWith("%");
        double factor;
        int n;
        if (rates) {
            factor = 1;
            for (ResultReading r : years.values()) {
                factor *= 1 + r.number().doubleValue() / 100;
            }
            n = years.size();
        } else {
            ResultReading base = yearly.get(startYear);
            if (base == null || base.number() == null || base.number().signum() <= 0) {
                return null;
            }
            int last = years.lastKey();
            factor = years.get(last).number().doubleValue() / base.number().doubleValue();
            n = last - startYear;
        }
        double rate = (Math.pow(factor, 1.0 / n) - 1) * 100;
        return BigDecimal.valueOf(rate).setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal linear(SortedMap<Integer, ResultReading> years, int atYear) {
        double n = years.size();
        double sx = 0, sy = 0, sxx = 0, sxy = 0;
        for (var entry : years.entrySet()) {
            double x = entry.getKey();
            double y = Verdicts.effective(entry.getValue()).doubleValue();
            sx += x;
            sy += y;
            sxx += x * x;
            sxy += x * y;
        }
        double slope = (n * sxy - sx * sy) / (n * sxx - sx * sx);
        double intercept = (sy - slope * sx) / n;
        return BigDecimal.valueOf(intercept + slope * atYear).setScale(2, RoundingMode.HALF_UP);
    }

    private static boolean hasUnreadable(SortedMap<Integer, ResultReading> years) {
        return years.values().stream().anyMatch(r -> r.number() == null);
    }

    private static boolean anyEstimate(SortedMap<Integer, ResultReading> years) {
        return years.values().stream().anyMatch(ResultReading::estimate);
    }
}
