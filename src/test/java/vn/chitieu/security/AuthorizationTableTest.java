package vn.chitieu.security;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chitieu.TestAccounts.as;
import static org.assertj.core.api.Assertions.fail;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.LongFunction;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.jdbc.core.mapping.AggregateReference;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chitieu.IntegrationTest;
import vn.chitieu.audit.AuditService;
import vn.chitieu.dashboard.DashboardService;
import vn.chitieu.dashboard.LiveUpdates;
import vn.chitieu.dataimport.ImportService;
import vn.chitieu.datavalue.CarryOverService;
import vn.chitieu.datavalue.DataValue;
import vn.chitieu.datavalue.DataValueService;
import vn.chitieu.datavalue.EntryService;
import vn.chitieu.datavalue.Period;
import vn.chitieu.indicator.Indicator;
import vn.chitieu.indicator.IndicatorService;
import vn.chitieu.indicator.Term;
import vn.chitieu.orgunit.OrgUnitKind;
import vn.chitieu.orgunit.OrgUnitService;
import vn.chitieu.overview.UnitsOverviewService;

/**
 * Every public method of every service, called as each role on the person's own unit (Tam Kỳ, where the demo accounts
 * work) and on another unit (Phổ Hòa): allowed or denied as the rules say. A public service method with no rule here,
 * or without {@code @PreAuthorize}, fails the test: a new door cannot be added unguarded.
 */
@IntegrationTest
@Transactional
class AuthorizationTableTest {

    /** Who may call, and on which unit. */
    enum Rule {
        /** Any signed-in person, whatever the unit (reference data, their own account, computations). */
        SIGNED_IN,
        /** Administrators only. */
        ADMIN,
        /** Staff and administrators, no unit involved (the unit is checked per row, see WRITE_UNIT). */
        STAFF_OR_ADMIN,
        /** Read a unit's figures: anyone whose reach has the unit; administrators every unit. */
        READ_UNIT,
        /** Write a unit's figures: staff of that unit, administrators every unit. */
        WRITE_UNIT,
        /** Close or reopen a unit's period: leaders of that unit only. */
        LEAD_UNIT,
        /** People, not the wall screen's read-only account (an API token is a key to act as a person). */
        PEOPLE,
        /** Reports of a unit: people (not the wall screen) whose reach has the unit; administrators every unit. */
        REPORT_UNIT;

        boolean allows(String role, boolean ownUnit) {
            return switch (this) {
                case SIGNED_IN -> true;
                case ADMIN -> role.equals("QUAN_TRI");
                case STAFF_OR_ADMIN -> role.equals("QUAN_TRI") || role.equals("CAN_BO");
                case READ_UNIT -> role.equals("QUAN_TRI") || ownUnit;
                case WRITE_UNIT -> role.equals("QUAN_TRI") || role.equals("CAN_BO") && ownUnit;
                case LEAD_UNIT -> role.equals("LANH_DAO") && ownUnit;
                case PEOPLE -> !role.equals("TRINH_CHIEU");
                case REPORT_UNIT -> !role.equals("TRINH_CHIEU") && (role.equals("QUAN_TRI") || ownUnit);
            };
        }
    }

    record Case(Rule rule, LongFunction<Object> call) {
    }

    static final Map<String, String> ACCOUNTS = Map.of("QUAN_TRI", "quantri", "LANH_DAO", "lanhdao", "CAN_BO", "canbo",
            "TRINH_CHIEU", "trinhchieu");

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DashboardService dashboard;
    @Autowired
    DataValueService values;
    @Autowired
    EntryService entries;
    @Autowired
    ImportService imports;
    @Autowired
    vn.chitieu.dataimport.ExportService exports;
    @Autowired
    IndicatorService indicators;
    @Autowired
    OrgUnitService units;
    @Autowired
    CarryOverService carryOver;
    @Autowired
    AuditService audit;
    @Autowired
    UserService users;
    @Autowired
    LiveUpdates live;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    vn.chitieu.resolution.ResolutionService resolutions;
    @Autowired
    UnitsOverviewService overviews;
    @Autowired
    vn.chitieu.report.ReportService reports;

    private long unit(String code) {
        return jdbc.sql("SELECT id FROM org_unit WHERE code = ?").param(code).query(Long.class).single();
    }

    /** An indicator of the unit: for Tam Kỳ the running term's (11), for Phổ Hòa one of its own. */
    private long indicatorOf(long unitId) {
        return jdbc.sql("""
                        SELECT i.id FROM indicator i JOIN term t ON t.id = i.term_id WHERE i.org_unit_id = ?
                        ORDER BY t.status = 'OPEN' DESC, i.number = '11' DESC, i.id LIMIT 1""")
                .param(unitId).query(Long.class).single();
    }

    private long valueOf(long unitId) {
        return jdbc.sql("SELECT MIN(id) FROM data_value WHERE org_unit_id = ?").param(unitId).query(Long.class).single();
    }

    private Indicator indicator(long unitId) {
        return as("quantri", "QUAN_TRI", () -> indicators.findById(indicatorOf(unitId)).orElseThrow());
    }

    private Term term(String code) {
        return as("quantri", "QUAN_TRI", () -> indicators.requireTerm(code));
    }

    private static String csv(String unitName) {
        return "don_vi,nhiem_ky,linh_vuc,ma,chi_tieu,dvt,muc_tieu,ky,ket_qua\n" + unitName
                + ",2025-2030,Văn hóa - Xã hội,11,Tỷ lệ dân số tham gia bảo hiểm y tế,%,,2027,\"99,5%\"\n";
    }

    private String nameOf(long unitId) {
        return jdbc.sql("SELECT name FROM org_unit WHERE id = ?").param(unitId).query(String.class).single();
    }

    /** The rules, keyed "Service#method/parameter count". */
    private Map<String, Case> table() {
        Period q = Period.parse("2027-Q1");
        Map<String, Case> t = new LinkedHashMap<>();
        // dashboard: reading a unit's figures
        t.put("UserService#requireReadable/1", new Case(Rule.READ_UNIT, u -> users.requireReadable(u)));
        t.put("DashboardService#periods/3", new Case(Rule.READ_UNIT, u -> dashboard.periods("2025-2030", u, 2026)));
        t.put("DashboardService#unitsWithIndicators/1", new Case(Rule.SIGNED_IN,
                u -> dashboard.unitsWithIndicators("2025-2030")));
        t.put("DashboardService#unitChoices/4", new Case(Rule.SIGNED_IN,
                u -> dashboard.unitChoices("2025-2030", "tam", 0, 50)));
        t.put("DashboardService#countUnitChoices/2", new Case(Rule.SIGNED_IN,
                u -> dashboard.countUnitChoices("2025-2030", "")));
        t.put("DashboardService#unitChoice/2", new Case(Rule.SIGNED_IN, u -> dashboard.unitChoice("2025-2030", null)));
        t.put("DashboardService#unitShown/3", new Case(Rule.SIGNED_IN,
                u -> dashboard.unitShown("2025-2030", null, null)));
        t.put("DashboardService#sharedIndicator/1", new Case(Rule.SIGNED_IN, u -> dashboard.sharedIndicator(u)));
        t.put("DashboardService#indicatorList/2", new Case(Rule.READ_UNIT, u -> dashboard.indicatorList("2020-2025", u)));
        t.put("DashboardService#overview/2", new Case(Rule.READ_UNIT, u -> dashboard.overview("2020-2025", u)));
        t.put("DashboardService#overview/3", new Case(Rule.READ_UNIT,
                u -> dashboard.overview("2025-2030", u, Period.quarter(2026, 3))));
        t.put("DashboardService#indicatorDetail/1", new Case(Rule.READ_UNIT,
                u -> dashboard.indicatorDetail(indicatorOf(u))));
        t.put("DashboardService#indicatorDetail/2", new Case(Rule.READ_UNIT,
                u -> dashboard.indicatorDetail(indicatorOf(u), u)));
        t.put("DashboardService#wardComparison/2", new Case(Rule.READ_UNIT,
                u -> dashboard.wardComparison("2020-2025", u)));
        t.put("UnitsOverviewService#parents/3", new Case(Rule.SIGNED_IN, u -> overviews.parents("", 0, 50)));
        t.put("EntryService#sheetUnits/3", new Case(Rule.STAFF_OR_ADMIN, u -> entries.sheetUnits("", 0, 50)));
        t.put("EntryService#countSheetUnits/1", new Case(Rule.STAFF_OR_ADMIN, u -> entries.countSheetUnits("")));
        t.put("EntryService#sheetUnit/1", new Case(Rule.STAFF_OR_ADMIN, u -> entries.sheetUnit(null)));
        t.put("UnitsOverviewService#countParents/1", new Case(Rule.SIGNED_IN, u -> overviews.countParents("")));
        t.put("UnitsOverviewService#parent/1", new Case(Rule.SIGNED_IN, u -> overviews.parent(null)));
        t.put("UnitsOverviewService#overview/3", new Case(Rule.READ_UNIT, u -> overviews.overview("2020-2025", u, null)));
        t.put("ReportService#yearAppendix/2", new Case(Rule.REPORT_UNIT, u -> reports.yearAppendix(u, 2024)));
        t.put("ReportService#termAppendix/2", new Case(Rule.REPORT_UNIT, u -> reports.termAppendix("2020-2025", u)));
        t.put("ReportService#render/3", new Case(Rule.PEOPLE, u -> reports.render(as("quantri", "QUAN_TRI",
                () -> reports.termAppendix("2020-2025", u)), vn.chitieu.report.ReportFormat.XLSX, null)));
        t.put("LiveUpdates#register/1", new Case(Rule.SIGNED_IN, u -> {
            live.register(change -> { }).run();
            return null;
        }));
        // figures
        t.put("DataValueService#check/6", new Case(Rule.SIGNED_IN,
                u -> values.check(indicator(u), "99%", null, null, q, u)));
        t.put("DataValueService#refusals/7", new Case(Rule.SIGNED_IN,
                u -> values.refusals(indicator(u), u, q, "99%", null, null, null)));
        t.put("DataValueService#requireWritable/2", new Case(Rule.WRITE_UNIT, u -> {
            values.requireWritable(indicator(u), u);
            return null;
        }));
        t.put("DataValueService#save/1", new Case(Rule.WRITE_UNIT, u -> values.save(DataValue.draft(indicatorOf(u), u, q,
                false, "99,5%", null, null, null).withExplanation("Đính chính theo văn bản", "Theo dõi"))));
        t.put("DataValueService#versionsOf/1", new Case(Rule.READ_UNIT, u -> values.versionsOf(valueOf(u))));
        t.put("DataValueService#find/4", new Case(Rule.READ_UNIT, u -> values.find(indicatorOf(u), u, q, false)));
        t.put("DataValueService#historyOf/1", new Case(Rule.READ_UNIT, u -> values.historyOf(indicatorOf(u))));
        t.put("DataValueService#historyOf/2", new Case(Rule.READ_UNIT, u -> values.historyOf(indicatorOf(u), u)));
        // lock state is not a figure: any signed-in person may know a period is closed
        t.put("DataValueService#isLocked/2", new Case(Rule.SIGNED_IN, u -> values.isLocked(u, q)));
        t.put("DataValueService#lockOf/2", new Case(Rule.SIGNED_IN, u -> values.lockOf(u, q)));
        t.put("DataValueService#lock/2", new Case(Rule.LEAD_UNIT, u -> values.lock(u, Period.parse("2029-Q2"))));
        t.put("DataValueService#reopen/4", new Case(Rule.LEAD_UNIT,
                u -> values.reopen(u, Period.parse("2029-Q3"), "Sửa số liệu theo kết luận kiểm tra", 24)));
        t.put("EntryService#sheet/3", new Case(Rule.READ_UNIT, u -> entries.sheet(term("2025-2030"), u, q)));
        t.put("EntryService#check/4", new Case(Rule.SIGNED_IN, u -> entries.check(indicator(u), "99%", null, null)));
        t.put("EntryService#check/6", new Case(Rule.SIGNED_IN,
                u -> entries.check(indicator(u), "99%", null, null, q, u)));
        t.put("EntryService#saveAll/1", new Case(Rule.WRITE_UNIT, u -> entries.saveAll(List.of(new EntryService.Entry(
                indicatorOf(u), u, q, false, "99,5%", null, "Đính chính theo văn bản", "Theo dõi", null, 0)))));
        t.put("EntryService#owed/0", new Case(Rule.STAFF_OR_ADMIN, u -> entries.owed()));
        t.put("ImportService#preview/2", new Case(Rule.STAFF_OR_ADMIN,
                u -> imports.preview(csv(nameOf(u)).getBytes(java.nio.charset.StandardCharsets.UTF_8), "x.csv")));
        t.put("ImportService#commit/2", new Case(Rule.WRITE_UNIT,
                u -> imports.commit(csv(nameOf(u)).getBytes(java.nio.charset.StandardCharsets.UTF_8), "x.csv")));
        t.put("ExportService#export/2", new Case(Rule.REPORT_UNIT, u -> exports.export("2020-2025", nameOf(u))));
        t.put("CarryOverService#preview/4", new Case(Rule.ADMIN, u -> carryOver.preview("2020-2025", "2025-2030", u,
                false)));
        t.put("CarryOverService#copy/4", new Case(Rule.ADMIN, u -> carryOver.copy("2020-2025", "2025-2030", u, false)));
        // catalogue and units: reference data anyone signed in reads; only administrators change it
        t.put("IndicatorService#terms/0", new Case(Rule.SIGNED_IN, u -> indicators.terms()));
        t.put("IndicatorService#term/1", new Case(Rule.SIGNED_IN, u -> indicators.term("2025-2030")));
        t.put("IndicatorService#openTerm/0", new Case(Rule.SIGNED_IN, u -> indicators.openTerm()));
        t.put("IndicatorService#requireTerm/1", new Case(Rule.SIGNED_IN, u -> indicators.requireTerm("2025-2030")));
        t.put("IndicatorService#indicatorsOf/1", new Case(Rule.SIGNED_IN, u -> indicators.indicatorsOf(term("2025-2030"))));
        t.put("IndicatorService#activeIndicatorsOf/1", new Case(Rule.SIGNED_IN,
                u -> indicators.activeIndicatorsOf(term("2025-2030"))));
        t.put("IndicatorService#indicatorsOfUnit/2", new Case(Rule.READ_UNIT,
                u -> indicators.indicatorsOfUnit(term("2025-2030"), u)));
        t.put("IndicatorService#catalogueOfUnit/2", new Case(Rule.READ_UNIT,
                u -> indicators.catalogueOfUnit(term("2025-2030"), u)));
        t.put("IndicatorService#firstUnitWithCatalogue/1", new Case(Rule.SIGNED_IN,
                u -> indicators.firstUnitWithCatalogue(term("2025-2030"))));
        // units out of reach are left out of the answer, not refused: a parent's overview asks for all its units
        t.put("IndicatorService#sharedAssignments/2", new Case(Rule.SIGNED_IN,
                u -> indicators.sharedAssignments(term("2025-2030"), List.of(u))));
        t.put("IndicatorService#forUnit/2", new Case(Rule.SIGNED_IN, u -> indicators.forUnit(indicator(u), u)));
        t.put("IndicatorService#sharedBy/2", new Case(Rule.READ_UNIT, u -> indicators.sharedBy(term("2025-2030"), u)));
        t.put("IndicatorService#saveShared/2", new Case(Rule.ADMIN, u -> indicators.saveShared(new Indicator(null,
                AggregateReference.to(term("2025-2030").id()), vn.chitieu.indicator.Sector.KINH_TE, null,
                OrgUnitKind.KHOI_PHO, null, "Chỉ tiêu chung kiểm tra quyền", "%", null, "trên 5%", null, null, 99, null,
                Set.of(), 0), u)));
        // a unit that has no shared indicator: administrators get the Vietnamese refusal, others are denied first
        t.put("IndicatorService#setUnitTarget/4", new Case(Rule.ADMIN, u -> {
            try {
                return indicators.setUnitTarget(indicatorOf(u), u, "trên 5%", 0);
            } catch (IllegalArgumentException notShared) {
                return null;
            }
        }));
        t.put("IndicatorService#inactiveIds/1", new Case(Rule.SIGNED_IN, u -> indicators.inactiveIds(term("2025-2030"))));
        t.put("IndicatorService#deactivate/2", new Case(Rule.ADMIN, u -> {
            indicators.deactivate(indicatorOf(u), "Kiểm tra quyền");
            return null;
        }));
        t.put("IndicatorService#reactivate/1", new Case(Rule.ADMIN, u -> {
            indicators.reactivate(indicatorOf(u));
            return null;
        }));
        t.put("IndicatorService#findById/1", new Case(Rule.READ_UNIT, u -> indicators.findById(indicatorOf(u))));
        t.put("IndicatorService#save/1", new Case(Rule.ADMIN, u -> indicators.save(indicator(u))));
        // a year's plan: checked by anyone (the check says who may write it), written like a unit's figures
        t.put("IndicatorService#checkPlan/3", new Case(Rule.SIGNED_IN, u -> indicators.checkPlan(indicator(u), 2027,
                "99%")));
        t.put("IndicatorService#savePlan/3", new Case(Rule.WRITE_UNIT, u -> indicators.savePlan(indicatorOf(u), 2027,
                "99%")));
        t.put("IndicatorService#recordStatedMissed/4", new Case(Rule.ADMIN, u -> {
            indicators.recordStatedMissed(u, term("2020-2025"), 1, vn.chitieu.base.Source.NONE);
            return null;
        }));
        // the catalogue from a resolution's text: reading it is reading the unit's catalogue; writing it, administrators
        t.put("ResolutionService#preview/3", new Case(Rule.READ_UNIT,
                u -> resolutions.preview("(1) Tỷ lệ hộ nghèo dưới 1%", "2025-2030", u)));
        t.put("ResolutionService#save/3", new Case(Rule.ADMIN, u -> resolutions.save("2025-2030", u,
                resolutions.preview("(1) Tỷ lệ hộ nghèo dưới 1%", "2025-2030", u))));
        t.put("OrgUnitService#findAll/0", new Case(Rule.SIGNED_IN, u -> units.findAll()));
        t.put("OrgUnitService#findById/1", new Case(Rule.SIGNED_IN, u -> units.findById(u)));
        t.put("OrgUnitService#findByCode/1", new Case(Rule.SIGNED_IN, u -> units.findByCode("tam-ky")));
        t.put("OrgUnitService#count/0", new Case(Rule.SIGNED_IN, u -> units.count()));
        t.put("OrgUnitService#predecessorsOf/1", new Case(Rule.SIGNED_IN,
                u -> units.predecessorsOf(units.findById(u).orElseThrow())));
        // filtered to the person's reach, never refused (what each person gets: UnitsApiTest)
        t.put("OrgUnitService#readableUnits/0", new Case(Rule.SIGNED_IN, u -> units.readableUnits()));
        t.put("OrgUnitService#assignable/4", new Case(Rule.ADMIN, u -> units.assignable(true, "", 0, 50)));
        t.put("OrgUnitService#countAssignable/2", new Case(Rule.ADMIN, u -> units.countAssignable(true, "")));
        t.put("OrgUnitService#assignableUnit/2", new Case(Rule.ADMIN, u -> units.assignableUnit(true, u)));
        t.put("OrgUnitService#assignableUnitByCode/2", new Case(Rule.ADMIN,
                u -> units.assignableUnitByCode(true, "tam-ky")));
        t.put("OrgUnitService#option/1", new Case(Rule.ADMIN, u -> units.option(u)));
        t.put("OrgUnitService#save/1", new Case(Rule.ADMIN, u -> units.save(units.findById(u).orElseThrow())));
        // the units screen: harmless on the demo's units (a no-op rename, a refused merger and deletion, a far-off end
        // undone by the reactivation that follows)
        t.put("OrgUnitService#create/1", new Case(Rule.ADMIN, u -> units.create(new OrgUnitService.NewUnit(
                "thu-khoi-pho-" + u, "Khối phố Thử", OrgUnitKind.KHOI_PHO, u, null))));
        t.put("OrgUnitService#rename/2", new Case(Rule.ADMIN, u -> units.rename(u, nameOf(u))));
        t.put("OrgUnitService#setParent/2", new Case(Rule.ADMIN, u -> units.setParent(u, null)));
        t.put("OrgUnitService#update/3", new Case(Rule.ADMIN, u -> units.update(u, nameOf(u), null)));
        t.put("OrgUnitService#merge/1", new Case(Rule.ADMIN, u -> units.merge(new OrgUnitService.Merger(
                "thu-sap-nhap-" + u, "Phường Thử", OrgUnitKind.PHUONG, null, java.time.LocalDate.of(2025, 7, 1),
                Set.of(unit("an-my"))))));
        t.put("OrgUnitService#deactivate/2", new Case(Rule.ADMIN,
                u -> units.deactivate(u, java.time.LocalDate.of(2099, 12, 31))));
        t.put("OrgUnitService#reactivate/1", new Case(Rule.ADMIN, u -> units.reactivate(u)));
        t.put("OrgUnitService#attachments/1", new Case(Rule.ADMIN, u -> units.attachments(u)));
        t.put("OrgUnitService#delete/1", new Case(Rule.ADMIN, u -> {
            units.delete(u);
            return null;
        }));
        t.put("OrgUnitService#suggestCode/1", new Case(Rule.ADMIN, u -> units.suggestCode("Phường Hòa Xuân")));
        t.put("OrgUnitService#codeProblem/1", new Case(Rule.ADMIN, u -> units.codeProblem("Tam Kỳ")));
        // the audit log: written by the services inside their own transactions, read by administrators
        t.put("AuditService#record/6", new Case(Rule.SIGNED_IN, u -> {
            audit.record("THU", "KIEM_TRA", u, null, null, null);
            return null;
        }));
        t.put("AuditService#historyOf/2", new Case(Rule.ADMIN, u -> audit.historyOf("DATA_VALUE", valueOf(u))));
        // accounts: administrators; one's own password and sessions: everyone
        t.put("UserService#create/5", new Case(Rule.ADMIN,
                u -> users.create("thu-quyen-" + u, "Thử", "mat-khau-rat-dai-2026", Role.CAN_BO, u)));
        t.put("UserService#createAccount/6", new Case(Rule.ADMIN, u -> users.createAccount("thu-tk-" + u, "Thử",
                Role.CAN_BO, u, Set.of(u), Set.of())));
        t.put("UserService#updateAccount/6", new Case(Rule.ADMIN, u -> users.updateAccount(account("trinhchieu"),
                "Màn hình trình chiếu (demo)", Role.TRINH_CHIEU, u, Set.of(u), Set.of())));
        t.put("UserService#setEnabled/2", new Case(Rule.ADMIN, u -> users.setEnabled(account("trinhchieu"), true)));
        t.put("UserService#resetPassword/1", new Case(Rule.ADMIN, u -> users.resetPassword(account("trinhchieu"))));
        t.put("UserService#unlock/1", new Case(Rule.ADMIN, u -> {
            users.unlock(account("trinhchieu"));
            return null;
        }));
        t.put("UserService#revokeSignIns/1", new Case(Rule.ADMIN, u -> {
            users.revokeSignIns(account("trinhchieu"));
            return null;
        }));
        t.put("UserService#findAll/0", new Case(Rule.ADMIN, u -> users.findAll()));
        t.put("UserService#accounts/0", new Case(Rule.ADMIN, u -> users.accounts()));
        t.put("UserService#findByUsername/1", new Case(Rule.SIGNED_IN, u -> users.findByUsername("canbo")));
        t.put("UserService#changeOwnPassword/2", new Case(Rule.SIGNED_IN, u -> {
            users.changeOwnPassword("sai-mat-khau-cu", "mat-khau-moi-rat-dai-2026");
            return null;
        }));
        t.put("UserService#passwordProblem/1", new Case(Rule.SIGNED_IN, u -> users.passwordProblem("123456")));
        t.put("UserService#mustChangePassword/0", new Case(Rule.SIGNED_IN, u -> users.mustChangePassword()));
        t.put("UserService#signOutEverywhere/0", new Case(Rule.SIGNED_IN, u -> {
            users.signOutEverywhere();
            return null;
        }));
        t.put("UserService#currentUnitId/0", new Case(Rule.SIGNED_IN, u -> users.currentUnitId()));
        t.put("UserService#currentScope/0", new Case(Rule.SIGNED_IN, u -> users.currentScope()));
        // API tokens: each person their own; revoking another's is refused inside (tested in ApiTokenTest)
        t.put("ApiTokenService#create/1", new Case(Rule.PEOPLE, u -> tokens.create("Kiểm tra quyền " + u)));
        t.put("ApiTokenService#mine/0", new Case(Rule.SIGNED_IN, u -> tokens.mine()));
        t.put("ApiTokenService#all/0", new Case(Rule.ADMIN, u -> tokens.all()));
        t.put("ApiTokenService#revoke/1", new Case(Rule.SIGNED_IN, u -> {
            tokens.revoke(-1);
            return null;
        }));
        return t;
    }

    private long account(String username) {
        return jdbc.sql("SELECT id FROM app_user WHERE username = ?").param(username).query(Long.class).single();
    }

    @Test
    void every_public_service_method_has_a_rule_and_a_method_security_annotation() {
        Set<String> declared = new TreeSet<>();
        List<String> unguarded = new ArrayList<>();
        for (Object bean : context.getBeansWithAnnotation(Service.class).values()) {
            Class<?> type = org.springframework.aop.support.AopUtils.getTargetClass(bean);
            if (!type.getPackageName().startsWith("vn.chitieu")) {
                continue;
            }
            for (Method m : type.getDeclaredMethods()) {
                if (Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()) && !m.isSynthetic()) {
                    String key = type.getSimpleName() + "#" + m.getName() + "/" + m.getParameterCount();
                    declared.add(key);
                    if (!m.isAnnotationPresent(PreAuthorize.class) && !type.isAnnotationPresent(PreAuthorize.class)) {
                        unguarded.add(key);
                    }
                }
            }
        }
        assertThat(unguarded).as("public service methods without @PreAuthorize").isEmpty();
        assertThat(table().keySet()).as("public service methods without a rule in this table")
                .containsAll(declared);
        assertThat(declared).as("rules naming no public service method (a rename?)").containsAll(table().keySet());
    }

    @Test
    void each_role_is_allowed_or_denied_as_the_rules_say_on_its_own_unit_and_on_another() {
        long own = unit("tam-ky");
        long other = unit("pho-hoa");
        List<String> wrong = new ArrayList<>();
        for (var entry : table().entrySet()) {
            for (var account : ACCOUNTS.entrySet()) {
                for (long unit : new long[] {own, other}) {
                    boolean expected = entry.getValue().rule().allows(account.getKey(), unit == own);
                    boolean allowed = allowed(account.getValue(), account.getKey(), entry.getValue().call(), unit);
                    if (allowed != expected) {
                        wrong.add(entry.getKey() + " as " + account.getKey() + " on " + (unit == own ? "own" : "other")
                                + " unit: " + (allowed ? "allowed" : "denied") + ", rule " + entry.getValue().rule());
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void nobody_signed_in_is_refused_everywhere() {
        long own = unit("tam-ky");
        List<String> let = new ArrayList<>();
        for (var entry : table().entrySet()) {
            SecurityContextHolder.clearContext();
            try {
                entry.getValue().call().apply(own);
                let.add(entry.getKey());
            } catch (AccessDeniedException | org.springframework.security.core.AuthenticationException expected) {
                // refused, as it must be
            } catch (RuntimeException other) {
                let.add(entry.getKey() + " (" + other.getClass().getSimpleName() + ")");
            }
        }
        assertThat(let).as("reached without signing in").isEmpty();
    }

    /** Whether the call got past the access checks; any other failure (bad arguments, rules) counts as allowed. */
    private boolean allowed(String username, String role, LongFunction<Object> call, long unit) {
        try {
            as(username, role, () -> call.apply(unit));
            return true;
        } catch (AccessDeniedException denied) {
            return false;
        } catch (RuntimeException notAboutAccess) {
            return true;
        }
    }

}
