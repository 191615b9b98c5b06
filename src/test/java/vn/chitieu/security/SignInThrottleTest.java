package vn.chitieu.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.ObjectMapper;
import vn.chitieu.IntegrationTest;

/** Password guessing over real HTTP, on the login form and on the API's HTTP Basic. */
@IntegrationTest
class SignInThrottleTest {

    static final String PASSWORD = "mot cau dai de nho";

    @Value("${local.server.port}")
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserService users;
    final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void anAccountToGuess() {
        for (String name : new String[] {"thu-khoa", "thu-dung"}) {
            if (jdbc.sql("SELECT COUNT(*) FROM app_user WHERE username = ?").param(name).query(Long.class).single() == 0) {
                // staff of Tam Kỳ, whose list the API calls read
                long tamKy = jdbc.sql("SELECT id FROM org_unit WHERE code = 'tam-ky'").query(Long.class).single();
                SystemAuthentication.runAsSystem(() -> users.create(name, "Tài khoản thử", PASSWORD, Role.CAN_BO, tamKy));
            }
        }
        forgetFailures();
    }

    @AfterEach
    void forgetFailures() {
        // the tests all come from 127.0.0.1: leave no slow-down behind for the other tests of the suite
        jdbc.sql("DELETE FROM sign_in_failure").update();
    }

    private HttpResponse<String> api(String user, String password) throws Exception {
        var web = new WebSession(port);
        return web.send(web.request("/api/v1/indicators?nhiem_ky=2025-2030&don_vi=tam-ky")
                .header("Authorization", WebSession.basic(user, password)).GET());
    }

    private long auditSince(long id, String action, String user) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE id > ? AND action = ? AND username = ?")
                .params(id, action, user).query(Long.class).single();
    }

    @Test
    void fifty_wrong_passwords_on_the_form_lock_the_account_and_say_so_in_vietnamese() throws Exception {
        long before = jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM audit_log").query(Long.class).single();
        var web = new WebSession(port);
        for (int i = 0; i < 50; i++) {
            HttpResponse<String> failed = web.signIn("thu-khoa", "doan-sai-" + i);
            assertThat(failed.statusCode()).as("lần " + i).isEqualTo(302);
            assertThat(failed.headers().firstValue("Location")).as("lần " + i).hasValueSatisfying(
                    location -> assertThat(location).endsWith("/login?error"));
        }

        HttpResponse<String> right = web.signIn("thu-khoa", PASSWORD);
        HttpResponse<String> viaApi = api("thu-khoa", PASSWORD);

        assertThat(right.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login?error"));
        assertThat(viaApi.statusCode()).isEqualTo(429);
        assertThat(viaApi.headers().firstValue("Retry-After")).hasValueSatisfying(
                seconds -> assertThat(Long.parseLong(seconds)).isBetween(60L, 15 * 60L));
        assertThat(json.readTree(viaApi.body()).get("error").asString())
                .startsWith("Tài khoản tạm khóa 15 phút vì đăng nhập sai nhiều lần. Thử lại sau ");
        Instant lockedUntil = jdbc.sql("SELECT locked_until FROM sign_in_failure WHERE subject = 'u:thu-khoa'")
                .query(java.sql.Timestamp.class).single().toInstant();
        assertThat(lockedUntil).isAfter(Instant.now().plusSeconds(14 * 60));
        assertThat(auditSince(before, "TAM_KHOA", "thu-khoa")).isEqualTo(1);
        assertThat(auditSince(before, "DANG_NHAP_SAI", "thu-khoa")).isGreaterThanOrEqualTo(50);
        // the address itself is only slowed down after 20 real password checks: the office can still sign in
        assertThat(api("lanhdao", "chitieu-demo").statusCode()).isEqualTo(200);
    }

    @Test
    void guessing_over_http_basic_is_throttled_the_same_way() throws Exception {
        int status = 0;
        for (int i = 0; i < 12; i++) {
            status = api("thu-khoa", "doan-sai-" + i).statusCode();
        }

        assertThat(status).isEqualTo(429);
        assertThat(api("thu-khoa", PASSWORD).statusCode()).isEqualTo(429);
    }

    @Test
    void after_five_failures_the_next_attempt_must_wait_and_is_told_how_long() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThat(api("thu-khoa", "doan-sai-" + i).statusCode()).as("lần " + i).isEqualTo(401);
        }

        HttpResponse<String> sixth = api("thu-khoa", PASSWORD);

        assertThat(sixth.statusCode()).isEqualTo(429);
        assertThat(json.readTree(sixth.body()).get("error").asString())
                .matches("Đăng nhập sai nhiều lần\\. Vui lòng đợi \\d+ giây rồi thử lại\\.");
    }

    @Test
    void a_name_without_an_account_is_answered_exactly_like_a_real_one() throws Exception {
        for (int i = 0; i < 12; i++) {
            api("khong-co-ai", "doan-sai-" + i);
            api("thu-dung", "doan-sai-" + i);
        }

        HttpResponse<String> nobody = api("khong-co-ai", "doan-sai");
        HttpResponse<String> somebody = api("thu-dung", "doan-sai");

        assertThat(nobody.statusCode()).isEqualTo(somebody.statusCode()).isEqualTo(429);
        assertThat(json.readTree(nobody.body()).get("error").asString().replaceAll("\\d\\d:\\d\\d", "HH:mm"))
                .isEqualTo(json.readTree(somebody.body()).get("error").asString().replaceAll("\\d\\d:\\d\\d", "HH:mm"));
    }

    @Test
    void a_right_password_before_the_limit_signs_in_and_the_failures_are_forgotten() throws Exception {
        for (int i = 0; i < 4; i++) {
            api("thu-dung", "doan-sai-" + i);
        }

        assertThat(api("thu-dung", PASSWORD).statusCode()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM sign_in_failure WHERE subject = 'u:thu-dung'").query(Long.class)
                .single()).isZero();
    }

    @Test
    void the_login_form_still_wants_its_csrf_token() throws Exception {
        var web = new WebSession(port);
        web.csrf();

        HttpResponse<String> forged = web.post("/login", "username=thu-dung&password=" + PASSWORD.replace(' ', '+'));

        // refused (Vaadin's handler sends the refusal back to the login page): not signed in
        assertThat(forged.statusCode()).as(forged.headers().map().toString()).isIn(302, 403);
        assertThat(forged.headers().firstValue("Location").orElse("/login")).endsWith("/login");
        assertThat(web.get("/").headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login"));
        assertThat(web.signIn("thu-dung", PASSWORD).headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).doesNotContain("error"));
    }
}
