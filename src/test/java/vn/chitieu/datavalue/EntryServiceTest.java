package vn.chitieu.datavalue;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chitieu.TestAccounts.as;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.chitieu.IntegrationTest;
import vn.chitieu.datavalue.EntryService.Entry;

/** Not transactional on purpose: the race needs two real transactions. Each test uses its own period. */
@IntegrationTest
class EntryServiceTest {

    @Autowired
    EntryService entries;
    @Autowired
    DataValueService values;
    @Autowired
    JdbcClient jdbc;

    @Autowired
    vn.chitieu.orgunit.OrgUnitService units;
    @Autowired
    vn.chitieu.indicator.IndicatorService indicators;

    /**
     * A unit and indicator of their own (target 85%, like Trường Xuân's tap water): these tests commit real
     * transactions, so they must not touch figures other tests look at.
     */
    @org.junit.jupiter.api.BeforeEach
    void ownFixture() {
        as("quantri", "QUAN_TRI", () -> {
            var unit = units.findByCode("thu-nghiem-nhap").orElseGet(() -> units.save(vn.chitieu.orgunit.OrgUnit
                    .create("thu-nghiem-nhap", "Phường Thử Nghiệm Nhập", vn.chitieu.orgunit.OrgUnitKind.PHUONG)));
            // a running term of their own: the closed one is read-only but for an administrator's correction, and
            // the real running term's catalogue is counted by other tests
            jdbc.sql("INSERT IGNORE INTO term (code, start_year, end_year, status) VALUES ('2035-2040', 2035, 2040, "
                    + "'OPEN')").update();
            var term = indicators.requireTerm("2035-2040");
            vn.chitieu.TestAccounts.assign(jdbc, unit.id(), "canbo", "lanhdao");
            if (indicators.indicatorsOf(term).stream().noneMatch(i -> i.orgUnitId() != null
                    && i.orgUnitId().getId().equals(unit.id()))) {
                indicators.save(new vn.chitieu.indicator.Indicator(null,
                        org.springframework.data.jdbc.core.mapping.AggregateReference.to(term.id()),
                        vn.chitieu.indicator.Sector.MOI_TRUONG,
                        org.springframework.data.jdbc.core.mapping.AggregateReference.to(unit.id()), null, null,
                        "Tỷ lệ hộ dân sử dụng nước máy", "%", "Phòng thử nghiệm", "85%", null, null, 9000, null,
                        java.util.Set.of(), 0));
            }
            return null;
        });
    }

    /** The demo accounts give the unit back: other tests list their units. */
    @org.junit.jupiter.api.AfterEach
    void unassign() {
        jdbc.sql("DELETE FROM app_user_unit WHERE org_unit_id = :unit").param("unit", unit()).update();
    }

    long indicator() {
        return jdbc.sql("""
                SELECT i.id FROM indicator i JOIN org_unit u ON u.id = i.org_unit_id
                WHERE u.code = 'thu-nghiem-nhap'""").query(Long.class).single();
    }

    long unit() {
        return jdbc.sql("SELECT id FROM org_unit WHERE code = 'thu-nghiem-nhap'").query(Long.class).single();
    }


    Entry entry(Period period, String text, String reason, String remedy, Long id, int version) {
        return new Entry(indicator(), unit(), period, false, text, null, reason, remedy, id, version);
    }

    @Test
    void a_miss_without_reason_and_remedy_is_refused_and_nothing_is_written() {
        Period period = Period.parse("2036-Q1");

        assertThatThrownBy(() -> as("canbo", "CAN_BO", () -> entries.saveAll(List.of(
                entry(period, "70%", null, null, null, 0)))))
                .isInstanceOf(EntryRejectedException.class)
                .satisfies(e -> assertThat(((EntryRejectedException) e).problems().get(indicator()))
                        .contains("Chưa đạt mục tiêu: cần ghi nguyên nhân và giải pháp"));
        assertThat(as("canbo", "CAN_BO", () -> values.find(indicator(), unit(), period, false))).isEmpty();
    }

    @Test
    void a_miss_with_its_reason_and_remedy_is_saved_and_every_version_is_kept() {
        Period period = Period.parse("2036-Q2");
        DataValue first = as("canbo", "CAN_BO", () -> entries.saveAll(List.of(entry(period, "70%",
                "Đường ống chưa tới khu dân cư mới", "Đề nghị Công ty cấp nước mở rộng tuyến", null, 0)))).getFirst();

        DataValue second = as("canbo", "CAN_BO", () -> entries.saveAll(List.of(entry(period, "86%", null, null,
                first.id(), first.version())))).getFirst();

        assertThat(first.reason()).isEqualTo("Đường ống chưa tới khu dân cư mới");
        assertThat(as("lanhdao", "LANH_DAO", () -> values.versionsOf(second.id())))
                .extracting(DataValueService.Version::valueText).containsExactly("86%", "70%");
    }

    @Test
    void implausible_values_are_refused_with_a_reason() {
        Period period = Period.parse("2036-Q3");

        assertThatThrownBy(() -> as("canbo", "CAN_BO", () -> entries.saveAll(List.of(
                entry(period, "104%", null, null, null, 0)))))
                .isInstanceOf(EntryRejectedException.class)
                .hasMessageContaining("không thể vượt 100%");
    }

    @Test
    void a_closed_period_refuses_writes_from_every_role() {
        Period period = Period.parse("2036-Q4");
        as("lanhdao", "LANH_DAO", () -> values.lock(unit(), period));

        for (String role : List.of("CAN_BO", "QUAN_TRI")) {
            assertThatThrownBy(() -> as("nguoi-dung", role, () -> values.save(DataValue.draft(indicator(), unit(),
                    period, false, "90%", null, null, null))))
                    .as(role).isInstanceOf(PeriodLockedException.class).hasMessageContaining("khóa sổ");
        }
        assertThatThrownBy(() -> as("lanhdao", "LANH_DAO", () -> values.save(DataValue.draft(indicator(), unit(),
                period, false, "90%", null, null, null))))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void two_staff_saving_the_same_value_at_once_one_wins_the_other_gets_the_conflict() throws Exception {
        Period period = Period.parse("2037-Q1");
        DataValue opened = as("canbo", "CAN_BO", () -> entries.saveAll(List.of(
                entry(period, "88%", null, null, null, 0)))).getFirst();
        CountDownLatch start = new CountDownLatch(1);
        List<Object> outcomes = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<?>> futures = new ArrayList<>();
        for (String text : List.of("89%", "91%")) {
            futures.add(pool.submit(() -> {
                start.await();
                try {
                    outcomes.add(as("canbo", "CAN_BO", () -> entries.saveAll(List.of(
                            entry(period, text, null, null, opened.id(), opened.version())))).getFirst());
                } catch (ValueConflictException conflict) {
                    outcomes.add(conflict);
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : futures) {
            f.get(30, TimeUnit.SECONDS);
        }
        pool.shutdown();

        assertThat(outcomes).hasSize(2);
        assertThat(outcomes).filteredOn(DataValue.class::isInstance).hasSize(1);
        assertThat(outcomes).filteredOn(ValueConflictException.class::isInstance).singleElement()
                .satisfies(c -> assertThat(((ValueConflictException) c).conflicts()).singleElement()
                        .satisfies(conflict -> assertThat(conflict.theirs().version()).isGreaterThan(opened.version())));
        DataValue winner = (DataValue) outcomes.stream().filter(DataValue.class::isInstance).findFirst().orElseThrow();
        assertThat(as("canbo", "CAN_BO", () -> values.find(indicator(), unit(), period, false)).orElseThrow()
                .valueText()).isEqualTo(winner.valueText());
    }

    @Test
    void the_sheet_offers_a_ward_that_reports_only_the_citys_shared_indicators() {
        List<String> offered = as("quantri", "QUAN_TRI", () -> entries.sheetUnits("", 0, 50)).stream()
                .map(EntryService.SheetUnit::code).toList();

        assertThat(offered).contains("tam-ky", "ban-thach", "huong-tra").doesNotContain("an-my");
    }
}
