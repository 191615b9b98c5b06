package vn.chitieu.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.chitieu.TestAccounts.as;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.jdbc.core.mapping.AggregateReference;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;
import vn.chitieu.IntegrationTest;
import vn.chitieu.TestAccounts;
import vn.chitieu.dashboard.DashboardService;
import vn.chitieu.dashboard.IndicatorRow;
import vn.chitieu.datavalue.DataValueService;
import vn.chitieu.datavalue.EntryService;
import vn.chitieu.datavalue.Period;
import vn.chitieu.evaluation.Assessments;
import vn.chitieu.evaluation.ResultParser;
import vn.chitieu.evaluation.Targets;
import vn.chitieu.evaluation.Verdict;
import vn.chitieu.orgunit.OrgUnitKind;
import vn.chitieu.overview.UnitsOverview;
import vn.chitieu.overview.UnitsOverviewService;
import vn.chitieu.report.Appendix;
import vn.chitieu.report.ReportService;

/**
 * A shared catalogue: a city assigns indicators to its communes; each commune reports them against the city's target
 * or its own, and nobody else can write them.
 */
@IntegrationTest
@Transactional
class SharedCatalogueTest {

    @Autowired
    IndicatorService indicators;
    @Autowired
    DashboardService dashboard;
    @Autowired
    DataValueService values;
    @Autowired
    EntryService entries;
    @Autowired
    UnitsOverviewService overviews;
    @Autowired
    ReportService reports;
    @Autowired
    JdbcClient jdbc;

    long city;
    long first;
    long second;
    long ward;
    long elsewhere;
    long insurance;

    @BeforeEach
    void aCityWithTwoCommunesAWardAndACommuneOfAnotherCity() {
        city = unit("tp-thu", "Thành phố Thử", "THANH_PHO", null);
        first = unit("xa-thu-mot", "Xã Thử Một", "XA", city);
        second = unit("xa-thu-hai", "Xã Thử Hai", "XA", city);
        ward = unit("phuong-thu", "Phường Thử", "PHUONG", city);
        long otherCity = unit("tp-khac", "Thành phố Khác", "THANH_PHO", null);
        elsewhere = unit("xa-khac", "Xã Khác", "XA", otherCity);
        insurance = shared("Tỷ lệ người dân tham gia BHYT (thử)", "%", "trên 95%", "XA", city);
        // the second commune aims higher than the city asks
        unitTarget(insurance, second, "trên 98%");
        figure(insurance, first, "96,5%");
        figure(insurance, second, "96,5%");
        TestAccounts.assign(jdbc, city, "lanhdao");
    }

    @Test
    void a_shared_indicator_applies_to_the_units_of_its_kind_below_the_unit_that_assigned_it() {
        long everywhere = shared("Số xã đạt chuẩn nông thôn mới (thử)", "xã", null, "XA", null);

        List<SharedAssignment> assigned = as("quantri", "QUAN_TRI",
                () -> indicators.sharedAssignments(term(), List.of(first, second, ward, elsewhere)));

        assertThat(assigned.stream().filter(a -> a.indicatorId() == insurance).map(SharedAssignment::unitId))
                .containsExactlyInAnyOrder(first, second);
        assertThat(assigned.stream().filter(a -> a.indicatorId() == insurance))
                .allMatch(a -> "Thành phố Thử".equals(a.ownerName()));
        // assigned by no unit: every commune, as before owners existed
        assertThat(assigned.stream().filter(a -> a.indicatorId() == everywhere).map(SharedAssignment::unitId))
                .containsExactlyInAnyOrder(first, second, elsewhere);
        // communes with no catalogue of their own are offered on the dashboard for what they were assigned
        assertThat(as("lanhdao", "LANH_DAO", () -> dashboard.unitsWithIndicators("2020-2025")))
                .extracting(DashboardService.UnitChoice::code).contains("xa-thu-mot", "xa-thu-hai")
                .doesNotContain("phuong-thu", "xa-khac");
    }

    @Test
    void a_figure_of_a_shared_indicator_is_refused_for_a_unit_of_another_kind_or_below_another_parent() {
        Indicator indicator = as("quantri", "QUAN_TRI", () -> indicators.findById(insurance)).orElseThrow();

        for (long unit : List.of(ward, elsewhere)) {
            List<String> refusals = as("quantri", "QUAN_TRI", () -> values.refusals(indicator, unit,
                    Period.year(2025), "97%", null, "lý do", "giải pháp"));
            assertThat(refusals).singleElement().asString()
                    .startsWith("Chỉ tiêu chung \"Tỷ lệ người dân tham gia BHYT (thử)\" áp dụng cho các xã thuộc "
                            + "Thành phố Thử, không áp dụng cho ");
        }
        assertThat(as("quantri", "QUAN_TRI", () -> values.refusals(indicator, first, Period.year(2025), "97%",
                null, "lý do", "giải pháp"))).noneMatch(r -> r.contains("không áp dụng"));
    }

    @Test
    void the_units_own_target_wins_over_the_shared_one_and_the_verdict_is_the_engines() {
        IndicatorRow atFirst = row(first);
        IndicatorRow atSecond = row(second);

        assertThat(atFirst.targetText()).isEqualTo("trên 95%");
        assertThat(atSecond.targetText()).isEqualTo("trên 98%");
        assertThat(atSecond.sharedLabel()).isEqualTo("Chỉ tiêu chung của Thành phố Thử");
        // the dashboard as of a period says the same
        assertThat(as("lanhdao", "LANH_DAO", () -> dashboard.overview("2020-2025", second, Period.year(2025)))
                .rows()).filteredOn(r -> r.indicatorId() == insurance).singleElement()
                .satisfies(r -> assertThat(r.targetText()).isEqualTo("trên 98%"));
        // the same 96,5%: met against the city's 95%, missed against the commune's own 98%
        assertThat(atFirst.assessment().verdict()).isEqualTo(Verdict.DAT).isEqualTo(engine("trên 95%", "96,5%"));
        assertThat(atSecond.assessment().verdict()).isEqualTo(Verdict.KHONG_DAT)
                .isEqualTo(engine("trên 98%", "96,5%"));
        // the write check judges against the unit's target too
        Indicator indicator = as("quantri", "QUAN_TRI", () -> indicators.findById(insurance)).orElseThrow();
        assertThat(as("quantri", "QUAN_TRI", () -> values.check(indicator, "96,5%", null, null, Period.year(2025),
                second)).evaluation().verdict()).isEqualTo(Verdict.KHONG_DAT);
        assertThat(as("quantri", "QUAN_TRI", () -> values.check(indicator, "96,5%", null, null, Period.year(2025),
                first)).evaluation().verdict()).isEqualTo(Verdict.DAT);
    }

    @Test
    void the_units_overview_judges_each_commune_against_its_own_target() {
        UnitsOverview overview = as("lanhdao", "LANH_DAO", () -> overviews.overview("2020-2025", city,
                Period.year(2025)));

        assertThat(overview.columns()).singleElement().satisfies(c -> assertThat(c.shared()).isTrue());
        assertThat(overview.units()).extracting(line -> line.unit().code())
                .containsExactlyInAnyOrder("xa-thu-mot", "xa-thu-hai", "phuong-thu");
        assertThat(cell(overview, "xa-thu-mot")).isEqualTo(Verdict.DAT);
        assertThat(cell(overview, "xa-thu-hai")).isEqualTo(Verdict.KHONG_DAT);
        // the ward is of another kind: the city's indicator for communes is not its
        assertThat(overview.units().stream().filter(l -> l.unit().code().equals("phuong-thu")).findFirst()
                .orElseThrow().cell("#" + insurance)).isEmpty();
    }

    @Test
    void the_entry_sheet_and_the_appendix_carry_the_shared_indicator_with_the_units_target() {
        var sheet = as("quantri", "QUAN_TRI", () -> entries.sheet(term(), second, Period.year(2025)));
        assertThat(sheet).singleElement().satisfies(r -> {
            assertThat(r.indicator().id()).isEqualTo(insurance);
            assertThat(r.indicator().targetText()).isEqualTo("trên 98%");
            assertThat(r.official()).isNotNull();
        });
        assertThat(as("quantri", "QUAN_TRI", () -> entries.sheet(term(), ward, Period.year(2025)))).isEmpty();

        Appendix appendix = as("lanhdao", "LANH_DAO", () -> reports.termAppendix("2020-2025", second));
        String text = appendix.tables().stream().flatMap(t -> t.lines().stream()).flatMap(l -> l.cells().stream())
                .map(Appendix.Cell::text).reduce("", (a, b) -> a + "|" + b);
        assertThat(text).contains("Tỷ lệ người dân tham gia BHYT (thử)", "trên 98%", "96,5%");
    }

    @Test
    void a_citys_administrator_assigns_a_shared_indicator_to_its_communes_with_the_catalogues_checks() {
        Indicator draft = new Indicator(null, AggregateReference.to(term().id()), Sector.VAN_HOA_XA_HOI, null,
                OrgUnitKind.XA, null, "Tỷ lệ hộ nghèo đa chiều (thử)", "%", null, "dưới 1%", null, null, 5, null,
                Set.of(), 0);

        Indicator saved = as("quantri", "QUAN_TRI", () -> indicators.saveShared(draft, city));

        assertThat(as("lanhdao", "LANH_DAO", () -> indicators.sharedBy(term(), city))).extracting(Indicator::name)
                .contains("Tỷ lệ hộ nghèo đa chiều (thử)", "Tỷ lệ người dân tham gia BHYT (thử)");
        assertThat(saved.target()).isNotNull();
        assertThat(as("quantri", "QUAN_TRI", () -> indicators.sharedAssignments(term(), List.of(first, ward))))
                .filteredOn(a -> a.indicatorId() == saved.id()).extracting(SharedAssignment::unitId)
                .containsExactly(first);
        assertThat(audits("CHI_TIEU_CHUNG_THEM", saved.id())).isEqualTo(1);
        // a city has no city below it; a target the engine cannot read is refused as in the catalogue
        Indicator cities = new Indicator(null, AggregateReference.to(term().id()), Sector.KINH_TE, null,
                OrgUnitKind.THANH_PHO, null, "Chỉ tiêu cho thành phố (thử)", "%", null, "trên 5%", null, null, 6, null,
                Set.of(), 0);
        assertThatThrownBy(() -> as("quantri", "QUAN_TRI", () -> indicators.saveShared(cities, city)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("không có cấp thành phố bên dưới");
        assertThatThrownBy(() -> as("lanhdao", "LANH_DAO", () -> indicators.saveShared(draft, city)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_units_own_target_is_read_by_the_engine_written_over_the_version_seen_and_cleared() {
        UnitTarget own = as("quantri", "QUAN_TRI", () -> indicators.setUnitTarget(insurance, first, "trên 97%", 0))
                .orElseThrow();

        assertThat(own.form().value()).isEqualByComparingTo("97");
        assertThat(own.setBy()).isEqualTo("quantri");
        assertThat(row(first).targetText()).isEqualTo("trên 97%");
        assertThat(row(first).assessment().verdict()).isEqualTo(Verdict.KHONG_DAT);
        assertThat(audits("MUC_TIEU_RIENG_THEM", own.id())).isEqualTo(1);
        assertThatThrownBy(() -> as("quantri", "QUAN_TRI",
                () -> indicators.setUnitTarget(insurance, first, "trên 96%", own.version() + 1)))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThatThrownBy(() -> as("quantri", "QUAN_TRI", () -> indicators.setUnitTarget(insurance, ward, "trên 96%",
                0))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Chỉ tiêu \"Tỷ lệ người dân tham gia BHYT (thử)\" không phải chỉ tiêu chung giao cho "
                        + "Phường Thử");
        assertThatThrownBy(() -> as("lanhdao", "LANH_DAO",
                () -> indicators.setUnitTarget(insurance, first, "trên 96%", own.version())))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(as("quantri", "QUAN_TRI", () -> indicators.setUnitTarget(insurance, first, " ", own.version())))
                .isEmpty();
        assertThat(row(first).targetText()).isEqualTo("trên 95%");
    }

    @Test
    void a_units_whole_catalogue_is_its_own_indicators_and_the_shared_ones_it_received_tracked_or_not() {
        long mine = own("Số hộ thoát nghèo (thử)", first, true);
        long dropped = own("Số km đường giao thông nông thôn (thử)", first, false);
        long theirs = own("Số hộ thoát nghèo (thử)", second, true);
        long droppedShared = shared("Tỷ lệ hộ dùng nước sạch (thử)", "%", "trên 90%", "XA", city);
        jdbc.sql("UPDATE indicator SET active = FALSE WHERE id = ?").param(droppedShared).update();
        long forWards = shared("Tỷ lệ tuyến phố văn minh (thử)", "%", "trên 80%", "PHUONG", city);

        List<Indicator> catalogue = as("quantri", "QUAN_TRI", () -> indicators.catalogueOfUnit(term(), first));

        // the second commune's indicator of the same name, and the one for wards, stay out
        assertThat(catalogue).extracting(Indicator::id)
                .containsExactlyInAnyOrder(mine, dropped, insurance, droppedShared)
                .doesNotContain(theirs, forWards);
        // the dashboards' read keeps to the tracked ones
        assertThat(as("quantri", "QUAN_TRI", () -> indicators.indicatorsOfUnit(term(), first)))
                .extracting(Indicator::id).containsExactlyInAnyOrder(mine, insurance);
        // a shared indicator comes with the unit's own target
        assertThat(as("quantri", "QUAN_TRI", () -> indicators.catalogueOfUnit(term(), second)))
                .filteredOn(i -> i.id() == insurance).singleElement().extracting(Indicator::targetText)
                .isEqualTo("trên 98%");
        TestAccounts.assign(jdbc, elsewhere, "canbo");
        assertThatThrownBy(() -> as("canbo", "CAN_BO", () -> indicators.catalogueOfUnit(term(), first)))
                .isInstanceOf(AccessDeniedException.class);
    }

    private long own(String name, long unit, boolean active) {
        jdbc.sql("""
                        INSERT INTO indicator (term_id, sector, org_unit_id, name, unit, target_text, sort_order, active)
                        SELECT id, 'KINH_TE', ?, ?, 'hộ', 'trên 10 hộ', 1, ? FROM term WHERE code = '2020-2025'""")
                .params(unit, name, active).update();
        return jdbc.sql("SELECT id FROM indicator WHERE name = ? AND org_unit_id = ?").params(name, unit)
                .query(Long.class).single();
    }

    private int audits(String action, long entityId) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = ? AND entity_id = ?")
                .params(action, entityId).query(Integer.class).single();
    }

    private IndicatorRow row(long unit) {
        return as("lanhdao", "LANH_DAO", () -> dashboard.indicatorList("2020-2025", unit)).stream()
                .filter(r -> r.indicatorId() == insurance).findFirst().orElseThrow();
    }

    private static Verdict engine(String target, String figure) {
        var reading = Targets.read(target, "%", "BHYT", null, null, null).value();
        return Assessments.judgeFigure(reading, ResultParser.parse(figure, "%", reading).orElseThrow(), "%", false)
                .verdict();
    }

    private Verdict cell(UnitsOverview overview, String code) {
        return overview.units().stream().filter(l -> l.unit().code().equals(code)).findFirst().orElseThrow()
                .cell("#" + insurance).orElseThrow().verdict();
    }

    private Term term() {
        return as("quantri", "QUAN_TRI", () -> indicators.requireTerm("2020-2025"));
    }

    private long unit(String code, String name, String kind, Long parent) {
        jdbc.sql("INSERT INTO org_unit (code, name, kind, parent_id) VALUES (?, ?, ?, ?)")
                .params(code, name, kind, parent).update();
        return jdbc.sql("SELECT id FROM org_unit WHERE code = ?").param(code).query(Long.class).single();
    }

    private long shared(String name, String measure, String target, String kind, Long owner) {
        jdbc.sql("""
                        INSERT INTO indicator (term_id, sector, applies_to_kind, owner_unit_id, name, unit, target_text,
                                               sort_order)
                        SELECT id, 'VAN_HOA_XA_HOI', ?, ?, ?, ?, ?, 0 FROM term WHERE code = '2020-2025'""")
                .params(kind, owner, name, measure, target).update();
        return jdbc.sql("SELECT id FROM indicator WHERE name = ?").param(name).query(Long.class).single();
    }

    private void unitTarget(long indicator, long unit, String text) {
        jdbc.sql("""
                        INSERT INTO unit_target (indicator_id, org_unit_id, target_text, set_by, set_at)
                        VALUES (?, ?, ?, 'test', ?)""")
                .params(indicator, unit, text, java.sql.Timestamp.from(Instant.now())).update();
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
