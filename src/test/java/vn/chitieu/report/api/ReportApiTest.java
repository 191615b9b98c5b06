package vn.chitieu.report.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.ObjectMapper;
import vn.chitieu.IntegrationTest;

/** The appendices over real HTTP, signed in with HTTP Basic as the demo users. */
@IntegrationTest
class ReportApiTest {

    @Value("${local.server.port}")
    int port;
    final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<byte[]> get(String path, String user) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":chitieu-demo").getBytes(StandardCharsets.UTF_8)))
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void a_leader_downloads_the_year_appendix_of_their_unit_as_a_workbook() throws Exception {
        HttpResponse<byte[]> response = get("/api/v1/reports/appendix?don_vi=tam-ky&nam=2026&format=xlsx", "lanhdao");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow())
                .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("phu-luc-tam-ky-nam-2026.xlsx");
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            assertThat(book.getSheetAt(0).getRow(3).getCell(0).getStringCellValue())
                    .isEqualTo("KẾT QUẢ THỰC HIỆN CHỈ TIÊU NGHỊ QUYẾT NĂM 2026, CHỈ TIÊU NGHỊ QUYẾT NĂM 2027");
        }
    }

    @Test
    void the_term_appendix_comes_as_a_word_document() throws Exception {
        HttpResponse<byte[]> response = get("/api/v1/reports/term?don_vi=tam-ky&nhiem_ky=2020-2025&format=docx",
                "canbo");

        assertThat(response.statusCode()).isEqualTo(200);
        try (var doc = new XWPFDocument(new ByteArrayInputStream(response.body()))) {
            assertThat(doc.getParagraphs()).anyMatch(p -> p.getText()
                    .equals("KẾT QUẢ THỰC HIỆN CHỈ TIÊU NGHỊ QUYẾT NHIỆM KỲ 2020-2025"));
        }
    }

    @Test
    void another_units_appendix_is_forbidden_with_a_vietnamese_message() throws Exception {
        HttpResponse<byte[]> response = get("/api/v1/reports/appendix?don_vi=pho-hoa&nam=2024&format=pdf", "lanhdao");

        assertThat(response.statusCode()).isEqualTo(403);
        String body = new String(response.body(), StandardCharsets.UTF_8);
        assertThat(new ObjectMapper().readTree(body).get("error").asString()).contains("Phường Phổ Hòa");
    }

    @Test
    void the_wall_screen_account_and_bad_parameters_are_refused() throws Exception {
        assertThat(get("/api/v1/reports/appendix?don_vi=tam-ky&nam=2026", "trinhchieu").statusCode()).isEqualTo(403);
        HttpResponse<byte[]> badFormat = get("/api/v1/reports/appendix?don_vi=tam-ky&nam=2026&format=odt", "lanhdao");
        assertThat(badFormat.statusCode()).isEqualTo(400);
        assertThat(new String(badFormat.body(), StandardCharsets.UTF_8)).contains("xlsx, docx hoặc pdf");
        assertThat(get("/api/v1/reports/term?don_vi=khong-co&nhiem_ky=2020-2025", "lanhdao").statusCode())
                .isEqualTo(400);
    }

    @Test
    void a_year_that_is_not_a_year_is_said_in_vietnamese() throws Exception {
        HttpResponse<byte[]> response = get("/api/v1/reports/appendix?don_vi=tam-ky&nam=abc", "lanhdao");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(new ObjectMapper().readTree(new String(response.body(), StandardCharsets.UTF_8)).get("error")
                .asString()).isEqualTo("Năm \"abc\" không hợp lệ: ghi năm bằng bốn chữ số, ví dụ nam=2026");
    }
}
