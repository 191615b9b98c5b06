package vn.chitieu.evaluation;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A reported figure as the engine sees it: the period it covers, official or estimate, and its reading. The
 * engine's own small record, so that the rules stay free of the database's types.
 *
 * @param yearFrom the first year covered; the same as {@code yearTo} except for a span of years (a whole term)
 * @param endMonth the month the period ends: 3, 6, 9 or 12
 * @param months   the months covered: 12 for a year, 3 for a quarter, 6 or 9 for the first half or three quarters of a
 *                 year, more for a span of years
 */
public record ReportedFigure(int yearFrom, int yearTo, int endMonth, int months, boolean estimate,
                             ResultReading reading) {

    /**
     * Latest first: the later end; at the same end a whole year before a part of it (9 tháng before quý III), and a
     * part before a span of years (the shorter span first); then the official figure before the estimate.
     */
    public static final Comparator<ReportedFigure> NEWEST_FIRST = Comparator
            .comparingInt((ReportedFigure f) -> -(f.yearTo * 12 + f.endMonth))
            .thenComparingInt(ReportedFigure::rank)
            .thenComparingInt(f -> f.rank() == 2 ? f.months : -f.months)
            .thenComparing(ReportedFigure::estimate);

    public boolean isYear() {
        return yearFrom == yearTo && months == 12;
    }

    /** A figure for the span of years from one year to another, as a term's figure is reported ("2020-2025"). */
    public boolean isSpan(int from, int to) {
        return yearFrom < yearTo && yearFrom == from && yearTo == to;
    }

    private int rank() {
        return isYear() ? 0 : yearFrom == yearTo ? 1 : 2;
    }

    /** The latest of some figures, each seen through {@code view}, by {@link #NEWEST_FIRST}. */
    public static <F> Optional<F> latest(Collection<F> figures, Function<F, ReportedFigure> view) {
        return figures.stream().min(Comparator.comparing(view, NEWEST_FIRST));
    }

    /**
     * The figure that stands for a year: the yearly one (official before estimate), else the latest part of that year
     * (9 tháng before 6 tháng), else a figure for several years ending that year (the whole term).
     */
    public static <F> Optional<F> standingFor(int year, Collection<F> figures, Function<F, ReportedFigure> view) {
        return figures.stream().filter(f -> view.apply(f).yearTo() == year)
                .min(Comparator.comparing(view, NEWEST_FIRST));
    }

    /**
     * The reading of a stored figure: its text read again, or, where the text alone is ambiguous ("23.855"), the
     * number the person confirmed when it was saved. An estimate stays an estimate whatever its text says.
     */
    public static ResultReading read(String text, @Nullable String unit, boolean estimate,
                                     @Nullable BigDecimal number, @Nullable BigDecimal numerator,
                                     @Nullable BigDecimal denominator, @Nullable ValueBound bound) {
        return READINGS.get(new Stored(text, unit, estimate, number, numerator, denominator, bound));
    }

    /**
     * Figures repeat their words ("Đạt", "100,0%", "9/9") across periods and units: a province's 117,600 figures
     * have about 2,000 different ones. Enough for several provinces' overviews at once.
     */
    private static final Memo<Stored, ResultReading> READINGS = new Memo<>(50_000, ReportedFigure::read);

    /** A stored figure's inputs to its reading, every one of them. */
    private record Stored(String text, @Nullable String unit, boolean estimate, @Nullable BigDecimal number,
                          @Nullable BigDecimal numerator, @Nullable BigDecimal denominator,
                          @Nullable ValueBound bound) {
    }

    private static ResultReading read(Stored stored) {
        String text = stored.text();
        boolean estimate = stored.estimate();
        BigDecimal numerator = stored.numerator();
        BigDecimal denominator = stored.denominator();
        ParseResult<ResultReading> parsed = ResultParser.parse(text, stored.unit());
        if (parsed.isOk()) {
            ResultReading r = parsed.orElseThrow();
            return estimate && !r.estimate() ? new ResultReading(r.text(), r.kind(), r.number(), r.numerator(),
                    r.denominator(), r.bound(), true, r.decrease(), r.rating()) : r;
        }
        // unreadable and nothing confirmed: a number kind without a number, which every rule leaves undecided
        boolean ratio = numerator != null && denominator != null && denominator.signum() != 0;
        BigDecimal value = ratio ? TargetReading.percent(numerator, denominator) : stored.number();
        return new ResultReading(text, ratio ? ResultReading.Kind.RATIO : ResultReading.Kind.NUMBER, value,
                numerator, denominator, stored.bound(), estimate, false, null);
    }
}
