package vn.chitieu.audit;

import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.chitieu.security.SecurityEvent;

/**
 * Writes the security feature's events (sign-ins, locks, account changes) into the audit log. A listener rather than
 * a call from the security feature, which the audit feature itself depends on. It runs in the publisher's thread and
 * transaction: an account change and its record commit or fail together; a sign-in, which has no transaction, is
 * written on its own.
 */
@Component
class SecurityAudit {

    private final AuditRepository entries;
    private final Clock clock;

    SecurityAudit(AuditRepository entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    @EventListener
    void on(SecurityEvent event) {
        entries.save(new AuditEntry(null, clock.instant(), clean(event.actor(), 64), event.action(),
                SecurityEvent.ENTITY, event.accountId(), cleanOrNull(event.before()), cleanOrNull(event.after()),
                null));
    }

    /** A typed account name is whatever an attacker sent: no control characters, no more than the column holds. */
    private static String clean(String text, int max) {
        String plain = text.replaceAll("\\p{Cntrl}", "?");
        return plain.length() > max ? plain.substring(0, max) : plain;
    }

    private static @Nullable String cleanOrNull(@Nullable String text) {
        return text == null ? null : clean(text, 2000);
    }
}
