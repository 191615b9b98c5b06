package vn.chitieu.dashboard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import vn.chitieu.base.text.Names;
import vn.chitieu.dashboard.DashboardService.Figure;
import vn.chitieu.dashboard.DashboardService.Judged;
import vn.chitieu.datavalue.Period;
import vn.chitieu.evaluation.Attainment;
import vn.chitieu.evaluation.ReportedFigure;
import vn.chitieu.evaluation.ResultReading;
import vn.chitieu.evaluation.VnNumbers;
import vn.chitieu.indicator.Sector;

/** Builds the chart read models from judged indicators; no queries here. */
final class Trends {

    private Trends() {
    }

    /** One trend per sector, in the documents' order, over the base year and the years of the term. */
    static List<Trend> of(List<Judged> judged) {
        Map<Sector, List<Judged>> bySector = new EnumMap<>(Sector.class);
        judged.forEach(j -> bySector.computeIfAbsent(j.row().sector(), s -> new ArrayList<>()).add(j));
        List<Trend> trends = new ArrayList<>();
        for (Sector sector : Sector.values()) {
            List<Judged> indicators = bySector.getOrDefault(sector, List.of());
            List<String> years = indicators.isEmpty() ? List.of() : years(indicators.getFirst());
            List<Trend.Line> lines = new ArrayList<>();
            List<String> notCharted = new ArrayList<>();
            for (Judged j : indicators) {
                if (j.target() == null) {
                    continue;
                }
                lineOf(j).ifPresentOrElse(lines::add, () -> notCharted.add(j.row().title()));
            }
            trends.add(new Trend(sector, years, lines, notCharted));
        }
        return trends;
    }

    private static List<String> years(Judged j) {
        List<String> years = new ArrayList<>();
        for (int year = j.startYear(); year <= j.endYear(); year++) {
            years.add(Integer.toString(year));
        }
        return years;
    }

    private static Optional<Trend.Line> lineOf(Judged j) {
        List<Trend.@Nullable Point> points = new ArrayList<>();
        boolean any = false;
        for (int year = j.startYear(); year <= j.endYear(); year++) {
            Trend.Point point = pointOf(j, year);
            points.add(point);
            any |= point != null;
        }
        Trend.Point projection = projectionOf(j);
        if (!any && projection == null) {
            return Optional.empty();
        }
        return Optional.of(new Trend.Line(j.row().indicatorId(), j.row().title(), points, projection));
    }

    /**
     * The figure that stands for a year: the yearly one (official before estimate), else the latest part of that
     * year (9 tháng before 6 tháng), else a figure for several years ending that year (the whole term).
     */
    private static Trend.@Nullable Point pointOf(Judged j, int year) {
        Figure figure = ReportedFigure.standingFor(year, j.figures(), Figure::forEngine).orElse(null);
        if (figure == null || j.target() == null) {
            return null;
        }
        ResultReading reading = figure.reading();
        BigDecimal percent = Attainment.percentOfTarget(j.target(), reading);
        if (percent == null) {
            return null;
        }
        String label = figure.text() + " · " + figure.period().label() + (figure.estimate() ? " · ước tính" : "")
                + " · " + VnNumbers.format(percent) + "% mục tiêu";
        return new Trend.Point(Integer.toString(year), percent, label);
    }

    private static Trend.@Nullable Point projectionOf(Judged j) {
        var projection = j.row().assessment().projection();
        if (!j.open() || projection == null || projection.projectedValue() == null || j.target() == null) {
            return null;
        }
        BigDecimal value = projection.projectedValue();
        BigDecimal percent = Attainment.percentOfTarget(j.target(), ResultReading.ofNumber(value, true));
        return percent == null ? null : new Trend.Point(Integer.toString(j.endYear()), percent,
                "Dự báo " + j.endYear() + ": " + projection.explanation() + " · " + VnNumbers.format(percent)
                        + "% mục tiêu");
    }

    static boolean sameName(String a, String b) {
        return Names.key(a).equals(Names.key(b));
    }

    record ByUnit(List<String> periods, List<IndicatorDetail.UnitFigures> units) {
    }

    /** The same indicator in several units, by period: the figures as numbers (official before estimate). */
    static ByUnit byUnit(List<Judged> related) {
        TreeSet<Period> periods = new TreeSet<>(DashboardService.NEWEST_FIRST.reversed());
        related.forEach(j -> j.figures().forEach(f -> periods.add(f.period())));
        List<IndicatorDetail.UnitFigures> units = new ArrayList<>();
        for (Judged j : related) {
            List<@Nullable Double> values = new ArrayList<>();
            List<@Nullable String> labels = new ArrayList<>();
            for (Period period : periods) {
                Figure figure = j.figures().stream().filter(f -> f.period().equals(period))
                        .min(Comparator.comparing(Figure::estimate)).orElse(null);
                ResultReading reading = figure == null ? null : figure.reading();
                values.add(reading == null || reading.number() == null ? null : reading.number().doubleValue());
                labels.add(figure == null ? null : figure.text() + (figure.estimate() ? " · ước tính" : ""));
            }
            units.add(new IndicatorDetail.UnitFigures(j.row().unitName(), values, labels));
        }
        return new ByUnit(periods.stream().map(Period::label).toList(), units);
    }

    /** The units side by side: one row per indicator name, in the order the first unit lists them. */
    static WardComparison compare(List<Long> units, Map<Long, String> names, List<Judged> judged,
                                  Map<Long, WardComparison.UnitTally> stated) {
        Map<String, WardComparison.@Nullable Cell[]> cells = new LinkedHashMap<>();
        Map<String, String> shownName = new LinkedHashMap<>();
        Map<String, @Nullable String> target = new LinkedHashMap<>();
        Map<Long, List<IndicatorRow>> rowsByUnit = new LinkedHashMap<>();
        // the merged unit's own list first, so the rows follow its resolution
        List<Judged> ordered = new ArrayList<>(judged);
        ordered.sort(Comparator.comparing((Judged j) -> j.row().sector())
                .thenComparing(j -> units.indexOf(j.unitId())));
        for (Judged j : ordered) {
            int column = units.indexOf(j.unitId());
            if (column < 0) {
                continue;
            }
            String key = Names.key(j.row().name());
            shownName.putIfAbsent(key, j.row().name());
            if (j.row().hasTarget()) {
                target.putIfAbsent(key, j.row().targetText());
            }
            var row = cells.computeIfAbsent(key, k -> new WardComparison.Cell[units.size()]);
            if (row[column] == null) {
                row[column] = new WardComparison.Cell(j.row().indicatorId(), j.row().targetText(),
                        j.row().latestValue(), j.row().assessment());
            }
            rowsByUnit.computeIfAbsent(j.unitId(), u -> new ArrayList<>()).add(j.row());
        }
        List<WardComparison.Row> rows = new ArrayList<>();
        cells.forEach((key, row) -> rows.add(new WardComparison.Row(shownName.get(key), target.get(key),
                java.util.Arrays.asList(row))));
        // the targets of the resolution first, then the figures reported without one
        rows.sort(Comparator.comparing(row -> row.targetText() == null));
        List<WardComparison.UnitTally> tallies = units.stream()
                .map(u -> new WardComparison.UnitTally(names.getOrDefault(u, "?"),
                        Tally.of(rowsByUnit.getOrDefault(u, List.of())),
                        stated.containsKey(u) ? stated.get(u).statedMissed() : null,
                        stated.containsKey(u) ? stated.get(u).statedSource() : null))
                .toList();
        return new WardComparison(units.stream().map(u -> names.getOrDefault(u, "?")).toList(), rows, tallies);
    }
}
