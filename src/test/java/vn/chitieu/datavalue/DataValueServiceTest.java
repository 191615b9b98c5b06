package vn.chitieu.datavalue;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chitieu.TestAccounts.as;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;
import vn.chitieu.IntegrationTest;
import vn.chitieu.audit.AuditService;

@IntegrationTest
@Transactional
class DataValueServiceTest {

    @Autowired
    DataValueService service;
    @Autowired
    AuditService audit;
    @Autowired
    JdbcClient jdbc;

    private DataValue draft() {
        long indicatorId = jdbc.sql("SELECT MIN(id) FROM indicator").query(Long.class).single();
        long unitId = jdbc.sql("SELECT org_unit_id FROM indicator WHERE id = ?").param(indicatorId)
                .query(Long.class).single();
        return DataValue.draft(indicatorId, unitId, Period.parse("2026-6T"), true, "96,2%",
                ParsedValue.of(new BigDecimal("96.2")), null, null);
    }

    @Test
    @WithMockUser(username = "canbo", roles = "CAN_BO")
    void staff_save_a_value_and_it_is_stamped_and_audited() {
        DataValue saved = service.save(draft());

        assertThat(saved.createdBy()).isEqualTo("canbo");
        assertThat(saved.updatedBy()).isEqualTo("canbo");
        // the audit log is read by administrators
        assertThat(as("quantri", "QUAN_TRI", () -> audit.historyOf(DataValueService.AUDIT_TYPE, saved.id())))
                .singleElement()
                .satisfies(entry -> {
                    assertThat(entry.username()).isEqualTo("canbo");
                    assertThat(entry.newValue()).isEqualTo("96,2%");
                    assertThat(entry.oldValue()).isNull();
                });
    }

    @Test
    @WithMockUser(username = "canbo", roles = "CAN_BO")
    void a_value_is_read_by_the_engine_and_an_unreadable_one_is_refused_before_writing() {
        DataValue typed = draft();
        DataValue plain = DataValue.draft(typed.indicatorId().getId(), typed.orgUnitId().getId(),
                Period.parse("2026-Q1"), false, "73/85 (85,9%)", null, null, null);
        // money: "23.855 tỷ đồng" may be twenty-three thousand or twenty-three point something
        long moneyUnit = typed.orgUnitId().getId();
        long moneyIndicator = jdbc.sql("""
                        INSERT INTO indicator (term_id, sector, org_unit_id, name, unit)
                        SELECT term_id, 'KINH_TE', org_unit_id, 'Tổng thu ngân sách (thử)', 'tỷ đồng' FROM indicator
                        WHERE id = ? RETURNING id""").param(typed.indicatorId().getId()).query(Long.class).single();
        DataValue ambiguous = DataValue.draft(moneyIndicator, moneyUnit, Period.parse("2026-Q2"), false, "23.855",
                null, null, null);
        long before = jdbc.sql("SELECT COUNT(*) FROM data_value").query(Long.class).single();

        DataValue saved = service.save(plain);

        assertThat(saved.parsed().numerator()).isEqualByComparingTo("73");
        assertThat(saved.parsed().denominator()).isEqualByComparingTo("85");
        // words where a figure is measured, even with no target to compare it with
        long share = jdbc.sql("""
                        INSERT INTO indicator (term_id, sector, org_unit_id, name, unit)
                        SELECT term_id, 'KINH_TE', org_unit_id, 'Tỷ lệ thử không mục tiêu', '%' FROM indicator
                        WHERE id = ? RETURNING id""").param(typed.indicatorId().getId()).query(Long.class).single();
        assertThatThrownBy(() -> service.save(DataValue.draft(share, moneyUnit, Period.parse("2026-Q2"), false, "abc",
                null, null, null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("không phải con số");
        assertThatThrownBy(() -> service.save(ambiguous))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("có thể là");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM data_value").query(Long.class).single()).isEqualTo(before + 1);
    }

    @Test
    @WithMockUser(username = "lanhdao", roles = "LANH_DAO")
    void leadership_cannot_write_values_through_the_service() {
        assertThatThrownBy(() -> service.save(draft()))
                .isInstanceOfAny(AccessDeniedException.class, AuthorizationDeniedException.class);
    }

    @Test
    @WithMockUser(username = "trinhchieu", roles = "TRINH_CHIEU")
    void the_wall_screen_account_cannot_write_values() {
        assertThatThrownBy(() -> service.save(draft()))
                .isInstanceOfAny(AccessDeniedException.class, AuthorizationDeniedException.class);
    }

    @Test
    void nobody_signed_in_cannot_read_history() {
        assertThatThrownBy(() -> service.historyOf(1))
                .isInstanceOf(org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void the_history_of_a_shared_indicator_holds_only_the_figures_of_units_in_reach() {
        jdbc.sql("""
                        INSERT INTO indicator (term_id, sector, applies_to_kind, name, unit, target_text, sort_order)
                        SELECT id, 'KINH_TE', 'PHUONG', 'Tỷ lệ tham gia bảo hiểm y tế', '%', 'trên 95%', 0
                        FROM term WHERE code = '2025-2030'""").update();
        long shared = jdbc.sql("SELECT id FROM indicator WHERE name = 'Tỷ lệ tham gia bảo hiểm y tế'")
                .query(Long.class).single();
        for (String unit : java.util.List.of("tam-ky", "pho-hoa")) {
            jdbc.sql("""
                            INSERT INTO data_value (indicator_id, org_unit_id, period_kind, period_year_from,
                                period_year_to, value_text, created_by, created_at, updated_by, updated_at)
                            SELECT ?, id, 'YEAR', 2026, 2026, '96%', 'test', NOW(), 'test', NOW()
                            FROM org_unit WHERE code = ?""").params(shared, unit).update();
        }
        long tamKy = jdbc.sql("SELECT id FROM org_unit WHERE code = 'tam-ky'").query(Long.class).single();

        var seen = as("canbo", "CAN_BO", () -> service.historyOf(shared));

        assertThat(seen).singleElement().satisfies(v -> assertThat(v.orgUnitId().getId()).isEqualTo(tamKy));
        assertThat(as("quantri", "QUAN_TRI", () -> service.historyOf(shared))).hasSize(2);
    }
}
