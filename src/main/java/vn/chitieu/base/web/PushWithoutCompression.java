package vn.chitieu.base.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import org.jspecify.annotations.Nullable;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Opens the screens' push WebSockets without per-message compression. Tomcat accepts {@code permessage-deflate}
 * whenever a browser offers it (every browser does), and then keeps a zlib deflater and inflater for each open screen
 * for as long as it is open: about 54 KB of heap and a few hundred KB of native memory per connection, measured as the
 * largest part of what an open dashboard costs the server (docs/quy-mo-quoc-gia.md). The messages pushed are small
 * JSON changes sent on a ward's network, so compressing them saves little. The browser's offer is hidden from the
 * handshake; Tomcat 11 has no switch of its own for this.
 */
final class PushWithoutCompression extends OncePerRequestFilter {

    static final String EXTENSIONS = "Sec-WebSocket-Extensions";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getHeader(EXTENSIONS) == null) {
            chain.doFilter(request, response);
            return;
        }
        chain.doFilter(new HttpServletRequestWrapper(request) {
            @Override
            public @Nullable String getHeader(String name) {
                return EXTENSIONS.equalsIgnoreCase(name) ? null : super.getHeader(name);
            }

            @Override
            public Enumeration<String> getHeaders(String name) {
                return EXTENSIONS.equalsIgnoreCase(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
            }

            @Override
            public Enumeration<String> getHeaderNames() {
                return Collections.enumeration(Collections.list(super.getHeaderNames()).stream()
                        .filter(name -> !EXTENSIONS.equalsIgnoreCase(name)).toList());
            }
        }, response);
    }
}
