package vn.chitieu.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * 401 and 403 for the REST API, written directly as JSON. Going through {@code sendError} would dispatch to
 * /error, which belongs to the browser chain and answers a script with a redirect to the login page.
 */
final class ApiErrors {

    private ApiErrors() {
    }

    static void unauthorized(HttpServletRequest request, HttpServletResponse response, Exception e) throws IOException {
        response.setHeader("WWW-Authenticate", "Basic realm=\"Chi tieu API\", charset=\"UTF-8\"");
        write(response, HttpServletResponse.SC_UNAUTHORIZED,
                "Cần đăng nhập: gửi tên đăng nhập và mật khẩu theo HTTP Basic");
    }

    static void forbidden(HttpServletRequest request, HttpServletResponse response, Exception e) throws IOException {
        write(response, HttpServletResponse.SC_FORBIDDEN, "Tài khoản này không có quyền thực hiện thao tác");
    }

    private static void write(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"errors\":[\"" + message + "\"]}");
    }
}
