package vn.chitieu;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Gives demo accounts a unit of a test's own, as an administrator would on the accounts screen. */
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
}
