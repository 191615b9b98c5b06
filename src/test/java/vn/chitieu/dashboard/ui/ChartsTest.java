package vn.chitieu.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.chitieu.base.ui.chart.Chart;
import vn.chitieu.base.ui.chart.ChartOptions;
import vn.chitieu.dashboard.Trend;
import vn.chitieu.indicator.Sector;

/** The charts' options as the leaders asked for them: read across a room, labels where they belong. */
class ChartsTest {

    private static Trend.Point at(String year, String percent) {
        return new Trend.Point(year, new BigDecimal(percent), percent + "% mục tiêu");
    }

    private static Trend lines() {
        return new Trend(Sector.XAY_DUNG_DANG, List.of("2025", "2026", "2027"), List.of(
                new Trend.Line(1, "(1) Tỷ lệ kết nạp đảng viên hằng năm so với tổng số đảng viên",
                        java.util.Arrays.asList(at("2025", "113.3"), at("2026", "103.3"), null), at("2027", "104")),
                new Trend.Line(2, "(2) Tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ",
                        java.util.Arrays.asList(at("2025", "101.3"), at("2026", "100.5"), null), null)), List.of());
    }

    private static Trend bars() {
        return new Trend(Sector.KINH_TE, List.of("2020-2025"), List.of(
                new Trend.Line(1, "1. Tổng thu ngân sách", List.of(at("2020-2025", "98.4")), null)), List.of());
    }

    @Test
    void the_wall_screens_chart_writes_every_text_at_eighteen_pixels_and_names_lines_by_their_number() {
        ChartOptions wall = Charts.onWall(lines());

        assertThat(wall.chart().height()).isEqualTo("100%");
        assertThat(wall.xaxis().labels().style().fontSize()).isEqualTo("18px");
        assertThat(wall.yaxis().labels().style().fontSize()).isEqualTo("18px");
        assertThat(wall.yaxis().title().style().fontSize()).isEqualTo("18px");
        assertThat(wall.legend().fontSize()).isEqualTo("18px");
        assertThat(wall.legend().customLegendItems()).containsExactly("(1)", "(2)");
        assertThat(wall.annotations().yaxis().getFirst().label().style().fontSize()).isEqualTo("18px");
        assertThat(new Chart(wall).getElement().getProperty("config")).contains("\"labels\":{\"style\":{\"fontSize\":\"18px\"}}",
                "\"legend\":{\"position\":\"bottom\",\"showForSingleSeries\":true,\"customLegendItems\":[\"(1)\",\"(2)\"],"
                        + "\"fontSize\":\"18px\"}");
        // the dashboard's own chart keeps ApexCharts' sizes and the names
        ChartOptions page = Charts.trend(lines(), "260px");
        assertThat(page.xaxis().labels()).isNull();
        assertThat(page.legend().customLegendItems().getFirst()).startsWith("(1) Tỷ lệ kết nạp");
    }

    @Test
    void the_target_label_of_a_bar_chart_is_written_across_the_hundred_percent_line_centred_on_it() {
        ChartOptions options = Charts.trend(bars(), "260px");

        assertThat(options.plotOptions().bar().horizontal()).isTrue();
        ChartOptions.XLine target = options.annotations().xaxis().getFirst();
        assertThat(target.x()).isEqualTo(100);
        assertThat(target.label().orientation()).isEqualTo("horizontal");
        assertThat(target.label().textAnchor()).isEqualTo("middle");
        assertThat(target.label().text()).isEqualTo("Mục tiêu");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            (6) Tốc độ tăng tổng thu ngân sách | (6)
            12. Số hộ nghèo                    | 12.
            Số hộ nghèo (hiện nay)             | Số hộ nghèo (hiện nay)
            """)
    void a_line_on_the_wall_is_named_by_its_number(String title, String shown) {
        assertThat(Charts.numberOf(title)).isEqualTo(shown);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Phường Trường Xuân (cũ) | Trường Xuân (cũ)
            Xã Hòa Phước            | Hòa Phước
            Phường Tam Kỳ           | Tam Kỳ
            """)
    void the_comparison_chart_names_units_short_under_the_table_that_names_them_in_full(String name, String shown) {
        assertThat(Charts.shortUnitName(name)).isEqualTo(shown);
    }

    @ParameterizedTest
    @CsvSource({"107.8, 120", "108.24, 120", "8.4, 8.4", "8.41, 8.6", "99, 100", "0, 1"})
    void an_axis_ends_on_a_round_number_just_above_its_highest_value(double highest, double end) {
        assertThat(Charts.niceCeiling(highest)).isEqualTo(end);
    }
}
