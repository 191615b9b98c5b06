package vn.chitieu.dataimport.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.chitieu.IntegrationTest;
import vn.chitieu.base.text.Csv;
import vn.chitieu.dataimport.ExportService;

/** {@code GET /api/v1/export} over real HTTP, as the demo users. */
@IntegrationTest
class ExportApiTest {

    @Value("${local.server.port}")
    int port;
    final HttpClient http = HttpClient.newHttpClient();
    final ObjectMapper json = new ObjectMapper();

    private HttpResponse<String> get(String query, String user) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/export?" + query))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":chitieu-demo").getBytes(StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void csv_is_utf8_in_the_imports_columns_and_json_holds_the_same_rows() throws Exception {
        HttpResponse<String> csv = get("nhiem_ky=2025-2030&don_vi=tam-ky&format=csv", "lanhdao");
        HttpResponse<String> rows = get("nhiem_ky=2025-2030&don_vi=tam-ky&format=json", "lanhdao");

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(csv.body()).startsWith("\uFEFF" + String.join(",", ExportService.COLUMNS) + "\r\n");
        List<Csv.Row> read = Csv.read(new StringReader(csv.body()));
        JsonNode list = json.readTree(rows.body());
        assertThat(rows.statusCode()).isEqualTo(200);
        assertThat(read).hasSize(list.size()).isNotEmpty();
        List<String> fromJson = new ArrayList<>();
        List<String> fromCsv = new ArrayList<>();
        for (int i = 0; i < read.size(); i++) {
            for (String column : ExportService.COLUMNS) {
                fromJson.add(list.get(i).get(column).asString());
                fromCsv.add(read.get(i).get(column));
            }
        }
        assertThat(fromCsv).isEqualTo(fromJson);
        assertThat(fromCsv).contains("Phường Tam Kỳ", "Tỷ lệ dân số tham gia bảo hiểm y tế", "trên 99%");
    }

    @Test
    void a_unit_outside_the_persons_reach_is_refused_and_a_missing_unit_is_said_in_vietnamese() throws Exception {
        assertThat(get("nhiem_ky=2020-2025&don_vi=pho-hoa", "canbo").statusCode()).isEqualTo(403);
        assertThat(get("nhiem_ky=2020-2025&don_vi=pho-hoa", "quantri").statusCode()).isEqualTo(200);

        HttpResponse<String> missing = get("nhiem_ky=2025-2030", "canbo");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(json.readTree(missing.body()).get("error").asString()).startsWith("Thiếu tham số don_vi");
        assertThat(get("nhiem_ky=2025-2030&don_vi=tam-ky&format=xml", "canbo").statusCode()).isEqualTo(400);
    }

    @Test
    void the_wall_screen_takes_no_export_away_even_of_its_own_unit() throws Exception {
        HttpResponse<String> refused = get("nhiem_ky=2025-2030&don_vi=tam-ky&format=json", "trinhchieu");

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(json.readTree(refused.body()).get("error").asString()).contains("không có quyền");
        assertThat(get("nhiem_ky=2025-2030&don_vi=tam-ky&format=json", "lanhdao").statusCode()).isEqualTo(200);
    }
}
