package vn.chitieu.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;

/**
 * The edges of the REST API that no controller covers. An /api/ address without a controller would otherwise fall
 * through to the screens' catch-all mapping and get a web page; it gets a JSON 404 instead, from a handler mapping
 * consulted right after the controllers' (which still answer 405 and 415 for addresses they do have). And a request
 * body over {@link ApiExceptionAdvice#MAX_BODY_BYTES} is refused with 413 before anything reads it into memory.
 */
final class ApiFallback {

    private ApiFallback() {
    }

    static SimpleUrlHandlerMapping notFoundMapping() {
        var mapping = new SimpleUrlHandlerMapping(Map.of("/api/**",
                (org.springframework.web.HttpRequestHandler) (request, response) ->
                        ApiErrors.write(response, 404, "Không có địa chỉ API này")));
        // right after RequestMappingHandlerMapping (0), well before the catch-all of the screens
        mapping.setOrder(1);
        return mapping;
    }

    /** Refuses an API request whose body is, or turns out while being read to be, too large. */
    static final class BodyLimit extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (request.getContentLengthLong() > ApiExceptionAdvice.MAX_BODY_BYTES) {
                ApiErrors.write(response, 413, "Tệp hoặc nội dung gửi lên quá lớn: tối đa "
                        + ApiExceptionAdvice.MAX_BODY_BYTES / (1024 * 1024) + " MB");
                return;
            }
            chain.doFilter(request.getContentLengthLong() >= 0 ? request : new Limited(request), response);
        }
    }

    /** A body sent without a length (chunked): counted while it is read. */
    private static final class Limited extends HttpServletRequestWrapper {

        private ServletInputStream limited;

        Limited(HttpServletRequest request) {
            super(request);
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (limited == null) {
                ServletInputStream in = super.getInputStream();
                limited = new ServletInputStream() {
                    private long read;

                    @Override
                    public int read() throws IOException {
                        int b = in.read();
                        count(b < 0 ? 0 : 1);
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        int n = in.read(buffer, offset, length);
                        count(Math.max(n, 0));
                        return n;
                    }

                    private void count(int n) {
                        read += n;
                        if (read > ApiExceptionAdvice.MAX_BODY_BYTES) {
                            throw new ApiExceptionAdvice.BodyTooLargeException();
                        }
                    }

                    @Override
                    public boolean isFinished() {
                        return in.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return in.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        in.setReadListener(listener);
                    }
                };
            }
            return limited;
        }
    }
}
