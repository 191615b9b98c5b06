package vn.chitieu.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.chitieu.IntegrationTest;

/**
 * The wall screen's 30-day sign-in over real HTTP: signing out and an administrator's revocation end it, the session
 * and the token in MariaDB alike.
 */
@IntegrationTest
class SignInRevocationTest {

    static final String PASSWORD = "man hinh phong hop tang hai";

    @Value("${local.server.port}")
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserService users;

    private long kioskId;

    @BeforeEach
    void aWallScreenAccount() {
        kioskId = jdbc.sql("SELECT id FROM app_user WHERE username = 'thu-manhinh'").query(Long.class).optional()
                .orElseGet(() -> SystemAuthentication.callAsSystem(() -> users.create("thu-manhinh",
                        "Màn hình thử", PASSWORD, Role.TRINH_CHIEU, null)).id());
        jdbc.sql("DELETE FROM sign_in_failure").update();
    }

    private long tokens() {
        return jdbc.sql("SELECT COUNT(*) FROM persistent_logins WHERE username = 'thu-manhinh'").query(Long.class)
                .single();
    }

    /**
     * A fresh browser that only has the wall screen's cookie, as after a restart or a night without network, asking
     * for the wall screen. (Java's cookie store keeps none of the remember-me cookie's attributes apart, so the
     * cookie is sent by hand.)
     */
    private HttpResponse<String> comeBackWith(String kioskCookie) throws Exception {
        return new WebSession(port).get("/trinh-chieu", "Cookie", kioskCookie);
    }

    private static String kioskCookieOf(HttpResponse<String> signedIn) {
        return signedIn.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith(KioskRememberMe.COOKIE + "=")).findFirst().orElseThrow()
                .split(";", 2)[0];
    }

    private static boolean sentToLogin(HttpResponse<String> response) {
        return response.statusCode() == 302 && response.headers().firstValue("Location").orElse("").endsWith("/login");
    }

    @Test
    void the_kiosk_cookie_signs_the_wall_screen_in_again_until_an_administrator_revokes_it() throws Exception {
        var screen = new WebSession(port);
        HttpResponse<String> signedIn = screen.signIn("thu-manhinh", PASSWORD);
        assertThat(signedIn.headers().allValues("Set-Cookie")).as(signedIn.headers().map().toString())
                .anySatisfy(cookie -> assertThat(cookie).startsWith(KioskRememberMe.COOKIE + "=")
                        .contains("HttpOnly", "SameSite=Lax", "Max-Age=" + KioskRememberMe.DAYS * 24 * 3600));
        assertThat(tokens()).isEqualTo(1);
        assertThat(sentToLogin(screen.get("/trinh-chieu"))).isFalse();
        HttpResponse<String> afterRestart = comeBackWith(kioskCookieOf(signedIn));
        assertThat(sentToLogin(afterRestart)).as("cookie sau khi khởi động lại").isFalse();
        // each use of the token replaces it: the browser now holds the new one
        String renewed = kioskCookieOf(afterRestart);

        SystemAuthentication.runAsSystem(() -> users.revokeSignIns(kioskId));

        assertThat(tokens()).isZero();
        assertThat(sentToLogin(screen.get("/trinh-chieu"))).as("phiên đang mở").isTrue();
        assertThat(sentToLogin(comeBackWith(renewed))).as("chỉ có cookie").isTrue();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'THU_HOI_DANG_NHAP' AND entity_id = ?")
                .param(kioskId).query(Long.class).single()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void signing_out_deletes_the_wall_screens_token() throws Exception {
        var screen = new WebSession(port);
        String cookie = kioskCookieOf(screen.signIn("thu-manhinh", PASSWORD));
        assertThat(tokens()).isEqualTo(1);

        screen.post("/logout", "_csrf=" + java.net.URLEncoder.encode(screen.csrfOf("/trinh-chieu"),
                java.nio.charset.StandardCharsets.UTF_8));

        assertThat(tokens()).isZero();
        assertThat(sentToLogin(comeBackWith(cookie))).isTrue();
    }

    @Test
    void other_roles_never_get_the_cookie() throws Exception {
        var leader = new WebSession(port);
        leader.signIn("lanhdao", "chitieu-demo");

        assertThat(leader.cookies.getCookieStore().getCookies())
                .noneMatch(c -> c.getName().equals(KioskRememberMe.COOKIE));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM persistent_logins WHERE username = 'lanhdao'").query(Long.class)
                .single()).isZero();
    }
}
