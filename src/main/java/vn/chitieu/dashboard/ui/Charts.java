package vn.chitieu.dashboard.ui;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /**
     * A sector card's chart by trend and place: the dashboards and wall screens of a unit share one overview, so
     * they share its charts' options too (one copy in memory, built once per change).
     */
    private static final Map<List<Object>, ChartOptions> CARDS = Collections.synchronizedMap(
            new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<List<Object>, ChartOptions> eldest) {
                    return size() > 512;
                }
            });

    private Charts() {
    }

    /** The trend chart of a sector card: on the wall screen or on the dashboard. */
    static ChartOptions ofCard(Trend trend, boolean wall) {
        return CARDS.computeIfAbsent(List.of(trend, wall), key -> wall ? onWall(trend) : trend(trend, "260px"));
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
    /** On horizontal bars the target is a vertical line: its label written across it, centred on it, above the bars. */
    private static final ChartOptions.LineLabel TARGET_ON_BARS = new ChartOptions.LineLabel("Mục tiêu", "top",
            "middle", "horizontal", new ChartOptions.LabelStyle("#fff", TARGET_COLOUR));

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
                        TARGET_COLOUR, 4, TARGET_ON_BARS))))
                .withColors(List.of(PALETTE.getFirst()))
                .withPlotOptions(new ChartOptions.PlotOptions(new ChartOptions.Bar(true, "60%")))
                .withFormat(new ChartOptions.Format("%", 1));
    }

    private static Point point(String year, Trend.@Nullable Point p) {
        return p == null ? new Point(year, null, null)
                : new Point(year, Math.min(CEILING, p.percentOfTarget().doubleValue()), p.label());
    }

    /**
     * Per unit, how many targets were met, missed and not judged: one group of bars per unit, lying down so the
     * units' names stand one under the other and never run into each other on a phone.
     */
    static ChartOptions comparison(WardComparison comparison) {
        List<WardComparison.UnitTally> tallies = comparison.tallies();
        List<String> names = comparison.units().stream().map(Charts::shortUnitName).toList();
        Series met = Series.of("Đạt", IntStream.range(0, tallies.size()).mapToObj(i -> new Point(names.get(i),
                (double) tallies.get(i).tally().dat(), tallies.get(i).tally().dat() + " chỉ tiêu đạt")).toList());
        Series missed = Series.of("Không đạt", IntStream.range(0, tallies.size()).mapToObj(i -> new Point(
                names.get(i), (double) tallies.get(i).tally().khongDat(), tallies.get(i).missedLabel())).toList());
        Series open = Series.of("Chưa đánh giá", IntStream.range(0, tallies.size()).mapToObj(i -> new Point(
                names.get(i), (double) tallies.get(i).tally().chuaDanhGia(),
                tallies.get(i).tally().chuaDanhGia() + " chỉ tiêu chưa đánh giá")).toList());
        return ChartOptions.of(ChartOptions.Type.BAR, (80 + 70 * tallies.size()) + "px")
                .withSeries(List.of(met, missed, open))
                .withCategories(names)
                .withColors(List.of("#1e7d32", "#b3261e", "#8a8a8a"))
                .withPlotOptions(new ChartOptions.PlotOptions(new ChartOptions.Bar(true, "70%")))
                .withLegend(ChartOptions.Legend.bottom())
                .withFormat(new ChartOptions.Format("", 0));
    }

    /** "Phường Trường Xuân (cũ)" → "Trường Xuân (cũ)": the chart sits under a table that names them in full. */
    static String shortUnitName(String name) {
        return name.replaceFirst("^(Phường|Xã|Thị trấn|Thành phố) ", "");
    }

    /**
     * One indicator's figures by period, a group of bars per period, one bar per unit, each bar with its figure
     * written on it and the target as a line: 98% and 98,4% look alike as bars, not as numbers beside a line at 98.
     */
    static ChartOptions byUnit(IndicatorDetail detail, String height) {
        List<Series> series = detail.units().stream().map(unit -> Series.of(unit.unitName(),
                IntStream.range(0, detail.periods().size()).mapToObj(i -> new Point(detail.periods().get(i),
                        unit.values().get(i), unit.labels().get(i))).toList())).toList();
        String suffix = detail.row().measure() != null && detail.row().measure().startsWith("%") ? "%" : "";
        ChartOptions options = ChartOptions.of(ChartOptions.Type.BAR, height)
                .withSeries(series)
                .withCategories(detail.periods())
                .withColors(PALETTE.subList(0, Math.min(PALETTE.size(), Math.max(1, series.size()))))
                .withPlotOptions(new ChartOptions.PlotOptions(new ChartOptions.Bar(false, "55%")))
                .withDataLabels(new ChartOptions.DataLabels(true, null))
                .withLegend(ChartOptions.Legend.bottom())
                .withFormat(new ChartOptions.Format(suffix, 2));
        Double target = detail.targetValue();
        if (target == null) {
            return options;
        }
        double top = Math.max(target, detail.units().stream().flatMap(u -> u.values().stream())
                .filter(java.util.Objects::nonNull).mapToDouble(Double::doubleValue).max().orElse(0));
        return options
                .withYAxis(new ChartOptions.YAxis(0.0, niceCeiling(top * 1.1), null, null))
                .withAnnotations(new ChartOptions.Annotations(List.of(new ChartOptions.YLine(target, TARGET_COLOUR,
                        4, new ChartOptions.LineLabel("Mục tiêu: " + detail.row().targetText(), "right", "end",
                        new ChartOptions.LabelStyle("#fff", TARGET_COLOUR)))), List.of()));
    }

    /** 107.8 → 120, 8.4 → 8.6: an axis that ends on a round number just above the highest bar or line. */
    static double niceCeiling(double value) {
        if (value <= 0) {
            return 1;
        }
        double unit = Math.pow(10, Math.floor(Math.log10(value))) / 5;
        return Math.round(Math.ceil(value / unit) * unit * 1e6) / 1e6;
    }

    /**
     * The trend on the wall screen: text at {@value SectorCard#WALL_TEXT} px and each indicator named by its number
     * alone in the legend and along the bars, since the list beside the chart gives the names in full.
     */
    static ChartOptions onWall(Trend trend) {
        Trend numbered = new Trend(trend.sector(), trend.years(), trend.lines().stream()
                .map(line -> new Trend.Line(line.indicatorId(), numberOf(line.title()), line.points(),
                        line.projection()))
                .toList(), trend.notCharted());
        return trend(numbered, "100%").withTextSize(SectorCard.WALL_TEXT);
    }

    /** "(6) Tốc độ tăng…" → "(6)", "3. Tỷ lệ…" → "3."; a title without a number stays whole. */
    static String numberOf(String title) {
        var number = java.util.regex.Pattern.compile("^(\\(\\d+\\)|\\d+\\.)\\s").matcher(title);
        return number.find() ? number.group(1) : title;
    }

    /** Legends stay on one line: "(6) Tốc độ tăng tổng thu ngân sách…". */
    static String shortTitle(String title) {
        return title.length() <= 48 ? title : title.substring(0, 47).strip() + "…";
    }
}
