package vn.chitieu.security;

import java.util.List;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;

/**
 * The places an account is signed in: browser sessions (Spring's session registry) and wall-screen tokens. Ending
 * them all is how "sign out everywhere", a password change or reset, disabling an account and an administrator's
 * revocation take effect at once instead of when a session times out.
 */
@Component
class SignIns {

    private final SessionRegistry sessions;
    private final KioskRememberMe kiosk;

    SignIns(SessionRegistry sessions, KioskRememberMe kiosk) {
        this.sessions = sessions;
        this.kiosk = kiosk;
    }

    /** Ends every session and every 30-day token of the account, except the session with the given id, if any. */
    void endAll(String username, @org.jspecify.annotations.Nullable String exceptSessionId) {
        kiosk.revoke(username);
        for (Object principal : sessions.getAllPrincipals()) {
            if (principal instanceof org.springframework.security.core.userdetails.UserDetails user
                    && user.getUsername().equals(username)) {
                List<SessionInformation> open = sessions.getAllSessions(principal, false);
                open.stream().filter(s -> !s.getSessionId().equals(exceptSessionId))
                        .forEach(SessionInformation::expireNow);
            }
        }
    }

    /** How many browser sessions of the account are open. */
    int openSessions(String username) {
        return sessions.getAllPrincipals().stream()
                .filter(p -> p instanceof org.springframework.security.core.userdetails.UserDetails u
                        && u.getUsername().equals(username))
                .mapToInt(p -> sessions.getAllSessions(p, false).size()).sum();
    }
}
