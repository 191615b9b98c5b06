package vn.chitieu.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Locale;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Vaadin's push endpoint (Atmosphere) answers any {@code Origin} with that origin in Access-Control-Allow-Origin and
 * {@code Access-Control-Allow-Credentials: true}, which would let another site's page read a signed-in person's push
 * messages with their cookies. The screens and their push only ever come from this server, so such headers are
 * dropped unless the origin is this server's own.
 */
final class PushOrigin extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String origin = request.getHeader("Origin");
        if (origin == null || origin.equalsIgnoreCase(ownOrigin(request))) {
            chain.doFilter(request, response);
            return;
        }
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void setHeader(String name, String value) {
                if (!isCors(name)) {
                    super.setHeader(name, value);
                }
            }

            @Override
            public void addHeader(String name, String value) {
                if (!isCors(name)) {
                    super.addHeader(name, value);
                }
            }
        });
    }

    private static boolean isCors(String header) {
        return header.toLowerCase(Locale.ROOT).startsWith("access-control-allow-");
    }

    /** This server as the browser sees it (behind a proxy, as the proxy announces it). */
    static String ownOrigin(HttpServletRequest request) {
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port);
    }
}
