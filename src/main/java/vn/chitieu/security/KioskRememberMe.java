package vn.chitieu.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Collection;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.authentication.rememberme.InvalidCookieException;
import org.springframework.security.web.authentication.rememberme.PersistentTokenBasedRememberMeServices;
import org.springframework.security.web.authentication.rememberme.PersistentTokenRepository;

/**
 * Keeps the wall screen signed in through a server restart or a night without network: after its sign-in the
 * read-only TRINH_CHIEU account gets a cookie that signs it in again for {@value #DAYS} days. No other role gets one,
 * and a cookie whose account is no longer a wall screen signs nobody in.
 * <p>
 * The cookie carries a random series and token stored in MariaDB (Spring Security's persistent tokens, table
 * {@code persistent_logins}), not a signature: signing out, "sign out everywhere", a password change and an
 * administrator's revocation delete the account's tokens, and the cookie is worthless from that moment. The token
 * changes at each use, so a stolen copy used later is detected and all the account's tokens are dropped.
 */
final class KioskRememberMe extends PersistentTokenBasedRememberMeServices {

    static final int DAYS = 30;
    static final String COOKIE = "chitieu-trinh-chieu";

    private final PersistentTokenRepository tokens;

    KioskRememberMe(String key, UserDetailsService users, PersistentTokenRepository tokens) {
        super(key, users, tokens);
        this.tokens = tokens;
        setTokenValiditySeconds(DAYS * 24 * 3600);
        setCookieName(COOKIE);
        setAlwaysRemember(true);
    }

    @Override
    protected void onLoginSuccess(HttpServletRequest request, HttpServletResponse response, Authentication auth) {
        if (isKiosk(auth.getAuthorities())) {
            super.onLoginSuccess(request, response, auth);
        }
    }

    @Override
    protected UserDetails processAutoLoginCookie(String[] cookieTokens, HttpServletRequest request,
                                                 HttpServletResponse response) {
        UserDetails user = super.processAutoLoginCookie(cookieTokens, request, response);
        if (!isKiosk(user.getAuthorities())) {
            tokens.removeUserTokens(user.getUsername());
            throw new InvalidCookieException("Tài khoản " + user.getUsername() + " không còn là màn hình trình chiếu");
        }
        return user;
    }

    /** Every 30-day sign-in of the account ends now. */
    void revoke(String username) {
        tokens.removeUserTokens(username);
    }

    private static boolean isKiosk(Collection<? extends GrantedAuthority> authorities) {
        return authorities.stream().anyMatch(a -> ("ROLE_" + Roles.TRINH_CHIEU).equals(a.getAuthority()));
    }
}
