package vn.chitieu.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import vn.chitieu.IntegrationTest;

/** API tokens over real HTTP: shown once, kept hashed, working as their account's Bearer token until revoked. */
@IntegrationTest
class ApiTokenTest {

    static final String LIST = "/api/v1/indicators?nhiem_ky=2025-2030&don_vi=tam-ky";

    @Value("${local.server.port}")
    int port;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    JdbcClient jdbc;

    private HttpResponse<String> call(String path, String authorization) throws Exception {
        var web = new WebSession(port);
        return web.send(web.request(path).header("Authorization", authorization).GET());
    }

    private long audited(String action, long since) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE id > ? AND action = ?").params(since, action)
                .query(Long.class).single();
    }

    @Test
    @WithMockUser(username = "lanhdao", roles = "LANH_DAO")
    void a_token_signs_its_account_in_until_it_is_revoked_and_both_are_audited() throws Exception {
        long since = jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM audit_log").query(Long.class).single();

        ApiTokenService.NewToken created = tokens.create("IOC tỉnh");

        assertThat(created.secret()).startsWith("ct_").hasSizeGreaterThan(40);
        assertThat(jdbc.sql("SELECT token_hash FROM api_token WHERE id = ?").param(created.token().id())
                .query(String.class).single()).isEqualTo(ApiTokenService.hash(created.secret()))
                .doesNotContain(created.secret());
        assertThat(created.toString()).doesNotContain(created.secret());
        assertThat(tokens.mine()).extracting(ApiTokenService.ApiToken::label).contains("IOC tỉnh");

        HttpResponse<String> allowed = call(LIST, "Bearer " + created.secret());
        assertThat(allowed.statusCode()).isEqualTo(200);
        assertThat(allowed.body()).contains("\"don_vi\":\"Phường Tam Kỳ\"");
        // the token carries its account's role, no more: a leader's token cannot import
        var web = new WebSession(port);
        assertThat(web.send(web.request("/api/v1/import/preview").header("Authorization", "Bearer " + created.secret())
                .header("Content-Type", "text/csv").POST(java.net.http.HttpRequest.BodyPublishers.ofString("a\n")))
                .statusCode()).isEqualTo(403);
        assertThat(tokens.mine()).filteredOn(t -> t.id() == created.token().id()).singleElement()
                .satisfies(t -> assertThat(t.lastUsedOn()).isNotNull());

        tokens.revoke(created.token().id());

        HttpResponse<String> revoked = call(LIST, "Bearer " + created.secret());
        assertThat(revoked.statusCode()).isEqualTo(401);
        assertThat(revoked.body()).contains("Mã API không hợp lệ, đã bị thu hồi");
        assertThat(audited(SecurityEvent.API_TOKEN_CREATED, since)).isEqualTo(1);
        assertThat(audited(SecurityEvent.API_TOKEN_REVOKED, since)).isEqualTo(1);
    }

    @Test
    void a_made_up_token_is_401_and_costs_no_sign_in_failure() throws Exception {
        long failures = jdbc.sql("SELECT COUNT(*) FROM sign_in_failure").query(Long.class).single();

        HttpResponse<String> response = call(LIST, "Bearer ct_khong-phai-ma-that");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("application/json"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM sign_in_failure").query(Long.class).single()).isEqualTo(failures);
    }

    @Test
    @WithMockUser(username = "canbo", roles = "CAN_BO")
    void staff_revoke_their_own_tokens_only() {
        long othersToken = jdbc.sql("""
                INSERT INTO api_token (app_user_id, label, token_hash, hint, created_at)
                SELECT id, 'của người khác', REPEAT('a', 64), 'ct_aaaaaa…', NOW(3) FROM app_user WHERE username = 'lanhdao'
                RETURNING id""").query(Long.class).single();
        try {
            assertThatThrownBy(() -> tokens.revoke(othersToken)).isInstanceOf(AccessDeniedException.class);
            assertThat(tokens.mine()).noneMatch(t -> t.id() == othersToken);
        } finally {
            jdbc.sql("DELETE FROM api_token WHERE id = ?").param(othersToken).update();
        }
    }

    @Test
    @WithMockUser(username = "canbo", roles = "CAN_BO")
    void a_token_needs_a_name_saying_where_it_is_used() {
        assertThatThrownBy(() -> tokens.create("  ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Ghi tên cho mã");
    }
}
