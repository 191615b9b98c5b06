package vn.chitieu.security;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.transaction.TransactionException;
import vn.chitieu.base.db.ConnectionPools;

/**
 * Password sign-in (form and HTTP Basic) behind the {@link SignInThrottle}, with every success, failure and lock
 * published for the audit log. The only provider of both filter chains, with no parent manager to fall back on, so
 * nothing reaches a password check around the throttle.
 */
final class ThrottledAuthentication implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final SignInThrottle throttle;
    private final ApplicationEventPublisher events;
    private final boolean forApi;
    private final ConnectionPools pools;

    /**
     * @param forApi whether this signs in API calls, which a temporary password may not make: it must first be
     *               changed in the web interface
     */
    ThrottledAuthentication(UserDetailsService users, PasswordEncoder encoder, SignInThrottle throttle,
                            ApplicationEventPublisher events, boolean forApi, ConnectionPools pools) {
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(encoder);
        this.throttle = throttle;
        this.events = events;
        this.forApi = forApi;
        this.pools = pools;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        try {
            return checked(authentication);
        } catch (DataAccessException | TransactionException e) {
            // the database is away: neither a failure to count nor a wrong password to report
            pools.outage(e);
            throw new SignInUnavailableException(e);
        }
    }

    private Authentication checked(Authentication authentication) {
        String username = authentication.getName() == null ? "" : authentication.getName();
        String address = address(authentication);
        try {
            throttle.check(username, address);
        } catch (SignInRefusedException e) {
            publish(SecurityEvent.SIGN_IN_FAILED, username, "từ chối (đang chờ hoặc tạm khóa), IP " + address);
            if (e.lockedNow()) {
                publishLock(username, address);
            }
            throw e;
        }
        Authentication result;
        try {
            result = passwords.authenticate(authentication);
        } catch (AuthenticationException e) {
            if (e instanceof InternalAuthenticationServiceException
                    && (e.getCause() instanceof DataAccessException || e.getCause() instanceof TransactionException)) {
                throw new SignInUnavailableException(e.getCause());
            }
            SignInThrottle.Outcome outcome = throttle.failed(username);
            if (address != null) {
                throttle.failedFrom(address);
            }
            publish(SecurityEvent.SIGN_IN_FAILED, username, describe(e) + ", IP " + address);
            if (outcome == SignInThrottle.Outcome.LOCKED_NOW) {
                publishLock(username, address);
            }
            // one answer for a wrong password, an unknown name and a disabled account
            throw new BadCredentialsException("Sai tên đăng nhập hoặc mật khẩu");
        }
        throttle.succeeded(username);
        if (forApi && result.getPrincipal() instanceof AccountDetails account && account.mustChangePassword()) {
            publish(SecurityEvent.SIGN_IN_FAILED, username, "API với mật khẩu tạm thời, IP " + address);
            throw new CredentialsExpiredException("Mật khẩu này là mật khẩu tạm thời: đăng nhập vào giao diện web để "
                    + "đổi mật khẩu trước khi dùng API");
        }
        // the API signs in on every call: only the web's sign-ins are worth a line each
        if (!forApi) {
            publish(SecurityEvent.SIGNED_IN, username, "IP " + address);
        }
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private void publishLock(String username, @Nullable String address) {
        publish(SecurityEvent.LOCKED, username, "sau " + SignInThrottle.LOCK_AT + " lần sai, "
                + SignInThrottle.LOCK_FOR.toMinutes() + " phút, IP " + address);
    }

    private void publish(String action, String username, String detail) {
        events.publishEvent(new SecurityEvent(action, username, null, null, detail));
    }

    private static String describe(AuthenticationException e) {
        return switch (e.getClass().getSimpleName()) {
            case "DisabledException" -> "tài khoản đã khóa";
            case "LockedException" -> "tài khoản bị khóa";
            default -> "sai mật khẩu hoặc không có tài khoản";
        };
    }

    private static @Nullable String address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
    }
}
