package vn.chitieu;

import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Demo accounts in tests: acting as one of them, and giving them a unit of a test's own. */
public final class TestAccounts {

    private TestAccounts() {
    }

    public static void assign(JdbcClient jdbc, long unitId, String... usernames) {
        for (String username : usernames) {
            jdbc.sql("""
                            INSERT IGNORE INTO app_user_unit (app_user_id, org_unit_id)
                            SELECT id, :unit FROM app_user WHERE username = :name""")
                    .param("unit", unitId).param("name", username).update();
        }
    }

    /** Runs as the given person and role, then gives the test its own person back. */
    public static <T> T as(String user, String role, Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new TestingAuthenticationToken(user, null, "ROLE_" + role));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
