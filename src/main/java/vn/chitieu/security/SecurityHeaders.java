package vn.chitieu.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/**
 * Response headers for every answer, screens and API alike.
 * <p>
 * The Content-Security-Policy is what Vaadin Flow runs under: its bootstrap page has inline scripts and it evaluates
 * the JavaScript that the server sends ({@code executeJs}), so scripts need {@code 'unsafe-inline'} and
 * {@code 'unsafe-eval'}, and components set inline styles. Everything else is shut: scripts, styles, fonts, images,
 * connections (XHR and the push WebSocket) only from this server, no plugins, no framing by other sites, forms only
 * to this server, no {@code <base>} elsewhere. The end-to-end tests check that Chromium reports no violation.
 * <p>
 * HSTS is sent only on HTTPS requests (Spring's default), which behind a reverse proxy means when the proxy says
 * {@code X-Forwarded-Proto: https} ({@code server.forward-headers-strategy}).
 */
final class SecurityHeaders {

    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "worker-src 'self'",
            "manifest-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    static final String PERMISSIONS_POLICY = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), "
            + "magnetometer=(), microphone=(), payment=(), usb=(), interest-cohort=()";

    private SecurityHeaders() {
    }

    static void apply(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY))
                .addHeaderWriter(new StaticHeadersWriter("Cross-Origin-Opener-Policy", "same-origin"))
                .frameOptions(frame -> frame.deny())
                .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000));
    }
}
