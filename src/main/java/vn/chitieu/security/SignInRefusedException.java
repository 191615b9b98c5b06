package vn.chitieu.security;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/**
 * A sign-in refused before the password was even looked at: too many failures for this account name or from this
 * address. The message is Vietnamese and meant for the person signing in; it says the same whether or not the account
 * exists.
 */
public final class SignInRefusedException extends AuthenticationException {

    /** Where the login form's failure leaves the message for the login view (a plain string). */
    public static final String SESSION_ATTRIBUTE = "chitieu.dang-nhap-bi-tu-choi";

    private final Duration retryAfter;
    private final boolean lockedNow;

    SignInRefusedException(String message, Duration retryAfter, boolean lockedNow) {
        super(message);
        this.retryAfter = retryAfter;
        this.lockedNow = lockedNow;
    }

    /** Whether this very attempt locked the account (to be audited once). */
    boolean lockedNow() {
        return lockedNow;
    }

    /** How long until another attempt may be made, for HTTP's Retry-After. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
