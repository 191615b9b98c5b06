package vn.chitieu.orgunit.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.chitieu.IntegrationTest;

/** {@code GET /api/v1/units} over real HTTP, as the demo users: each sees the units the read rule gives them. */
@IntegrationTest
class UnitsApiTest {

    @Value("${local.server.port}")
    int port;
    @Autowired
    JdbcClient jdbc;
    final HttpClient http = HttpClient.newHttpClient();
    final ObjectMapper json = new ObjectMapper();

    private HttpResponse<String> get(String user) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/units"));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":chitieu-demo").getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private List<String> codes(JsonNode units) {
        List<String> codes = new ArrayList<>();
        units.forEach(u -> codes.add(u.get("ma").asString()));
        return codes;
    }

    private JsonNode unit(JsonNode units, String code) {
        for (JsonNode u : units) {
            if (u.get("ma").asString().equals(code)) {
                return u;
            }
        }
        throw new AssertionError("no unit " + code + " in " + units);
    }

    @Test
    void staff_of_tam_ky_see_tam_ky_and_the_wards_it_was_formed_from_and_not_pho_hoa() throws Exception {
        HttpResponse<String> response = get("canbo");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode units = json.readTree(response.body());
        // Phước Hòa had merged into An Xuân earlier: a former unit of a former unit is history of Tam Kỳ too
        assertThat(codes(units)).contains("tam-ky", "an-my", "an-xuan", "truong-xuan", "phuoc-hoa")
                .doesNotContain("pho-hoa");
        JsonNode tamKy = unit(units, "tam-ky");
        assertThat(tamKy.get("ten").asString()).isEqualTo("Phường Tam Kỳ");
        assertThat(tamKy.get("cap").asString()).isEqualTo("PHUONG");
        assertThat(tamKy.get("dang_hoat_dong").asBoolean()).isTrue();
        List<String> formers = new ArrayList<>();
        tamKy.get("don_vi_cu").forEach(c -> formers.add(c.asString()));
        assertThat(formers).containsExactly("an-my", "an-xuan", "truong-xuan");
        JsonNode anMy = unit(units, "an-my");
        assertThat(anMy.get("dang_hoat_dong").asBoolean()).isFalse();
        assertThat(anMy.get("hieu_luc_den").asString()).isEqualTo("2025-06-30");
    }

    @Test
    void what_a_person_sees_is_what_the_read_rule_lets_them_read() throws Exception {
        // the rule itself, as every service asks it: the person's units, those below and those they were formed from
        long tamKy = jdbc.sql("SELECT id FROM org_unit WHERE code = 'tam-ky'").query(Long.class).single();
        List<String> reachable = jdbc.sql("""
                        WITH RECURSIVE reach(id) AS (SELECT ? UNION
                            SELECT u.id FROM org_unit u JOIN reach r ON u.parent_id = r.id UNION
                            SELECT p.predecessor_id FROM org_unit_predecessor p JOIN reach r ON p.org_unit_id = r.id)
                        SELECT u.code FROM org_unit u JOIN reach r ON r.id = u.id""")
                .param(tamKy).query(String.class).list();

        assertThat(codes(json.readTree(get("lanhdao").body()))).containsExactlyInAnyOrderElementsOf(reachable);
        assertThat(codes(json.readTree(get("quantri").body()))).containsExactlyInAnyOrderElementsOf(
                jdbc.sql("SELECT code FROM org_unit").query(String.class).list());
    }

    @Test
    void nobody_signed_in_gets_a_401_in_vietnamese() throws Exception {
        HttpResponse<String> response = get(null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(json.readTree(response.body()).get("error").asString()).isNotBlank();
    }
}
