package vn.chitieu.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.core.AuthenticationException;

/**
 * Errors of the REST API as Vietnamese JSON, {@code {"error": "...", "errors": ["..."]}} ({@code errors} for the
 * clients written against the import's answers). 401, 403 and 429 are written directly here: going through
 * {@code sendError} would dispatch to /error, which belongs to the browser chain and answers a script with a redirect
 * to the login page.
 */
final class ApiErrors {

    static final String TOO_MANY = "Quá nhiều lần đăng nhập sai";

    private ApiErrors() {
    }

    static void unauthorized(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (e instanceof SignInUnavailableException) {
            unavailable(response);
            return;
        }
        if (e instanceof SignInRefusedException refused) {
            response.setHeader("Retry-After", Long.toString(Math.max(1, refused.retryAfter().toSeconds())));
            write(response, 429, refused.getMessage());
            return;
        }
        response.setHeader("WWW-Authenticate", "Basic realm=\"Chi tieu API\", charset=\"UTF-8\"");
        if (e instanceof CredentialsExpiredException) {
            write(response, HttpServletResponse.SC_UNAUTHORIZED, e.getMessage());
        } else if (request.getHeader("Authorization") != null) {
            write(response, HttpServletResponse.SC_UNAUTHORIZED, "Sai tên đăng nhập hoặc mật khẩu");
        } else {
            write(response, HttpServletResponse.SC_UNAUTHORIZED,
                    "Cần đăng nhập: gửi tên đăng nhập và mật khẩu theo HTTP Basic");
        }
    }

    static final String UNAVAILABLE = "Hệ thống tạm thời không truy cập được cơ sở dữ liệu; chưa ghi gì, thử lại "
            + "sau ít phút";

    /** 503 with a hint when to retry: the database is away, the request was not carried out. */
    static void unavailable(HttpServletResponse response) throws IOException {
        response.setHeader("Retry-After", "30");
        write(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, UNAVAILABLE);
    }

    static void forbidden(HttpServletRequest request, HttpServletResponse response, Exception e) throws IOException {
        write(response, HttpServletResponse.SC_FORBIDDEN, reasonOf(e));
    }

    /**
     * Our services refuse with a sentence naming the unit or sector ("… không được ghi số liệu của Phường Phổ Hòa");
     * method security refuses with Spring's English "Access Denied", which the caller gets as a general sentence.
     */
    static String reasonOf(Exception e) {
        String message = e.getMessage();
        boolean ours = message != null && message.startsWith("Tài khoản") || message != null
                && message.startsWith("Chỉ tiêu");
        return ours ? message : "Tài khoản này không có quyền thực hiện thao tác";
    }

    static void write(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(json(message));
    }

    static String json(String message) {
        String text = quote(message);
        return "{\"error\":" + text + ",\"errors\":[" + text + "]}";
    }

    private static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
