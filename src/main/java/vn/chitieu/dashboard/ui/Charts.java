package vn.chitieu.dashboard.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import vn.chitieu.base.ui.chart.ChartOptions;
import vn.chitieu.base.ui.chart.ChartOptions.Point;
import vn.chitieu.base.ui.chart.ChartOptions.Series;
import vn.chitieu.dashboard.IndicatorDetail;
import vn.chitieu.dashboard.Trend;
import vn.chitieu.dashboard.WardComparison;

/** The dashboard's charts as ApexCharts options. */
final class Charts {

    /** Okabe-Ito: tells lines apart for people who do not see red and green. */
    static final List<String> PALETTE = List.of("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00",
            "#000000", "#999999");
    /** Points far above their target are drawn at this height; their label still says the real figure. */
    private static final double CEILING = 200;

    private Charts() {
    }

    /**
     * A sector's indicators as % of their targets, the target as a line at 100, and for a running term each
     * projection dashed from the last figure to the end of the term.
     */
    static ChartOptions trend(Trend trend, String height) {
        boolean onePointEach = trend.lines().stream().allMatch(line -> line.projection() == null
                && line.points().stream().filter(java.util.Objects::nonNull).count() <= 1);
        if (onePointEach) {
            return attainment(trend, height);
        }
        List<Series> lines = new ArrayList<>();
        List<Series> projections = new ArrayList<>();
        List<String> colors = new ArrayList<>();
        List<String> projectionColors = new ArrayList<>();
        double top = 120;
        for (int i = 0; i < trend.lines().size(); i++) {
            Trend.Line line = trend.lines().get(i);
            String color = PALETTE.get(i % PALETTE.size());
            List<Point> points = new ArrayList<>();
            int last = -1;
            for (int y = 0; y < trend.years().size(); y++) {
                Trend.Point p = line.points().get(y);
                points.add(point(trend.years().get(y), p));
                if (p != null) {
                    last = y;
                    top = Math.max(top, Math.min(CEILING, p.percentOfTarget().doubleValue()));
                }
            }
            lines.add(Series.of(shortTitle(line.title()), points));
            colors.add(color);
            int end = line.projection() == null ? -1 : trend.years().indexOf(line.projection().year());
            if (last >= 0 && end > last) {
                projections.add(Series.of(shortTitle(line.title()) + " · dự báo",
                        projected(trend.years(), last, line.points().get(last), end, line.projection())));
                projectionColors.add(color);
                top = Math.max(top, Math.min(CEILING, line.projection().percentOfTarget().doubleValue()));
            }
        }
        // lines first, their projections after: the legend lists the lines only and takes the first colours
        List<Series> series = new ArrayList<>(lines);
        series.addAll(projections);
        colors.addAll(projectionColors);
        List<Integer> dashes = new ArrayList<>();
        List<Integer> widths = new ArrayList<>();
        lines.forEach(l -> {
            dashes.add(0);
            widths.add(3);
        });
        projections.forEach(p -> {
            dashes.add(6);
            widths.add(2);
        });
        double max = Math.ceil(top / 20) * 20;
        return ChartOptions.of(ChartOptions.Type.LINE, height)
                .withSeries(series)
                .withCategories(trend.years())
                .withYAxis(new ChartOptions.YAxis(0.0, max, new ChartOptions.Title("% so với mục tiêu"), null))
                .withStroke(new ChartOptions.Stroke(dashes, widths, "straight"))
                .withAnnotations(new ChartOptions.Annotations(List.of(new ChartOptions.YLine(100, TARGET_COLOUR, 4,
                        TARGET_LABEL)), List.of()))
                .withColors(colors)
                .withMarkers(new ChartOptions.Markers(5))
                .withLegend(new ChartOptions.Legend("bottom", true, lines.stream().map(Series::name).toList()))
                .withFormat(new ChartOptions.Format("%", 1));
    }

    /** The dashed line from the last figure to the projected end of the term, straight through the years between. */
    private static List<Point> projected(List<String> years, int from, Trend.Point start, int to, Trend.Point end) {
        double a = Math.min(CEILING, start.percentOfTarget().doubleValue());
        double b = Math.min(CEILING, end.percentOfTarget().doubleValue());
        List<Point> points = new ArrayList<>();
        for (int y = 0; y < years.size(); y++) {
            if (y < from || y > to) {
                points.add(new Point(years.get(y), null, null));
            } else if (y == from) {
                points.add(new Point(years.get(y), a, start.label()));
            } else if (y == to) {
                points.add(new Point(years.get(y), b, end.label()));
            } else {
                double value = Math.round((a + (b - a) * (y - from) / (to - from)) * 10) / 10.0;
                points.add(new Point(years.get(y), value, "Dự báo năm " + years.get(y) + ": khoảng "
                        + vn.chitieu.evaluation.VnNumbers.format(java.math.BigDecimal.valueOf(value)) + "% mục tiêu"));
            }
        }
        return points;
    }

    private static final String TARGET_COLOUR = "#b3261e";
    private static final ChartOptions.LineLabel TARGET_LABEL = new ChartOptions.LineLabel("Mục tiêu", "right", "end",
            new ChartOptions.LabelStyle("#fff", TARGET_COLOUR));

    /**
     * Where each indicator has one figure — a closed term reported for the whole term — there is no line to draw:
     * one bar per indicator, its length the % of its target, the target a line at 100.
     */
    private static ChartOptions attainment(Trend trend, String height) {
        List<Point> bars = new ArrayList<>();
        double top = 120;
        for (Trend.Line line : trend.lines()) {
            Trend.Point p = line.points().stream().filter(java.util.Objects::nonNull).findFirst().orElseThrow();
            double value = Math.min(CEILING, p.percentOfTarget().doubleValue());
            top = Math.max(top, value);
            bars.add(new Point(shortTitle(line.title()), value, p.label()));
        }
        // a bar is as thick as a line of text, whatever the number of indicators
        String barsHeight = height.endsWith("%") ? height : Math.max(140, 70 + 40 * bars.size()) + "px";
        return ChartOptions.of(ChartOptions.Type.BAR, barsHeight)
                .withYAxis(new ChartOptions.YAxis(0.0, Math.ceil(top / 20) * 20, null, null))
                .withSeries(List.of(Series.of("Mức đạt so với mục tiêu", bars)))
                .withCategories(bars.stream().map(Point::x).toList())
                .withAnnotations(new ChartOptions.Annotations(List.of(), List.of(new ChartOptions.XLine(100,
                        TARGET_COLOUR, 4, TARGET_LABEL))))
                .withColors(List.of(PALETTE.getFirst()))
                .withPlotOptions(new ChartOptions.PlotOptions(new ChartOptions.Bar(true, "60%")))
                .withFormat(new ChartOptions.Format("%", 1));
    }

    private static Point point(String year, Trend.@Nullable Point p) {
        return p == null ? new Point(year, null, null)
                : new Point(year, Math.min(CEILING, p.percentOfTarget().doubleValue()), p.label());
    }

    /** Per unit, how many targets were met, missed and not judged: one group of bars per unit. */
    static ChartOptions comparison(WardComparison comparison, String height) {
        List<WardComparison.UnitTally> tallies = comparison.tallies();
        Series met = Series.of("Đạt", tallies.stream()
                .map(t -> new Point(t.unit(), (double) t.tally().dat(), t.tally().dat() + " chỉ tiêu đạt")).toList());
        Series missed = Series.of("Không đạt", tallies.stream()
                .map(t -> new Point(t.unit(), (double) t.tally().khongDat(), t.missedLabel())).toList());
        Series open = Series.of("Chưa đánh giá", tallies.stream()
                .map(t -> new Point(t.unit(), (double) t.tally().chuaDanhGia(),
                        t.tally().chuaDanhGia() + " chỉ tiêu chưa đánh giá")).toList());
        return ChartOptions.of(ChartOptions.Type.BAR, height)
                .withSeries(List.of(met, missed, open))
                .withCategories(comparison.units())
                .withColors(List.of("#1e7d32", "#b3261e", "#8a8a8a"))
                .withPlotOptions(new ChartOptions.PlotOptions(new ChartOptions.Bar(false, "60%")))
                .withLegend(ChartOptions.Legend.bottom())
                .withFormat(new ChartOptions.Format("", 0));
    }

    /** One indicator's figures by period, a group of bars per period, one bar per unit. */
    static ChartOptions byUnit(IndicatorDetail detail, String height) {
        List<Series> series = detail.units().stream().map(unit -> Series.of(unit.unitName(),
                IntStream.range(0, detail.periods().size()).mapToObj(i -> new Point(detail.periods().get(i),
                        unit.values().get(i), unit.labels().get(i))).toList())).toList();
        String suffix = detail.row().measure() != null && detail.row().measure().startsWith("%") ? "%" : "";
        return ChartOptions.of(ChartOptions.Type.BAR, height)
                .withSeries(series)
                .withCategories(detail.periods())
                .withColors(PALETTE.subList(0, Math.min(PALETTE.size(), Math.max(1, series.size()))))
                .withPlotOptions(new ChartOptions.PlotOptions(new ChartOptions.Bar(false, "55%")))
                .withLegend(ChartOptions.Legend.bottom())
                .withFormat(new ChartOptions.Format(suffix, 2));
    }

    /** Legends stay on one line: "(6) Tốc độ tăng tổng thu ngân sách…". */
    static String shortTitle(String title) {
        return title.length() <= 48 ? title : title.substring(0, 47).strip() + "…";
    }
}
