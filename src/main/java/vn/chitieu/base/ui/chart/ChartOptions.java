package vn.chitieu.base.ui.chart;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The part of ApexCharts' options this application uses, named as ApexCharts names them so the JSON is its options
 * object. {@code format} is ours: the unit suffix and decimals for the Vietnamese number formatter in the browser,
 * which JSON cannot carry as a function.
 */
public record ChartOptions(
        Spec chart,
        List<Series> series,
        @Nullable XAxis xaxis,
        @Nullable YAxis yaxis,
        @Nullable Stroke stroke,
        @Nullable Annotations annotations,
        @Nullable List<String> colors,
        @Nullable Legend legend,
        @Nullable Markers markers,
        @Nullable PlotOptions plotOptions,
        @Nullable DataLabels dataLabels,
        @Nullable Format format) {

    public ChartOptions {
        series = List.copyOf(series);
        colors = colors == null ? null : List.copyOf(colors);
    }

    /** A chart of the given type and height with nothing else set. */
    public static ChartOptions of(Type type, String height) {
        return new ChartOptions(new Spec(type, height, null, null), List.of(), null, null, null, null, null, null,
                null, null, null, null);
    }

    public ChartOptions withSeries(List<Series> newSeries) {
        return new ChartOptions(chart, newSeries, xaxis, yaxis, stroke, annotations, colors, legend, markers,
                plotOptions, dataLabels, format);
    }

    public ChartOptions withCategories(List<String> categories) {
        return new ChartOptions(chart, series, new XAxis("category", List.copyOf(categories), null, null), yaxis,
                stroke, annotations, colors, legend, markers, plotOptions, dataLabels, format);
    }

    public ChartOptions withDataLabels(DataLabels newDataLabels) {
        return new ChartOptions(chart, series, xaxis, yaxis, stroke, annotations, colors, legend, markers,
                plotOptions, newDataLabels, format);
    }

    /**
     * Every text of the chart — axis labels and titles, legend, the target's label, the figures on bars — at the
     * given size in pixels, for a screen read from across a room. ApexCharts lays the chart out for this size, so
     * nothing overlaps, which enlarging the text with CSS alone would not do.
     */
    public ChartOptions withTextSize(int pixels) {
        Style style = new Style(pixels + "px");
        XAxis x = xaxis == null ? null : new XAxis(xaxis.type(), xaxis.categories(), sized(xaxis.title(), style),
                new AxisLabels(style));
        YAxis y = new YAxis(yaxis == null ? null : yaxis.min(), yaxis == null ? null : yaxis.max(),
                yaxis == null ? null : sized(yaxis.title(), style), yaxis == null ? null : yaxis.tickAmount(),
                new AxisLabels(style));
        Legend l = legend == null ? null : new Legend(legend.position(), legend.showForSingleSeries(),
                legend.customLegendItems(), style.fontSize());
        Annotations a = annotations == null ? null : new Annotations(
                annotations.yaxis().stream().map(line -> new YLine(line.y(), line.borderColor(),
                        line.strokeDashArray(), line.label().sized(style))).toList(),
                annotations.xaxis().stream().map(line -> new XLine(line.x(), line.borderColor(),
                        line.strokeDashArray(), line.label().sized(style))).toList());
        DataLabels d = dataLabels == null ? null : new DataLabels(dataLabels.enabled(), style);
        return new ChartOptions(chart, series, x, y, stroke, a, colors, l, markers, plotOptions, d, format);
    }

    private static @Nullable Title sized(@Nullable Title title, Style style) {
        return title == null ? null : new Title(title.text(), style);
    }

    public ChartOptions withYAxis(YAxis newYAxis) {
        return new ChartOptions(chart, series, xaxis, newYAxis, stroke, annotations, colors, legend, markers,
                plotOptions, dataLabels, format);
    }

    public ChartOptions withStroke(Stroke newStroke) {
        return new ChartOptions(chart, series, xaxis, yaxis, newStroke, annotations, colors, legend, markers,
                plotOptions, dataLabels, format);
    }

    public ChartOptions withAnnotations(Annotations newAnnotations) {
        return new ChartOptions(chart, series, xaxis, yaxis, stroke, newAnnotations, colors, legend, markers,
                plotOptions, dataLabels, format);
    }

    public ChartOptions withColors(List<String> newColors) {
        return new ChartOptions(chart, series, xaxis, yaxis, stroke, annotations, newColors, legend, markers,
                plotOptions, dataLabels, format);
    }

    public ChartOptions withLegend(Legend newLegend) {
        return new ChartOptions(chart, series, xaxis, yaxis, stroke, annotations, colors, newLegend, markers,
                plotOptions, dataLabels, format);
    }

    public ChartOptions withMarkers(Markers newMarkers) {
        return new ChartOptions(chart, series, xaxis, yaxis, stroke, annotations, colors, legend, newMarkers,
                plotOptions, dataLabels, format);
    }

    public ChartOptions withPlotOptions(PlotOptions newPlotOptions) {
        return new ChartOptions(chart, series, xaxis, yaxis, stroke, annotations, colors, legend, markers,
                newPlotOptions, dataLabels, format);
    }

    public ChartOptions withFormat(Format newFormat) {
        return new ChartOptions(chart, series, xaxis, yaxis, stroke, annotations, colors, legend, markers,
                plotOptions, dataLabels, newFormat);
    }

    public enum Type {
        LINE, BAR;

        @JsonValue
        String apexName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** ApexCharts' {@code chart}: type, height ("280px", "100%"), and whether animations run. */
    public record Spec(Type type, String height, @Nullable Boolean stacked, @Nullable Animations animations) {
    }

    public record Animations(boolean enabled) {
    }

    /**
     * A named line or bar group. A point's {@code label} is what the tooltip shows instead of the plotted number —
     * the figure as reported, when the chart plots it as a % of its target.
     */
    public record Series(String name, @Nullable Type type, List<Point> data) {

        public Series {
            data = List.copyOf(data);
        }

        public static Series of(String name, List<Point> data) {
            return new Series(name, null, data);
        }
    }

    public record Point(String x, @Nullable Double y, @Nullable String label) {
    }

    public record XAxis(String type, List<String> categories, @Nullable Title title, @Nullable AxisLabels labels) {
    }

    public record YAxis(@Nullable Double min, @Nullable Double max, @Nullable Title title, @Nullable Integer tickAmount,
                        @Nullable AxisLabels labels) {

        public YAxis(@Nullable Double min, @Nullable Double max, @Nullable Title title, @Nullable Integer tickAmount) {
            this(min, max, title, tickAmount, null);
        }
    }

    public record AxisLabels(Style style) {
    }

    /** A CSS font size, "18px". */
    public record Style(String fontSize) {
    }

    public record Title(String text, @Nullable Style style) {

        public Title(String text) {
            this(text, null);
        }
    }

    /** The figure written on each bar or point. */
    public record DataLabels(boolean enabled, @Nullable Style style) {
    }

    /** Per series: {@code dashArray} 0 for a solid line, more for dashes (a projection); {@code width} in pixels. */
    public record Stroke(List<Integer> dashArray, List<Integer> width, String curve) {
    }

    /** Lines across the chart: {@code yaxis} horizontal ones, {@code xaxis} vertical ones (on a horizontal bar chart). */
    public record Annotations(List<YLine> yaxis, List<XLine> xaxis) {
    }

    public record XLine(double x, String borderColor, int strokeDashArray, LineLabel label) {
    }

    /** A horizontal line across the chart, such as the target. */
    public record YLine(double y, String borderColor, int strokeDashArray, LineLabel label) {
    }

    /**
     * {@code position} "left" or "right" of the chart ("top" or "bottom" for a vertical line); {@code textAnchor}
     * "start", "middle" or "end"; {@code orientation} "horizontal" writes a vertical line's label across it, centred
     * on the line, instead of along it.
     */
    public record LineLabel(String text, String position, String textAnchor, @Nullable String orientation,
                            LabelStyle style) {

        public LineLabel(String text, String position, String textAnchor, LabelStyle style) {
            this(text, position, textAnchor, null, style);
        }

        LineLabel sized(Style size) {
            return new LineLabel(text, position, textAnchor, orientation,
                    new LabelStyle(style.color(), style.background(), size.fontSize()));
        }
    }

    public record LabelStyle(String color, String background, @Nullable String fontSize) {

        public LabelStyle(String color, String background) {
            this(color, background, null);
        }
    }

    /** {@code customLegendItems}: the legend's entries when they are fewer than the series (lines without their
     * projections); they take the first colours. */
    public record Legend(String position, boolean showForSingleSeries, @Nullable List<String> customLegendItems,
                         @Nullable String fontSize) {

        public Legend(String position, boolean showForSingleSeries, @Nullable List<String> customLegendItems) {
            this(position, showForSingleSeries, customLegendItems, null);
        }

        public static Legend bottom() {
            return new Legend("bottom", true, null);
        }
    }

    public record Markers(int size) {
    }

    public record PlotOptions(Bar bar) {
    }

    public record Bar(boolean horizontal, String columnWidth) {
    }

    /** The unit after each number ("%", " hộ") and how many decimals the browser shows. */
    public record Format(String suffix, int decimals) {
    }
}
