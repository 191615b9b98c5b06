package vn.chitieu.security;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chitieu.TestAccounts.as;

import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import vn.chitieu.IntegrationTest;
import vn.chitieu.TestAccounts;

/**
 * The caller's scope is read once per request (or read-only transaction) and never longer: an administrator's change
 * to someone's units is seen at that person's next request, and two people never get each other's scope.
 */
@IntegrationTest
class ScopeMemoTest {

    @Autowired
    UserService users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;

    private long phoHoa() {
        return jdbc.sql("SELECT id FROM org_unit WHERE code = 'pho-hoa'").query(Long.class).single();
    }

    private void unassign(String username, long unit) {
        jdbc.sql("""
                        DELETE uu FROM app_user_unit uu JOIN app_user a ON a.id = uu.app_user_id
                        WHERE a.username = :name AND uu.org_unit_id = :unit""")
                .param("name", username).param("unit", unit).update();
    }

    /** Runs the work in a request of its own, as the Vaadin servlet's requests run. */
    private static <T> T inRequest(Supplier<T> work) {
        ServletRequestAttributes request = new ServletRequestAttributes(new MockHttpServletRequest());
        RequestContextHolder.setRequestAttributes(request);
        try {
            return work.get();
        } finally {
            request.requestCompleted();
            RequestContextHolder.resetRequestAttributes();
        }
    }

    private AccessScope scopeOf(String username, String role) {
        return as(username, role, users::currentScope);
    }

    @AfterEach
    void give_the_ward_back() {
        unassign("lanhdao", phoHoa());
        unassign("canbo", phoHoa());
    }

    @Test
    void a_unit_assigned_during_a_request_is_in_scope_from_the_next_request_and_gone_from_the_one_after_its_removal() {
        long phoHoa = phoHoa();

        boolean sameRequest = inRequest(() -> {
            assertThat(scopeOf("lanhdao", "LANH_DAO").canRead(phoHoa)).isFalse();
            TestAccounts.assign(jdbc, phoHoa, "lanhdao");
            return scopeOf("lanhdao", "LANH_DAO").canRead(phoHoa);
        });
        assertThat(sameRequest).as("remembered for the rest of the request").isFalse();
        assertThat(inRequest(() -> scopeOf("lanhdao", "LANH_DAO").canRead(phoHoa))).isTrue();

        unassign("lanhdao", phoHoa);
        assertThat(inRequest(() -> scopeOf("lanhdao", "LANH_DAO").canRead(phoHoa))).isFalse();
    }

    @Test
    void outside_a_request_every_service_call_reads_the_assignment_as_it_is_now() {
        long phoHoa = phoHoa();
        assertThat(scopeOf("lanhdao", "LANH_DAO").canRead(phoHoa)).isFalse();

        TestAccounts.assign(jdbc, phoHoa, "lanhdao");

        assertThat(scopeOf("lanhdao", "LANH_DAO").coversUnit(phoHoa)).isTrue();
    }

    @Test
    void a_transaction_that_writes_sees_its_own_change_of_assignment() {
        long phoHoa = phoHoa();

        boolean seen = transactions.execute(status -> {
            assertThat(scopeOf("lanhdao", "LANH_DAO").canRead(phoHoa)).isFalse();
            TestAccounts.assign(jdbc, phoHoa, "lanhdao");
            return scopeOf("lanhdao", "LANH_DAO").canRead(phoHoa);
        });

        assertThat(seen).isTrue();
    }

    @Test
    void two_people_in_one_request_each_get_their_own_scope() {
        long phoHoa = phoHoa();
        TestAccounts.assign(jdbc, phoHoa, "canbo");

        inRequest(() -> {
            assertThat(scopeOf("canbo", "CAN_BO").coversUnit(phoHoa)).isTrue();
            assertThat(scopeOf("lanhdao", "LANH_DAO").coversUnit(phoHoa)).isFalse();
            assertThat(scopeOf("canbo", "CAN_BO").coversUnit(phoHoa)).isTrue();
            return null;
        });
    }

    @Test
    void the_scope_read_in_one_query_has_the_accounts_units_sectors_and_the_units_they_reach() {
        long tamKy = jdbc.sql("SELECT id FROM org_unit WHERE code = 'tam-ky'").query(Long.class).single();
        long anMy = jdbc.sql("SELECT id FROM org_unit WHERE code = 'an-my'").query(Long.class).single();
        AccessScope scope = scopeOf("lanhdao", "LANH_DAO");

        assertThat(scope.allUnits()).isFalse();
        assertThat(scope.unitIds()).contains(tamKy).doesNotContain(anMy);
        // a former ward of Tam Kỳ is read, not written
        assertThat(scope.canRead(anMy)).isTrue();
        assertThat(scope.coversUnit(anMy)).isFalse();
        assertThat(scope.sectors()).isEmpty();
        assertThat(scopeOf("quantri", "QUAN_TRI").allUnits()).isTrue();

        jdbc.sql("""
                INSERT INTO app_user_sector (app_user_id, sector)
                SELECT id, 'KINH_TE' FROM app_user WHERE username = 'lanhdao'""").update();
        try {
            AccessScope economy = scopeOf("lanhdao", "LANH_DAO");
            assertThat(economy.sectors()).containsExactly("KINH_TE");
            assertThat(economy.unitIds()).isEqualTo(scope.unitIds());
            assertThat(economy.readable()).isEqualTo(scope.readable());
        } finally {
            jdbc.sql("""
                    DELETE s FROM app_user_sector s JOIN app_user a ON a.id = s.app_user_id
                    WHERE a.username = 'lanhdao'""").update();
        }
    }
}
