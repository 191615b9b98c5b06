package vn.chitieu.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chitieu.TestAccounts.as;

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
import vn.chitieu.evaluation.TermRollup.Outlook;
import vn.chitieu.evaluation.Verdict;
import vn.chitieu.indicator.Sector;

/** The dashboard's read models on the demo data: counts, trends, the former wards, one indicator in full. */
@IntegrationTest
@Transactional
@WithMockUser(username = "canbo", roles = "CAN_BO")
class DashboardOverviewTest {

    @Autowired
    DashboardService dashboard;
    @Autowired
    DataValueService values;
    @Autowired
    JdbcClient jdbc;

    private long unit(String code) {
        return jdbc.sql("SELECT id FROM org_unit WHERE code = ?").param(code).query(Long.class).single();
    }

    private long target(String number) {
        return jdbc.sql("""
                        SELECT i.id FROM indicator i JOIN term t ON t.id = i.term_id
                        WHERE t.code = '2025-2030' AND i.number = ?""")
                .param(number).query(Long.class).single();
    }

    @Test
    void the_running_terms_counts_are_the_engines_outlooks_of_its_fifteen_targets() {
        var overview = dashboard.overview("2025-2030", unit("tam-ky"));

        // the resolution's 15 and the 3 the city assigned to its wards
        assertThat(overview.rows()).hasSize(15 + 3);
        for (Outlook outlook : Outlook.values()) {
            assertThat(overview.tally().count(outlook)).as(outlook.label())
                    .isEqualTo((int) overview.rows().stream().filter(r -> r.assessment().outlook() == outlook).count());
        }
        assertThat(overview.tally().duKienDat() + overview.tally().nguyCo() + overview.tally().chuaDuDuLieu())
                .isEqualTo(15 + 3);
        // (2) "trên 95%": 96,2% in 2025 and 95,5% in 2026 fall along a line to about 92,7% in 2030
        IndicatorRow second = overview.rows().stream().filter(r -> r.numberLabel().equals("(2)")).findFirst()
                .orElseThrow();
        assertThat(second.assessment().outlook()).isEqualTo(Outlook.NGUY_CO_KHONG_DAT);
        assertThat(overview.tally().headline(true)).matches("\\d+ dự kiến đạt · \\d+ nguy cơ không đạt · \\d+ chưa đủ dữ liệu");
    }

    @Test
    void each_sector_has_a_trend_with_the_target_at_one_hundred_and_the_projection_to_2030() {
        List<Trend> trends = dashboard.overview("2025-2030", unit("tam-ky")).trends();

        assertThat(trends).extracting(Trend::sector).containsExactly(Sector.values());
        Trend party = trends.getFirst();
        assertThat(party.years()).containsExactly("2025", "2026", "2027", "2028", "2029", "2030");
        Trend.Line second = party.lines().stream().filter(l -> l.title().startsWith("(2)")).findFirst().orElseThrow();
        // 96,2% against "trên 95%" is 101,3% of the target; the label keeps the figure as reported
        assertThat(second.points().getFirst().percentOfTarget()).isEqualByComparingTo("101.3");
        assertThat(second.points().get(1).label()).contains("95,5%", "Năm 2026", "ước tính");
        assertThat(second.points().subList(2, 6)).containsOnlyNulls();
        assertThat(second.projection().year()).isEqualTo("2030");
        assertThat(second.projection().percentOfTarget()).isLessThan(java.math.BigDecimal.valueOf(100));
        // (5) is a rating: it has no percentage of a target, and says so
        assertThat(party.notCharted()).singleElement().asString().startsWith("(5)");
    }

    @Test
    void tam_ky_stands_beside_its_three_former_wards_with_misses_counted_from_the_verdicts() {
        WardComparison comparison = dashboard.wardComparison("2020-2025", unit("tam-ky")).orElseThrow();

        assertThat(comparison.units()).containsExactlyInAnyOrder("Phường Tam Kỳ", "Phường An Mỹ (cũ)",
                "Phường An Xuân (cũ)", "Phường Trường Xuân (cũ)");
        assertThat(comparison.units().getFirst()).isEqualTo("Phường Tam Kỳ");
        for (WardComparison.UnitTally tally : comparison.tallies()) {
            long code = jdbc.sql("SELECT id FROM org_unit WHERE name = ?").param(tally.unit()).query(Long.class).single();
            long missed = dashboard.overview("2020-2025", code).rows().stream()
                    .filter(r -> r.assessment().verdict() == Verdict.KHONG_DAT).count();
            assertThat(tally.tally().khongDat()).as(tally.unit()).isEqualTo((int) missed);
            assertThat(tally.missedLabel()).isEqualTo(String.format("%02d chỉ tiêu chưa đạt", missed));
        }
        // 000, chú thích 37: Trường Xuân's tap water missed its 85%
        int truongXuan = comparison.units().indexOf("Phường Trường Xuân (cũ)");
        assertThat(comparison.rows()).filteredOn(r -> r.name().contains("nước máy")).singleElement()
                .satisfies(r -> assertThat(r.cells().get(truongXuan).assessment().verdict())
                        .isEqualTo(Verdict.KHONG_DAT));
        assertThat(as("quantri", "QUAN_TRI", () -> dashboard.wardComparison("2020-2025", unit("pho-hoa"))))
                .isEmpty();
    }

    @Test
    void each_former_ward_is_shown_against_its_own_target_and_a_worded_miss_is_a_miss() {
        WardComparison comparison = dashboard.wardComparison("2020-2025", unit("tam-ky")).orElseThrow();
        int anMy = comparison.units().indexOf("Phường An Mỹ (cũ)");

        // 000, chú thích 39: An Mỹ's resolution asked for 30 new members, not Tam Kỳ's figure
        assertThat(comparison.rows()).filteredOn(r -> r.cells().get(anMy) != null
                        && "20 đảng viên".equals(r.cells().get(anMy).value())).singleElement()
                .satisfies(r -> {
                    assertThat(r.cells().get(anMy).targetText()).isEqualTo("30 đảng viên");
                    assertThat(r.cells().get(anMy).assessment().verdict()).isEqualTo(Verdict.KHONG_DAT);
                });
        // "thu ngân sách hàng năm chưa đạt theo nghị quyết đề ra" is a result in words, and it says not met
        assertThat(comparison.rows()).filteredOn(r -> r.name().startsWith("Thu ngân sách hằng năm")).singleElement()
                .satisfies(r -> assertThat(r.cells().get(anMy).assessment().verdict()).isEqualTo(Verdict.KHONG_DAT));
    }

    @Test
    void where_the_report_states_another_count_than_its_list_supports_both_are_shown() {
        WardComparison comparison = dashboard.wardComparison("2020-2025", unit("tam-ky")).orElseThrow();

        // the report says "04 chỉ tiêu" for each former ward (000, chú thích 37-39)
        assertThat(comparison.tallies()).filteredOn(t -> !t.unit().equals("Phường Tam Kỳ"))
                .allSatisfy(t -> assertThat(t.statedMissed()).isEqualTo(4));
        assertThat(comparison.tallies()).allSatisfy(t -> {
            if (t.statedDiffers()) {
                assertThat(t.note()).contains(String.format("Văn kiện ghi %02d", t.statedMissed()),
                        String.format("cho %02d", t.tally().khongDat()), "chú thích");
            } else {
                assertThat(t.note()).isNull();
            }
        });
        // An Xuân's endnote 38 lists two misses against the four it states
        assertThat(comparison.tallies()).filteredOn(t -> t.unit().equals("Phường An Xuân (cũ)")).singleElement()
                .satisfies(t -> assertThat(t.statedDiffers()).isTrue());
    }

    @Test
    void an_indicator_page_keeps_every_version_of_a_figure_with_who_and_why() {
        long second = target("2");
        DataValue estimate = values.find(second, unit("tam-ky"), Period.year(2026), true).orElseThrow();
        values.save(estimate.withValue("96%", null, "Rà soát lại sau hội nghị").withExplanation(null, null));

        IndicatorDetail detail = dashboard.indicatorDetail(second).orElseThrow();

        assertThat(detail.targetReading()).contains("95");
        IndicatorDetail.Figure figure = detail.history().stream().filter(f -> f.period().equals("Năm 2026"))
                .findFirst().orElseThrow();
        assertThat(figure.valueText()).isEqualTo("96%");
        assertThat(figure.estimate()).isTrue();
        assertThat(figure.changes()).extracting(IndicatorDetail.Change::valueText).containsExactly("95,5%", "96%");
        assertThat(figure.changes().getLast().savedBy()).isEqualTo("canbo");
        assertThat(figure.changes().getLast().note()).isEqualTo("Rà soát lại sau hội nghị");
        assertThat(detail.history().getFirst().period()).isEqualTo("Năm 2026");
        assertThat(detail.units()).singleElement().satisfies(u -> assertThat(u.unitName()).isEqualTo("Phường Tam Kỳ"));
        assertThat(detail.periods()).containsExactly("Năm 2025", "Năm 2026");
    }

    @Test
    void an_indicator_of_the_merged_ward_is_drawn_beside_the_same_indicator_of_its_former_wards() {
        long tamKy = unit("tam-ky");
        long recruits = jdbc.sql("""
                        SELECT i.id FROM indicator i JOIN term t ON t.id = i.term_id
                        WHERE t.code = '2020-2025' AND i.org_unit_id = ?
                        AND i.name = 'Số cán bộ được cử đi học trung cấp lý luận chính trị'""")
                .param(tamKy).query(Long.class).single();

        IndicatorDetail detail = dashboard.indicatorDetail(recruits).orElseThrow();

        assertThat(detail.units()).extracting(IndicatorDetail.UnitFigures::unitName)
                .startsWith("Phường Tam Kỳ").contains("Phường Trường Xuân (cũ)");
        assertThat(detail.units().getFirst().values()).containsExactly(14.0);
    }
}
