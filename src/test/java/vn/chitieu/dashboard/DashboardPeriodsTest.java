package vn.chitieu.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;
import vn.chitieu.IntegrationTest;
import vn.chitieu.datavalue.DataValue;
import vn.chitieu.datavalue.DataValueService;
import vn.chitieu.datavalue.Period;
import vn.chitieu.evaluation.Verdict;

/**
 * What the leaders reported after a week of use (issue 12): the dashboard as of a chosen period, quarters on the
 * indicator's chart, numbers for lists the resolution did not number, and names without the extractors' remarks.
 */
@IntegrationTest
@Transactional
@WithMockUser(username = "canbo", roles = "CAN_BO")
class DashboardPeriodsTest {

    @Autowired
    DashboardService dashboard;
    @Autowired
    DataValueService values;
    @Autowired
    JdbcClient jdbc;

    private long unit(String code) {
        return jdbc.sql("SELECT id FROM org_unit WHERE code = ?").param(code).query(Long.class).single();
    }

    /** (11) Tỷ lệ dân số tham gia bảo hiểm y tế, "trên 99%": 98% in 2025, 98,2% at 9 months and 98,4% for 2026. */
    private long insurance() {
        return jdbc.sql("""
                        SELECT i.id FROM indicator i JOIN term t ON t.id = i.term_id
                        WHERE t.code = '2025-2030' AND i.number = '11'""").query(Long.class).single();
    }

    private IndicatorRow row(DashboardService.Overview overview, long indicator) {
        return overview.rows().stream().filter(r -> r.indicatorId() == indicator).findFirst().orElseThrow();
    }

    @Test
    void the_overview_lists_the_periods_with_figures_newest_first_the_longer_of_two_ending_together_first() {
        long tamKy = unit("tam-ky");
        values.save(DataValue.draft(insurance(), tamKy, Period.quarter(2026, 3), false, "99,5%", null, null, null));

        List<String> periods = dashboard.overview("2025-2030", tamKy).periods().stream().map(Period::label).toList();

        // Quý II/2026: the figures of the indicators the city assigned to its wards
        assertThat(periods).containsExactly("Năm 2026", "9 tháng 2026", "Quý III/2026", "Quý II/2026", "Năm 2025");
    }

    @Test
    void as_of_a_quarter_each_row_shows_the_latest_figure_reported_by_the_end_of_it_and_says_its_period() {
        long tamKy = unit("tam-ky");
        values.save(DataValue.draft(insurance(), tamKy, Period.quarter(2026, 3), false, "99,5%", null, null, null));

        var asOfQ3 = dashboard.overview("2025-2030", tamKy, Period.quarter(2026, 3));

        assertThat(asOfQ3.asOf()).isEqualTo(Period.quarter(2026, 3));
        IndicatorRow insurance = row(asOfQ3, insurance());
        // 9 tháng 2026 and Quý III/2026 both end on 30/9: the period picked is the one shown, never the year's 98,4%
        assertThat(insurance.latestPeriod()).isEqualTo("Quý III/2026");
        assertThat(insurance.latestValue()).isEqualTo("99,5%");
        IndicatorRow atNineMonths = row(dashboard.overview("2025-2030", tamKy, Period.parse("2026-9T")), insurance());
        assertThat(atNineMonths.latestPeriod()).isEqualTo("9 tháng 2026");
        assertThat(atNineMonths.latestValue()).isEqualTo("98,2%");
        // (2) has nothing for 2026 before the year's estimate: as of Quý III it stands at 2025's official figure
        IndicatorRow second = asOfQ3.rows().stream().filter(r -> r.numberLabel().equals("(2)")).findFirst()
                .orElseThrow();
        assertThat(second.latestValue()).isEqualTo("96,2%");
        assertThat(second.latestPeriod()).isEqualTo("Năm 2025");
        // the whole year, the default, still sees the 2026 estimate
        assertThat(row(dashboard.overview("2025-2030", tamKy), insurance()).latestValue()).isEqualTo("98,4%");
        assertThat(dashboard.overview("2025-2030", tamKy, Period.year(2025)).rows().stream()
                .filter(r -> r.hasValue()).map(IndicatorRow::latestPeriod)).containsOnly("Năm 2025");
    }

    @Test
    void the_indicators_chart_keeps_a_quarter_and_nine_months_that_end_on_the_same_day_and_draws_its_target() {
        long tamKy = unit("tam-ky");
        values.save(DataValue.draft(insurance(), tamKy, Period.quarter(2026, 3), false, "99,5%", null, null, null));

        IndicatorDetail detail = dashboard.indicatorDetail(insurance()).orElseThrow();

        assertThat(detail.periods()).containsExactly("Năm 2025", "Quý III/2026", "9 tháng 2026", "Năm 2026");
        assertThat(detail.units().getFirst().values()).containsExactly(98.0, 99.5, 98.2, 98.4);
        assertThat(detail.targetValue()).isEqualTo(99.0);
    }

    @Test
    void a_closed_terms_targets_without_a_number_in_the_resolution_get_running_numbers_per_unit() {
        List<IndicatorRow> rows = dashboard.overview("2020-2025", unit("tam-ky")).rows();

        List<String> numbers = rows.stream().filter(IndicatorRow::isTarget).map(IndicatorRow::numberLabel).toList();
        assertThat(numbers).isNotEmpty();
        for (int i = 0; i < numbers.size(); i++) {
            assertThat(numbers.get(i)).isEqualTo((i + 1) + ".");
        }
        assertThat(rows.stream().filter(r -> !r.isTarget()).map(IndicatorRow::numberLabel)).containsOnly("");
    }

    @Test
    void remarks_of_the_extraction_are_notes_of_the_figure_not_part_of_the_name() {
        List<IndicatorRow> rows = vn.chitieu.TestAccounts.as("lanhdao", "LANH_DAO",
                () -> dashboard.indicatorList("2020-2025", unit("tam-ky")));

        assertThat(rows).extracting(IndicatorRow::name).noneMatch(name -> name.contains("suy đoán")
                || name.contains("AX ") || name.contains("PH 0") || name.contains("khu vực PH)"));
        IndicatorRow poor = rows.stream().filter(r -> r.name().equals("Số hộ nghèo")
                && r.unitName().contains("An Xuân")).findFirst().orElseThrow();
        assertThat(poor.latestValue()).isEqualTo("14 hộ");
        assertThat(poor.latestNote()).isEqualTo("An Xuân 12 hộ, Phước Hòa 02 hộ");
    }

    @Test
    void pho_hoas_party_member_target_and_its_mid_term_figure_are_one_row() {
        List<IndicatorRow> rows = vn.chitieu.TestAccounts.as("quantri", "QUAN_TRI",
                () -> dashboard.overview("2020-2025", unit("pho-hoa")).rows());

        List<IndicatorRow> newMembers = rows.stream()
                .filter(r -> r.name().contains("đảng viên mới") && r.name().contains("Nghị quyết")).toList();
        assertThat(newMembers).singleElement().satisfies(row -> {
            assertThat(row.targetText()).isEqualTo("Hoàn thành chỉ tiêu");
            assertThat(row.latestValue()).isEqualTo("60% chỉ tiêu NQ");
            assertThat(row.latestPeriod()).isEqualTo("2020-2023");
        });
        assertThat(rows).noneMatch(r -> r.hasTarget() && !r.hasValue()
                && r.assessment().verdict() == Verdict.CHUA_DANH_GIA && r.name().contains("đảng viên mới"));
    }
}
