package vn.chitieu.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.chitieu.IntegrationTest;
import vn.chitieu.base.db.ConnectionPools;

/** Every way an API call can go wrong answers Vietnamese JSON with its proper status, over real HTTP. */
@IntegrationTest
class ApiErrorsTest {

    @Value("${local.server.port}")
    int port;
    final ObjectMapper json = new ObjectMapper();

    private HttpResponse<String> call(HttpRequest.Builder request) throws Exception {
        return new WebSession(port).send(request);
    }

    private HttpRequest.Builder as(String user, String path) {
        return new WebSession(port).request(path).header("Authorization", WebSession.basic(user, "chitieu-demo"));
    }

    private String error(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        JsonNode body = json.readTree(response.body());
        assertThat(body.get("errors").get(0).asString()).isEqualTo(body.get("error").asString());
        return body.get("error").asString();
    }

    @Test
    void anonymous_is_401_with_a_basic_challenge() throws Exception {
        HttpResponse<String> response = call(new WebSession(port).request("/api/v1/indicators?nhiem_ky=2025-2030"));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).startsWith("Basic"));
        assertThat(error(response)).startsWith("Cần đăng nhập");
    }

    @Test
    void a_wrong_password_is_401_without_saying_whether_the_account_exists() throws Exception {
        HttpResponse<String> response = call(new WebSession(port).request("/api/v1/indicators?nhiem_ky=2025-2030")
                .header("Authorization", WebSession.basic("lanhdao", "mat-khau-sai")));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(error(response)).isEqualTo("Sai tên đăng nhập hoặc mật khẩu");
    }

    @Test
    void a_wrong_role_is_403_with_a_reason_never_an_empty_body() throws Exception {
        HttpResponse<String> response = call(as("lanhdao", "/api/v1/import/preview")
                .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString("a,b\n")));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(error(response)).isEqualTo("Tài khoản này không có quyền thực hiện thao tác");
    }

    @Test
    void an_unknown_address_is_404() throws Exception {
        HttpResponse<String> response = call(as("lanhdao", "/api/v1/khong-co"));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(error(response)).isEqualTo("Không có địa chỉ API này");
    }

    @Test
    void a_wrong_method_is_405_with_the_methods_allowed() throws Exception {
        HttpResponse<String> response = call(as("lanhdao", "/api/v1/indicators?nhiem_ky=2025-2030")
                .DELETE());

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).hasValueSatisfying(allow -> assertThat(allow).contains("GET"));
        assertThat(error(response)).startsWith("Địa chỉ này không nhận phương thức DELETE");
    }

    @Test
    void a_wrong_content_type_is_415() throws Exception {
        HttpResponse<String> response = call(as("canbo", "/api/v1/import/preview")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")));

        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(error(response)).startsWith("Không nhận kiểu nội dung application/json");
    }

    @Test
    void a_missing_parameter_is_400() throws Exception {
        HttpResponse<String> response = call(as("lanhdao", "/api/v1/indicators"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(error(response)).isEqualTo("Thiếu tham số nhiem_ky");
    }

    @Test
    void a_body_over_10_mb_is_413() throws Exception {
        byte[] big = new byte[(int) ApiExceptionAdvice.MAX_BODY_BYTES + 1];

        HttpResponse<String> response = call(as("canbo", "/api/v1/import/preview")
                .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofByteArray(big)));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(error(response)).startsWith("Tệp hoặc nội dung gửi lên quá lớn");
    }

    @Test
    void a_temporary_password_does_not_open_the_api() throws Exception {
        // exercised with a real account in AccountServiceTest; here only the answer's shape
        var response = new MockHttpServletResponse();
        ApiErrors.unauthorized(new MockHttpServletRequest(), response,
                new org.springframework.security.authentication.CredentialsExpiredException("Mật khẩu này là mật khẩu tạm thời"));

        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(json.readTree(response.getContentAsString()).get("error").asString())
                .isEqualTo("Mật khẩu này là mật khẩu tạm thời");
    }

    @Test
    void an_unreachable_database_is_503_and_no_exception_text_leaks() throws Exception {
        var request = new MockHttpServletRequest("GET", "/api/v1/indicators");
        var response = new MockHttpServletResponse();

        new ApiExceptionAdvice(new ConnectionPools(List.of(), Clock.systemUTC())).unavailable(new CannotGetJdbcConnectionException("Connection refused: bí mật nội bộ"),
                request, response);

        assertThat(response.getStatus()).isEqualTo(503);
        String message = json.readTree(response.getContentAsString()).get("error").asString();
        assertThat(message).startsWith("Hệ thống tạm thời không truy cập được cơ sở dữ liệu")
                .matches(".*mã sự cố [0-9A-F]{4}-[0-9A-F]{4}.*").doesNotContain("Connection refused", "bí mật");
    }
}
