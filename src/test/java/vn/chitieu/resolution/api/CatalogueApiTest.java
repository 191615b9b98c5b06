package vn.chitieu.resolution.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.chitieu.IntegrationTest;

/** The catalogue API over real HTTP, as the demo users; what it writes for Phổ Hòa's 2025-2030 term is removed after. */
@IntegrationTest
class CatalogueApiTest {

    @Value("${local.server.port}")
    int port;
    @Autowired
    JdbcClient jdbc;
    final HttpClient http = HttpClient.newHttpClient();
    final ObjectMapper json = new ObjectMapper();

    static String section() throws IOException {
        try (InputStream in = CatalogueApiTest.class.getResourceAsStream("/resolution/000_muc_III.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.startsWith("#"))
                    .collect(java.util.stream.Collectors.joining("\n"));
        }
    }

    private HttpResponse<String> post(String path, String user, String contentType, String body)
            throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", contentType)
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":chitieu-demo").getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private long indicatorsOfPhoHoa() {
        return jdbc.sql("""
                SELECT COUNT(*) FROM indicator i JOIN term t ON t.id = i.term_id JOIN org_unit u ON u.id = i.org_unit_id
                WHERE u.code = 'pho-hoa' AND t.code = '2025-2030'""").query(Long.class).single();
    }

    private long indicators() {
        return jdbc.sql("SELECT COUNT(*) FROM indicator").query(Long.class).single();
    }

    @AfterEach
    void removeWhatWasWritten() {
        String mine = "SELECT i.id FROM indicator i JOIN term t ON t.id = i.term_id JOIN org_unit u ON u.id = i.org_unit_id"
                + " WHERE u.code = 'pho-hoa' AND t.code = '2025-2030'";
        jdbc.sql("DELETE FROM indicator WHERE parent_id IS NOT NULL AND id IN (SELECT id FROM (" + mine + ") m)").update();
        jdbc.sql("DELETE FROM indicator WHERE id IN (SELECT id FROM (" + mine + ") m)").update();
    }

    @Test
    void parse_answers_the_rows_in_text_order_and_writes_nothing() throws Exception {
        long before = indicators();

        HttpResponse<String> response = post("/api/v1/catalogue/parse", "quantri", "text/plain;charset=UTF-8",
                section());

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode rows = json.readTree(response.body());
        assertThat(rows).hasSize(15);
        JsonNode first = rows.get(0);
        assertThat(first.get("so").asString()).isEqualTo("(1)");
        assertThat(first.get("linh_vuc").asString()).isEqualTo("Xây dựng Đảng và hệ thống chính trị");
        assertThat(first.get("chi_tieu").asString()).isEqualTo("Tỷ lệ kết nạp đảng viên hằng năm");
        assertThat(first.get("dvt").asString()).isEqualTo("% tổng số đảng viên");
        assertThat(first.get("muc_tieu").asString()).isEqualTo("trên 3% tổng số đảng viên");
        assertThat(first.get("doc_la").asString()).isEqualTo("> 3% tổng số đảng viên, hằng năm");
        assertThat(first.get("ky_han").asString()).isEqualTo("hằng năm");
        assertThat(first.get("loi")).isEmpty();
        assertThat(rows.get(9).get("phan")).hasSize(2);
        assertThat(rows.get(13).get("linh_vuc").asString()).isEqualTo("Quốc phòng - An ninh");
        assertThat(indicators()).isEqualTo(before);
    }

    @Test
    void parse_for_a_unit_shows_the_targets_it_already_has() throws Exception {
        HttpResponse<String> response = post("/api/v1/catalogue/parse?nhiem_ky=2025-2030&don_vi=tam-ky", "quantri",
                "text/plain;charset=UTF-8", section());

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode rows = json.readTree(response.body());
        assertThat(rows.get(5).get("da_co").asString()).startsWith("Đã có trong danh mục: (6)");
    }

    @Test
    void commit_writes_the_new_targets_once_and_never_duplicates_them() throws Exception {
        String rows = post("/api/v1/catalogue/parse", "quantri", "text/plain;charset=UTF-8", section()).body();

        HttpResponse<String> saved = post("/api/v1/catalogue?nhiem_ky=2025-2030&don_vi=pho-hoa", "quantri",
                "application/json", rows);

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(201);
        assertThat(json.readTree(saved.body()).get("so_chi_tieu_da_luu").asInt()).isEqualTo(17);
        assertThat(indicatorsOfPhoHoa()).isEqualTo(17);
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM indicator i JOIN indicator p ON p.id = i.parent_id JOIN org_unit u
                ON u.id = i.org_unit_id WHERE u.code = 'pho-hoa' AND p.number = '10'""").query(Long.class).single())
                .isEqualTo(2);

        HttpResponse<String> again = post("/api/v1/catalogue?nhiem_ky=2025-2030&don_vi=pho-hoa", "quantri",
                "application/json", rows);

        assertThat(again.statusCode()).isEqualTo(201);
        JsonNode answer = json.readTree(again.body());
        assertThat(answer.get("so_chi_tieu_da_luu").asInt()).isZero();
        assertThat(answer.get("da_co")).hasSize(15);
        assertThat(indicatorsOfPhoHoa()).isEqualTo(17);
    }

    @Test
    void one_unreadable_row_refuses_the_whole_commit_in_words() throws Exception {
        ArrayNode rows = (ArrayNode) json.readTree(post("/api/v1/catalogue/parse", "quantri",
                "text/plain;charset=UTF-8", section()).body());
        ((ObjectNode) rows.get(10)).put("muc_tieu", "9/8 trường");

        HttpResponse<String> refused = post("/api/v1/catalogue?nhiem_ky=2025-2030&don_vi=pho-hoa", "quantri",
                "application/json", json.writeValueAsString(rows));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(json.readTree(refused.body()).get("errors").get(0).asString()).startsWith("Chưa lưu gì")
                .contains("(11)").contains("không thể lớn hơn");
        assertThat(indicatorsOfPhoHoa()).isZero();
    }

    @Test
    void a_unit_outside_the_callers_reach_is_refused() throws Exception {
        HttpResponse<String> parse = post("/api/v1/catalogue/parse?nhiem_ky=2025-2030&don_vi=pho-hoa", "canbo",
                "text/plain;charset=UTF-8", section());
        String rows = post("/api/v1/catalogue/parse", "canbo", "text/plain;charset=UTF-8", section()).body();
        HttpResponse<String> commit = post("/api/v1/catalogue?nhiem_ky=2025-2030&don_vi=pho-hoa", "canbo",
                "application/json", rows);

        assertThat(parse.statusCode()).isEqualTo(403);
        assertThat(json.readTree(parse.body()).toString()).contains("Phổ Hòa");
        assertThat(commit.statusCode()).isEqualTo(403);
        assertThat(indicatorsOfPhoHoa()).isZero();
    }

    @Test
    void a_text_longer_than_ten_reports_is_refused_in_vietnamese_before_it_is_read() throws Exception {
        String tooLong = "(1) Tỷ lệ hộ nghèo dưới 1%. ".repeat(40_000);

        HttpResponse<String> response = post("/api/v1/catalogue/parse", "canbo", "text/plain;charset=UTF-8", tooLong);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json.readTree(response.body()).get("errors").get(0).asString())
                .startsWith("Văn bản quá dài (1120000 ký tự, tối đa 1000000)");
    }

    @Test
    void garbage_is_read_as_no_targets_and_writes_nothing() throws Exception {
        long before = indicators();

        HttpResponse<String> response = post("/api/v1/catalogue/parse", "quantri", "text/plain;charset=UTF-8",
                "@@@ ### $$$\n;;;;\n\u0000\u0007 ---");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json.readTree(response.body())).isEmpty();
        assertThat(indicators()).isEqualTo(before);
    }
}
