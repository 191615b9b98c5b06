package vn.chitieu.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.chitieu.TestAccounts.as;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;
import vn.chitieu.IntegrationTest;
import vn.chitieu.TestAccounts;
import vn.chitieu.dashboard.DashboardService;
import vn.chitieu.dashboard.IndicatorRow;
import vn.chitieu.datavalue.Period;
import vn.chitieu.evaluation.UnitAggregation;
import vn.chitieu.evaluation.Verdict;
import vn.chitieu.overview.UnitsOverview.Column;
import vn.chitieu.overview.UnitsOverview.UnitLine;

@IntegrationTest
@Transactional
class UnitsOverviewServiceTest {

    @Autowired
    UnitsOverviewService service;
    @Autowired
    DashboardService dashboard;
    @Autowired
    JdbcClient jdbc;

    private long unit(String code) {
        return jdbc.sql("SELECT id FROM org_unit WHERE code = ?").param(code).query(Long.class).single();
    }

    @Test
    void a_city_leader_compares_its_former_wards_on_indicators_of_the_same_name_with_the_engines_verdicts() {
        long city = unit("tp-tam-ky");
        TestAccounts.assign(jdbc, city, "lanhdao");

        UnitsOverview overview = as("lanhdao", "LANH_DAO", () -> service.overview("2020-2025", city, null));

        assertThat(overview.units()).extracting(line -> line.unit().code())
                .containsExactlyInAnyOrder("an-my", "an-xuan", "truong-xuan");
        // no shared catalogue in the demo: every column is a name the wards' own indicators share, and says so
        assertThat(overview.columns()).isNotEmpty().noneMatch(Column::shared);
        assertThat(overview.anyByNameOnly()).isTrue();
        Column culture = overview.columns().stream().filter(c -> c.title().equals("Tỷ lệ hộ gia đình đạt gia đình văn hóa"))
                .findFirst().orElseThrow();
        // the same verdict the unit's own dashboard gives: one rule
        for (String code : List.of("an-my", "an-xuan", "truong-xuan")) {
            UnitLine line = overview.units().stream().filter(l -> l.unit().code().equals(code)).findFirst()
                    .orElseThrow();
            IndicatorRow own = as("lanhdao", "LANH_DAO", () -> dashboard.indicatorList("2020-2025", unit(code)))
                    .stream().filter(r -> r.name().equals(culture.title()) && r.unitName().equals(line.unit().name()))
                    .findFirst().orElseThrow();
            assertThat(line.cell(culture.key()).orElseThrow().verdict()).as(code).isEqualTo(own.assessment().verdict());
        }
        // a ranking by share of targets met: nobody ranked above a unit that met a larger share
        for (UnitLine a : overview.units()) {
            for (UnitLine b : overview.units()) {
                if (b.counts().targets() == 0) {
                    assertThat(b.rank()).as("a unit without targets is not ranked").isZero();
                } else if (a.counts().score(false) > b.counts().score(false)) {
                    assertThat(a.rank()).isPositive().isLessThan(b.rank());
                }
            }
        }
        assertThat(overview.period()).isEqualTo(Period.span(2020, 2025));
    }

    @Test
    void shared_indicators_apply_to_every_commune_and_the_province_figure_follows_each_indicators_rule() {
        long province = insertUnit("tinh-thu", "Tỉnh Thử", "TINH", null);
        long first = insertUnit("xa-thu-mot", "Xã Thử Một", "XA", province);
        long second = insertUnit("xa-thu-hai", "Xã Thử Hai", "XA", province);
        long third = insertUnit("xa-thu-ba", "Xã Thử Ba", "XA", province);
        long poorRate = sharedIndicator("Tỷ lệ hộ nghèo (thử)", "%", "dưới 1%");
        long poorHouseholds = sharedIndicator("Số hộ nghèo (thử)", "hộ", null);
        long villages = sharedIndicator("Thôn đạt chuẩn văn hóa (thử)", "thôn", null);
        figure(poorRate, first, "0,8%");
        figure(poorRate, second, "1,5%");
        figure(poorHouseholds, first, "12 hộ");
        figure(poorHouseholds, second, "30 hộ");
        figure(villages, first, "4/5");
        figure(villages, third, "3/3");
        TestAccounts.assign(jdbc, province, "lanhdao");

        UnitsOverview overview = as("lanhdao", "LANH_DAO", () -> service.overview("2020-2025", province,
                Period.year(2025)));

        assertThat(overview.columns()).extracting(Column::title).containsExactly("Tỷ lệ hộ nghèo (thử)",
                "Số hộ nghèo (thử)", "Thôn đạt chuẩn văn hóa (thử)");
        assertThat(overview.columns()).allMatch(Column::shared);
        Map<String, UnitLine> byCode = overview.units().stream()
                .collect(Collectors.toMap(line -> line.unit().code(), line -> line));
        assertThat(byCode.get("xa-thu-mot").cell("#" + poorRate).orElseThrow().verdict()).isEqualTo(Verdict.DAT);
        assertThat(byCode.get("xa-thu-hai").cell("#" + poorRate).orElseThrow().verdict())
                .isEqualTo(Verdict.KHONG_DAT);
        assertThat(byCode.get("xa-thu-ba").cell("#" + poorRate).orElseThrow().verdict())
                .isEqualTo(Verdict.CHUA_DANH_GIA);
        assertThat(byCode.get("xa-thu-mot").rank()).isEqualTo(1);
        assertThat(overview.atRisk(Set.of())).extracting(line -> line.unit().code()).containsExactly("xa-thu-hai");
        assertThat(overview.atRisk(Set.of("#" + poorHouseholds))).isEmpty();
        // completeness for 2025: of the three shared indicators, how many each commune reported
        assertThat(byCode.get("xa-thu-mot").entered()).isEqualTo(3);
        assertThat(byCode.get("xa-thu-ba").entered()).isEqualTo(1);
        assertThat(byCode.get("xa-thu-ba").expected()).isEqualTo(3);
        // the province's figures: households summed, villages as numerator and denominator, a rate not averaged
        assertThat(overview.aggregates().get("#" + poorHouseholds).text()).isEqualTo("42 hộ (2/3 xã có số liệu)");
        assertThat(overview.aggregates().get("#" + villages).text())
                .isEqualTo("7/8 thôn (87,5%) (2/3 xã có số liệu)");
        assertThat(overview.aggregates().get("#" + poorRate).rule())
                .isEqualTo(UnitAggregation.Rule.NOT_AGGREGABLE);
    }

    @Test
    void a_wards_leader_cannot_open_the_overview_of_the_city_above_it() {
        long city = unit("da-nang");

        assertThat(as("lanhdao", "LANH_DAO", () -> service.parents("", 0, 50))).isEmpty();
        assertThat(as("lanhdao", "LANH_DAO", () -> service.parent("da-nang"))).isEmpty();
        assertThatThrownBy(() -> as("lanhdao", "LANH_DAO", () -> service.overview("2025-2030", city, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as("quantri", "QUAN_TRI", () -> service.parents("", 0, 50))).extracting(p -> p.code())
                .contains("da-nang", "tp-tam-ky");
        // a search by name, accents and case aside, or by code; the count agrees with the pages
        assertThat(as("quantri", "QUAN_TRI", () -> service.parents("thanh pho tam ky", 0, 50)))
                .extracting(p -> p.code()).containsExactly("tp-tam-ky");
        assertThat(as("quantri", "QUAN_TRI", () -> service.parents("DA-NANG", 0, 50)))
                .extracting(p -> p.code()).containsExactly("da-nang");
        assertThat(as("quantri", "QUAN_TRI", () -> service.countParents("")))
                .isEqualTo(as("quantri", "QUAN_TRI", () -> service.parents("", 0, 1000)).size());
    }

    @Test
    void a_cell_reads_only_some_figures_in_full_and_still_says_what_the_units_own_dashboard_says() {
        long province = insertUnit("tinh-thu", "Tỉnh Thử", "TINH", null);
        long first = insertUnit("xa-thu-mot", "Xã Thử Một", "XA", province);
        long second = insertUnit("xa-thu-hai", "Xã Thử Hai", "XA", province);
        long rate = sharedIndicator("Tỷ lệ thử có ước tính", "%", "trên 90%");
        // an estimate beside its official figure (which alone counts), an official one alone, quarters between
        figure(rate, first, "YEAR", 2024, 0, false, "95%");
        figure(rate, first, "YEAR", 2024, 0, true, "50%");
        figure(rate, first, "QUARTER", 2025, 2, false, "97%");
        figure(rate, first, "YEAR", 2025, 0, false, "80%");
        figure(rate, first, "YEAR", 2025, 0, true, "99%");
        // an estimate alone for the year, after a nine-month figure: the estimate is the latest
        figure(rate, second, "NINE_MONTHS", 2025, 0, false, "60%");
        figure(rate, second, "YEAR", 2025, 0, true, "92%");
        figure(rate, second, "QUARTER", 2024, 4, false, "91%");
        TestAccounts.assign(jdbc, province, "lanhdao");

        UnitsOverview overview = as("lanhdao", "LANH_DAO", () -> service.overview("2020-2025", province, null));

        assertThat(overview.period()).isEqualTo(Period.year(2025));
        for (long unit : List.of(first, second)) {
            UnitLine line = overview.units().stream().filter(l -> l.unit().id() == unit).findFirst().orElseThrow();
            UnitsOverview.Cell cell = line.cell("#" + rate).orElseThrow();
            IndicatorRow own = as("lanhdao", "LANH_DAO", () -> dashboard.indicatorList("2020-2025", unit)).stream()
                    .filter(r -> r.indicatorId() == rate).findFirst().orElseThrow();
            assertThat(cell.verdict()).as(line.unit().code()).isEqualTo(own.assessment().verdict());
            assertThat(cell.explanation()).as(line.unit().code())
                    .isEqualTo(own.assessment().evaluation().explanation());
            assertThat(cell.figure()).as(line.unit().code()).isEqualTo(own.latestValue());
            assertThat(cell.figurePeriod()).as(line.unit().code()).isEqualTo(own.latestPeriod());
            assertThat(line.entered()).as("a figure for 2025").isEqualTo(1);
        }
        UnitLine firstLine = overview.units().stream().filter(l -> l.unit().id() == first).findFirst().orElseThrow();
        assertThat(firstLine.cell("#" + rate).orElseThrow().figure()).as("the official figure, not its estimate")
                .isEqualTo("80%");
    }

    private long insertUnit(String code, String name, String kind, Long parent) {
        jdbc.sql("INSERT INTO org_unit (code, name, kind, parent_id) VALUES (?, ?, ?, ?)")
                .params(code, name, kind, parent).update();
        return unit(code);
    }

    private long sharedIndicator(String name, String measure, String target) {
        jdbc.sql("""
                        INSERT INTO indicator (term_id, sector, applies_to_kind, name, unit, target_text, sort_order)
                        SELECT id, 'KINH_TE', 'XA', ?, ?, ?, 0 FROM term WHERE code = '2020-2025'""")
                .params(name, measure, target).update();
        return jdbc.sql("SELECT id FROM indicator WHERE name = ?").param(name).query(Long.class).single();
    }

    private void figure(long indicator, long unit, String kind, int year, int part, boolean estimate, String text) {
        var now = java.sql.Timestamp.from(Instant.now());
        jdbc.sql("""
                        INSERT INTO data_value (indicator_id, org_unit_id, period_kind, period_year_from,
                            period_year_to, period_part, estimate, value_text, created_by, created_at, updated_by,
                            updated_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'test', ?, 'test', ?)""")
                .params(indicator, unit, kind, year, year, part, estimate, text, now, now).update();
    }

    private void figure(long indicator, long unit, String text) {
        var now = java.sql.Timestamp.from(Instant.now());
        jdbc.sql("""
                        INSERT INTO data_value (indicator_id, org_unit_id, period_kind, period_year_from,
                            period_year_to, value_text, created_by, created_at, updated_by, updated_at)
                        VALUES (?, ?, 'YEAR', 2025, 2025, ?, 'test', ?, 'test', ?)""")
                .params(indicator, unit, text, now, now).update();
    }
}
