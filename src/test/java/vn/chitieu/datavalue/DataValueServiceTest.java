package vn.chitieu.datavalue;

import static org.assertj.core.api.Assertions.assertThat;
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
        assertThat(audit.historyOf(DataValueService.AUDIT_TYPE, saved.id()))
                .singleElement()
                .satisfies(entry -> {
                    assertThat(entry.username()).isEqualTo("canbo");
                    assertThat(entry.newValue()).isEqualTo("96,2%");
                    assertThat(entry.oldValue()).isNull();
                });
    }

    @Test
    @WithMockUser(username = "lanhdao", roles = "LANH_DAO")
    void leadership_cannot_write_values_through_the_service() {
        assertThatThrownBy(() -> service.save(draft()))
                .isInstanceOfAny(AccessDeniedException.class, AuthorizationDeniedException.class);
    }

    @Test
    void nobody_signed_in_cannot_read_history() {
        assertThatThrownBy(() -> service.historyOf(1))
                .isInstanceOf(org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
    }
}
