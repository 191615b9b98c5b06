package vn.chitieu.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.authentication.rememberme.InvalidCookieException;
import org.springframework.security.web.authentication.rememberme.TokenBasedRememberMeServices;

/**
 * Keeps the wall screen signed in through a server restart or a night without network: after its sign-in the
 * read-only TRINH_CHIEU account gets a signed cookie that signs it in again for {@value #DAYS} days. No other role
 * gets one, and a cookie whose account is no longer a wall screen signs nobody in. Changing the account's password
 * invalidates its cookie (the signature covers the password hash).
 */
final class KioskRememberMe extends TokenBasedRememberMeServices {

    static final int DAYS = 30;
    static final String COOKIE = "chitieu-trinh-chieu";

    KioskRememberMe(String key, UserDetailsService users) {
        super(key, users);
        setTokenValiditySeconds(DAYS * 24 * 3600);
        setCookieName(COOKIE);
        setAlwaysRemember(true);
    }

    @Override
    public void onLoginSuccess(HttpServletRequest request, HttpServletResponse response, Authentication auth) {
        if (isKiosk(auth.getAuthorities())) {
            super.onLoginSuccess(request, response, auth);
        }
    }

    @Override
    protected UserDetails processAutoLoginCookie(String[] cookieTokens, HttpServletRequest request,
                                                 HttpServletResponse response) {
        UserDetails user = super.processAutoLoginCookie(cookieTokens, request, response);
        if (!isKiosk(user.getAuthorities())) {
            throw new InvalidCookieException("Tài khoản " + user.getUsername() + " không còn là màn hình trình chiếu");
        }
        return user;
    }

    private static boolean isKiosk(java.util.Collection<? extends GrantedAuthority> authorities) {
        return authorities.stream().anyMatch(a -> ("ROLE_" + Roles.TRINH_CHIEU).equals(a.getAuthority()));
    }
}
