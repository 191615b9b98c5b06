package vn.chitieu.base.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chitieu.base.ui.chart.ChartOptions.Point;
import vn.chitieu.base.ui.chart.ChartOptions.Series;

class ChartTest {

    private static ChartOptions line() {
        return ChartOptions.of(ChartOptions.Type.LINE, "240px")
                .withSeries(List.of(Series.of("(2)", List.of(new Point("2025", 101.3, "96,2% · Năm 2025"),
                        new Point("2026", null, null)))))
                .withCategories(List.of("2025", "2026"))
                .withFormat(new ChartOptions.Format("%", 1));
    }

    @Test
    void options_become_apexcharts_json_without_the_parts_left_unset() {
        String json = Chart.toJson(line());

        assertThat(json).contains("\"chart\":{\"type\":\"line\",\"height\":\"240px\"}",
                "\"xaxis\":{\"type\":\"category\",\"categories\":[\"2025\",\"2026\"]}",
                "{\"x\":\"2025\",\"y\":101.3,\"label\":\"96,2% · Năm 2025\"}", "{\"x\":\"2026\"}",
                "\"format\":{\"suffix\":\"%\",\"decimals\":1}");
        assertThat(json).doesNotContain("null", "annotations", "stroke");
    }

    @Test
    void new_figures_go_to_the_same_chart_and_keep_its_options() {
        Chart chart = new Chart(line());

        chart.updateSeries(List.of(Series.of("(2)", List.of(new Point("2025", 99.0, null)))));

        ChartOptions options = chart.getOptions().orElseThrow();
        assertThat(options.series().getFirst().data().getFirst().y()).isEqualTo(99.0);
        assertThat(options.format().suffix()).isEqualTo("%");
        assertThat(chart.getElement().getProperty("config")).contains("\"y\":99.0", "\"suffix\":\"%\"");
    }

    @Test
    void markup_in_names_labels_and_categories_travels_as_inert_json_escapes() {
        String payload = "<img src=x onerror=alert(1)>\"><svg onload=alert(2)> & 'x'";
        ChartOptions options = ChartOptions.of(ChartOptions.Type.BAR, "200px")
                .withSeries(List.of(Series.of(payload, List.of(new Point(payload, 1.0, payload)))))
                .withCategories(List.of(payload))
                .withLegend(new ChartOptions.Legend("bottom", true, List.of(payload)));

        String json = Chart.toJson(options);

        assertThat(json).doesNotContain("<", ">", "&", "'")
                .contains("\\u003Cimg src=x onerror=alert(1)\\u003E\\\"\\u003E\\u003Csvg onload=alert(2)\\u003E "
                        + "\\u0026 \\u0027x\\u0027");
        // the browser gets the very text back: it is shown as written, the element escaping it where ApexCharts
        // writes HTML
        assertThat(tools.jackson.databind.json.JsonMapper.shared().readTree(json).at("/series/0/name").asString())
                .isEqualTo(payload);
    }

    @Test
    void a_chart_without_options_has_no_series_to_update() {
        assertThatThrownBy(() -> new Chart().updateSeries(List.of())).isInstanceOf(IllegalStateException.class);
    }
}
