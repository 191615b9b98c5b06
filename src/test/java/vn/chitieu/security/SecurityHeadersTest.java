package vn.chitieu.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import vn.chitieu.IntegrationTest;

/** The headers every answer carries, over real HTTP. */
@IntegrationTest
class SecurityHeadersTest {

    @Value("${local.server.port}")
    int port;

    private static void assertHardened(HttpResponse<String> response) {
        var headers = response.headers();
        assertThat(headers.firstValue("Content-Security-Policy")).hasValue(SecurityHeaders.CONTENT_SECURITY_POLICY);
        assertThat(headers.firstValue("Content-Security-Policy").orElseThrow())
                .contains("frame-ancestors 'none'", "object-src 'none'", "default-src 'self'");
        assertThat(headers.firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(headers.firstValue("Permissions-Policy")).hasValueSatisfying(
                policy -> assertThat(policy).contains("camera=()", "microphone=()", "geolocation=()"));
        assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");
    }

    @Test
    void the_login_page_and_the_api_send_the_security_headers() throws Exception {
        var web = new WebSession(port);

        assertHardened(web.get("/login"));
        assertHardened(web.get("/api/v1/indicators?nhiem_ky=2025-2030"));
    }

    @Test
    void hsts_only_over_https_which_a_proxy_announces() throws Exception {
        var web = new WebSession(port);

        HttpResponse<String> plain = web.get("/login");
        HttpResponse<String> behindHttps = new WebSession(port).get("/login", "X-Forwarded-Proto", "https");

        assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(behindHttps.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(
                hsts -> assertThat(hsts).contains("max-age=31536000", "includeSubDomains"));
    }

    @Test
    void the_session_cookie_is_httponly_samesite_lax_and_secure_behind_https() throws Exception {
        List<String> plain = new WebSession(port).get("/login").headers().allValues("Set-Cookie");
        List<String> https = new WebSession(port).get("/login", "X-Forwarded-Proto", "https").headers()
                .allValues("Set-Cookie");

        assertThat(plain).anySatisfy(cookie -> assertThat(cookie).startsWith("JSESSIONID=")
                .contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure"));
        assertThat(https).anySatisfy(cookie -> assertThat(cookie).startsWith("JSESSIONID=")
                .contains("HttpOnly", "SameSite=Lax", "Secure"));
    }

    @Test
    void the_push_endpoint_does_not_hand_credentials_to_another_origin() throws Exception {
        var web = new WebSession(port);

        HttpResponse<String> push = web.get("/VAADIN/push?v-r=push&v-uiId=0&v-pushId=abc&X-Atmosphere-Transport=long-polling",
                "Origin", "https://ke-gian.example");
        HttpResponse<String> preflight = web.send(web.request("/VAADIN/push")
                .header("Origin", "https://ke-gian.example")
                .header("Access-Control-Request-Method", "POST")
                .method("OPTIONS", java.net.http.HttpRequest.BodyPublishers.noBody()));

        for (HttpResponse<String> response : List.of(push, preflight)) {
            assertThat(response.headers().allValues("Access-Control-Allow-Origin")).as(response.toString())
                    .noneMatch(origin -> origin.equals("https://ke-gian.example") || origin.equals("*"));
        }
    }
}
