package vn.chitieu.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.chitieu.TestAccounts.as;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;
import vn.chitieu.IntegrationTest;
import vn.chitieu.TestAccounts;

/** One units overview per parent shared by the wall screen and every leader, computed again after any change. */
@IntegrationTest
@Transactional
class SharedUnitsOverviewTest {

    private static final String TERM = "2020-2025";

    @Autowired
    UnitsOverviewService service;
    @Autowired
    SharedUnitsOverviews shared;
    @Autowired
    JdbcClient jdbc;

    private long unit(String code) {
        return jdbc.sql("SELECT id FROM org_unit WHERE code = ?").param(code).query(Long.class).single();
    }

    private UnitsOverview asLeader(long parent) {
        return as("lanhdao", "LANH_DAO", () -> service.overview(TERM, parent, null));
    }

    @Test
    void two_leaders_of_the_city_get_the_one_overview_computed_for_the_first() {
        long city = unit("tp-tam-ky");
        TestAccounts.assign(jdbc, city, "lanhdao", "trinhchieu");

        UnitsOverview first = asLeader(city);
        UnitsOverview second = as("trinhchieu", "LANH_DAO", () -> service.overview(TERM, city, null));

        assertThat(second).isSameAs(first);
    }

    @Test
    void a_person_outside_the_city_is_refused_though_its_overview_is_already_computed() {
        long city = unit("tp-tam-ky");
        TestAccounts.assign(jdbc, city, "lanhdao");
        asLeader(city);

        assertThatThrownBy(() -> as("nguoi-la", "LANH_DAO", () -> service.overview(TERM, city, null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_figure_written_outside_the_application_is_in_the_next_overview() {
        long city = unit("tp-tam-ky");
        TestAccounts.assign(jdbc, city, "lanhdao");
        UnitsOverview before = asLeader(city);
        long indicator = jdbc.sql("""
                        SELECT i.id FROM indicator i JOIN term t ON t.id = i.term_id
                        WHERE t.code = :term AND i.org_unit_id = :unit AND i.target_text IS NOT NULL
                        AND NOT EXISTS (SELECT 1 FROM data_value v WHERE v.indicator_id = i.id
                                        AND v.period_kind = 'YEAR' AND v.period_year_to = 2024)
                        ORDER BY i.id LIMIT 1""")
                .param("term", TERM).param("unit", unit("an-my")).query(Long.class).single();
        var now = java.sql.Timestamp.from(Instant.now());
        jdbc.sql("""
                        INSERT INTO data_value (indicator_id, org_unit_id, period_kind, period_year_from,
                            period_year_to, value_text, created_by, created_at, updated_by, updated_at)
                        VALUES (?, ?, 'YEAR', 2024, 2024, '1', 'test', ?, 'test', ?)""")
                .params(indicator, unit("an-my"), now, now).update();

        assertThat(asLeader(city)).isNotSameAs(before);
    }

    @Test
    void a_change_of_one_ward_makes_the_next_screen_compute_the_overview_again() {
        long city = unit("tp-tam-ky");
        TestAccounts.assign(jdbc, city, "lanhdao");
        UnitsOverview before = asLeader(city);

        // what LiveUpdates does for a save here or on another node, before any screen hears of it
        shared.forget(unit("an-xuan"));

        UnitsOverview after = asLeader(city);
        assertThat(after).isNotSameAs(before);
        assertThat(after.units()).isEqualTo(before.units());
    }
}
