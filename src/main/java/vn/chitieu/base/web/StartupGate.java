package vn.chitieu.base.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers "đang khởi tạo" (503, retry shortly) until start-up work is done. The web server starts answering before
 * the start-up runners (demo data, first administrator) have run; without this gate an early visitor signs in to an
 * empty product, and a wall screen opened at that moment shows nothing until the next change.
 */
final class StartupGate extends OncePerRequestFilter implements ApplicationListener<ApplicationReadyEvent> {

    private static final String PAGE = """
            <!doctype html><html lang="vi"><head><meta charset="utf-8"><meta http-equiv="refresh" content="2">
            <title>Chỉ tiêu — đang khởi tạo</title></head>
            <body style="font-family:sans-serif;margin:4rem;color:#333"><h1>Chỉ tiêu đang khởi tạo…</h1>
            <p>Hệ thống đang chuẩn bị dữ liệu, trang sẽ tự mở lại sau ít giây.</p></body></html>""";
    private static final String JSON = "{\"error\":\"Hệ thống đang khởi tạo, vui lòng thử lại sau ít giây\"}";

    private volatile boolean ready;

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        ready = true;
    }

    boolean isReady() {
        return ready;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (ready) {
            chain.doFilter(request, response);
            return;
        }
        boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", "2");
        response.setHeader("Cache-Control", "no-store");
        response.setContentType((api ? "application/json" : "text/html") + ";charset=UTF-8");
        response.getOutputStream().write((api ? JSON : PAGE).getBytes(StandardCharsets.UTF_8));
    }
}
