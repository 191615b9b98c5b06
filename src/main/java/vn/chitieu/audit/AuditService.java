package vn.chitieu.audit;

import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import vn.chitieu.security.Roles;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.chitieu.security.CurrentUser;

@Service
public class AuditService {

    private final AuditRepository entries;
    private final Clock clock;

    AuditService(AuditRepository entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    /** Records a change inside the caller's transaction, so the change and its record commit or fail together. */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, String entityType, @Nullable Long entityId,
                       @Nullable String oldValue, @Nullable String newValue, @Nullable String reason) {
        entries.save(new AuditEntry(null, clock.instant(), CurrentUser.require(), action, entityType, entityId,
                oldValue, newValue, reason));
    }

    /** The log of one entity, for administrators (it names people and every old value). */
    @PreAuthorize(Roles.ADMIN)
    @Transactional(readOnly = true)
    public List<AuditEntry> historyOf(String entityType, long entityId) {
        return entries.findByEntityTypeAndEntityIdOrderByAtDesc(entityType, entityId);
    }
}
