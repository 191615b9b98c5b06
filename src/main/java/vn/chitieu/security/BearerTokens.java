package vn.chitieu.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.transaction.TransactionException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs an API call in by its {@code Authorization: Bearer ct_…} token ({@link ApiTokenService}): one indexed lookup
 * of a SHA-256, no password check, so a script polling every minute costs nothing. A token that is unknown, revoked,
 * or whose account is disabled is refused with 401; calls without a bearer token go on to HTTP Basic.
 */
final class BearerTokens extends OncePerRequestFilter {

    private final ApiTokenService tokens;
    private final UserDetailsService users;

    BearerTokens(ApiTokenService tokens, UserDetailsService users) {
        this.tokens = tokens;
        this.users = users;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<UserDetails> account;
        try {
            account = tokens.usernameFor(header.substring(7).strip()).flatMap(this::enabled);
        } catch (DataAccessException | TransactionException e) {
            ApiErrors.unavailable(response);
            return;
        }
        if (account.isEmpty()) {
            ApiErrors.write(response, HttpServletResponse.SC_UNAUTHORIZED,
                    "Mã API không hợp lệ, đã bị thu hồi, hoặc tài khoản của nó đã bị khóa");
            return;
        }
        UserDetails user = account.get();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private Optional<UserDetails> enabled(String username) {
        try {
            UserDetails user = users.loadUserByUsername(username);
            return user.isEnabled() ? Optional.of(user) : Optional.empty();
        } catch (UsernameNotFoundException gone) {
            return Optional.empty();
        }
    }
}
