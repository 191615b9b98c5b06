package vn.chitieu.dataimport.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.chitieu.IntegrationTest;

/** The REST API over real HTTP, signed in with HTTP Basic as the demo users. */
@IntegrationTest
class ImportApiTest {

    /** Phổ Hòa's figures: nothing else in the test suite counts them. */
    /** Phổ Hòa's closed term: only an administrator corrects it, and says why (nguyen_nhan). */
    static final String CSV = "don_vi,nhiem_ky,linh_vuc,ma,chi_tieu,dvt,muc_tieu,ky,ket_qua,ghi_chu,nguyen_nhan\n"
            + "Phường Phổ Hòa,2020-2025,Văn hóa - Xã hội,,Tỷ lệ người dân tham gia bảo hiểm y tế,%,trên 95%,2024,"
            + "\"96,4%\",Số liệu BHXH,Bổ sung theo báo cáo BHXH\n";

    @Value("${local.server.port}")
    int port;
    @Autowired
    JdbcClient jdbc;
    final HttpClient http = HttpClient.newHttpClient();
    final ObjectMapper json = new ObjectMapper();

    private HttpResponse<String> post(String path, String user, String contentType, byte[] body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":chitieu-demo").getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void the_preview_answers_one_judged_object_per_row_in_file_order() throws Exception {
        HttpResponse<String> response = post("/api/v1/import/preview", "quantri", "text/csv",
                CSV.getBytes(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode row = json.readTree(response.body()).get("rows").get(0);
        assertThat(row.get("line").asInt()).isEqualTo(2);
        assertThat(row.get("chi_tieu").asString()).isEqualTo("Tỷ lệ người dân tham gia bảo hiểm y tế");
        assertThat(row.get("muc_tieu").asString()).isEqualTo("> 95%");
        assertThat(row.get("ket_qua").asString()).isEqualTo("96,4%");
        assertThat(row.get("verdict").asString()).isEqualTo("DAT");
        assertThat(row.get("exceeded").asBoolean()).isTrue();
        assertThat(row.get("estimate").asBoolean()).isFalse();
        assertThat(row.get("errors")).isEmpty();
    }

    @Test
    void a_multipart_file_is_accepted_too() throws Exception {
        String boundary = "ranh-gioi-42";
        byte[] body = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"phu-luc.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + CSV + "\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> response = post("/api/v1/import/preview", "quantri",
                "multipart/form-data; boundary=" + boundary, body);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json.readTree(response.body()).get("rows").get(0).get("verdict").asString()).isEqualTo("DAT");
    }

    @Test
    void a_commit_with_one_bad_row_is_refused_whole_with_that_rows_error() throws Exception {
        long before = jdbc.sql("SELECT COUNT(*) FROM data_value").query(Long.class).single();
        String bad = CSV + CSV.lines().skip(1).findFirst().orElseThrow().replace("2024", "2023")
                .replace("\"96,4%\"", "nhiều") + "\n";

        HttpResponse<String> response = post("/api/v1/import", "quantri", "text/csv", bad.getBytes(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(422);
        JsonNode rows = json.readTree(response.body()).get("rows");
        assertThat(rows.get(0).get("errors")).isEmpty();
        assertThat(rows.get(1).get("errors").get(0).asString()).startsWith("Dòng 3, cột ket_qua");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM data_value").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void a_good_commit_writes_and_a_repeated_one_changes_nothing() throws Exception {
        byte[] file = CSV.replace("2024", "2022").getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> first = post("/api/v1/import", "quantri", "text/csv", file);
        long after = jdbc.sql("SELECT COUNT(*) FROM data_value").query(Long.class).single();
        HttpResponse<String> second = post("/api/v1/import", "quantri", "text/csv", file);

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(json.readTree(first.body()).get("committed").asBoolean()).isTrue();
        assertThat(json.readTree(first.body()).get("rows").get(0).get("hanh_dong").asString()).isIn("THEM", "GIU_NGUYEN");
        assertThat(json.readTree(second.body()).get("rows").get(0).get("hanh_dong").asString()).isEqualTo("GIU_NGUYEN");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM data_value").query(Long.class).single()).isEqualTo(after);
    }

    @Test
    void the_api_wants_a_user_with_the_right_role() throws Exception {
        byte[] file = CSV.getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> anonymous = post("/api/v1/import/preview", null, "text/csv", file);
        HttpResponse<String> leader = post("/api/v1/import/preview", "lanhdao", "text/csv", file);

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
        assertThat(json.readTree(anonymous.body()).get("errors").get(0).asString()).startsWith("Cần đăng nhập");
        assertThat(leader.statusCode()).isEqualTo(403);
    }

    @Test
    void the_indicators_of_a_term_and_unit_come_with_their_verdicts() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/v1/indicators?nhiem_ky=2025-2030&don_vi=tam-ky"))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("lanhdao:chitieu-demo".getBytes(StandardCharsets.UTF_8)))
                .GET().build();

        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode list = json.readTree(response.body());
        // the resolution's 15 and the 3 the city assigned to its wards
        assertThat(list).hasSize(15 + 3);
        assertThat(list.get(0).get("muc_tieu").asString()).isEqualTo("trên 3%");
        // (1) "trên 3%" every year: the demo's 3,1% for 2026 keeps it on track
        assertThat(list.get(0).get("ket_qua").asString()).isEqualTo("3,1%");
        assertThat(list.get(0).get("du_bao").asString()).isEqualTo("DU_KIEN_DAT");
    }

    @Test
    void staff_of_one_unit_writing_another_units_figure_are_refused_and_nothing_changes() throws Exception {
        long before = jdbc.sql("SELECT COUNT(*) FROM data_value").query(Long.class).single();
        // canbo works for Tam Kỳ; this row is Phổ Hòa's
        byte[] file = ("don_vi,nhiem_ky,linh_vuc,ma,chi_tieu,dvt,muc_tieu,ky,ket_qua\n"
                + "Phường Phổ Hòa,2020-2025,Văn hóa - Xã hội,,Tỷ lệ người dân tham gia bảo hiểm y tế,%,trên 95%,2023,"
                + "\"97%\"\n").getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> response = post("/api/v1/import", "canbo", "text/csv", file);

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("Phổ Hòa");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM data_value").query(Long.class).single()).isEqualTo(before);
    }
}
