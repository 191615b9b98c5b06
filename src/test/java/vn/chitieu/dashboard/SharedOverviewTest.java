package vn.chitieu.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.chitieu.TestAccounts.as;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;
import vn.chitieu.IntegrationTest;
import vn.chitieu.datavalue.DataValue;
import vn.chitieu.datavalue.DataValueService;
import vn.chitieu.datavalue.Period;

/** One overview per unit shared by every screen showing it, computed again whenever what it shows has changed. */
@IntegrationTest
@Transactional
@WithMockUser(username = "canbo", roles = "CAN_BO")
class SharedOverviewTest {

    private static final String TERM = "2025-2030";

    @Autowired
    DashboardService dashboard;
    @Autowired
    DataValueService values;
    @Autowired
    LiveUpdates live;
    @Autowired
    JdbcClient jdbc;

    private long unit(String code) {
        return jdbc.sql("SELECT id FROM org_unit WHERE code = ?").param(code).query(Long.class).single();
    }

    private long target(String number) {
        return jdbc.sql("""
                        SELECT i.id FROM indicator i JOIN term t ON t.id = i.term_id
                        WHERE t.code = :term AND i.number = :number""")
                .param("term", TERM).param("number", number).query(Long.class).single();
    }

    private IndicatorRow row(DashboardService.Overview overview, String number) {
        return overview.rows().stream().filter(r -> r.numberLabel().equals("(" + number + ")")).findFirst()
                .orElseThrow();
    }

    @Test
    void two_people_on_one_units_dashboard_get_the_one_overview_computed_for_the_first() {
        long tamKy = unit("tam-ky");
        var first = dashboard.overview(TERM, tamKy);
        var second = as("lanhdao", "LANH_DAO", () -> dashboard.overview(TERM, tamKy));

        assertThat(second).isSameAs(first);
        assertThat(dashboard.overview(TERM, tamKy, Period.year(2025))).isNotSameAs(first);
    }

    @Test
    void a_person_outside_the_unit_is_refused_though_its_overview_is_already_computed() {
        long tamKy = unit("tam-ky");
        dashboard.overview(TERM, tamKy);

        assertThatThrownBy(() -> as("nguoi-la", "LANH_DAO", () -> dashboard.overview(TERM, tamKy)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_saved_figure_is_in_the_next_overview() {
        long tamKy = unit("tam-ky");
        var before = dashboard.overview(TERM, tamKy);
        DataValue estimate = values.find(target("2"), tamKy, Period.year(2026), true).orElseThrow();
        values.save(estimate.withValue("99%", null, null).withExplanation(null, null));

        var after = dashboard.overview(TERM, tamKy);

        assertThat(after).isNotSameAs(before);
        assertThat(row(before, "2").latestValue()).isEqualTo("95,5%");
        assertThat(row(after, "2").latestValue()).isEqualTo("99%");
    }

    @Test
    void an_indicator_stopped_outside_the_application_leaves_the_next_overview() {
        long tamKy = unit("tam-ky");
        int shown = dashboard.overview(TERM, tamKy).rows().size();
        jdbc.sql("UPDATE indicator SET active = FALSE WHERE id = ?").param(target("2")).update();

        assertThat(dashboard.overview(TERM, tamKy).rows()).hasSize(shown - 1)
                .noneMatch(r -> r.numberLabel().equals("(2)"));
    }

    @Test
    void a_change_told_by_another_node_makes_the_next_screen_compute_the_overview_again() {
        long tamKy = unit("tam-ky");
        var before = dashboard.overview(TERM, tamKy);
        jdbc.sql("""
                        INSERT INTO figure_change (org_unit_id, indicator_id, node, changed_at)
                        VALUES (?, ?, 'nut-khac', NOW(3))""")
                .params(tamKy, target("2")).update();

        live.poll();

        var after = dashboard.overview(TERM, tamKy);
        assertThat(after).isNotSameAs(before);
        assertThat(after.rows()).isEqualTo(before.rows());
    }
}
