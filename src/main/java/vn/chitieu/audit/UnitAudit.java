package vn.chitieu.audit;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.chitieu.orgunit.UnitChange;

/**
 * Writes the units feature's changes into the audit log. A listener rather than a call from the units feature, which
 * would close a cycle (audit → security → orgunit → audit). It runs in the publisher's thread and transaction, through
 * {@link AuditService#record}, so a unit change and its record commit or fail together, as the signed-in person.
 */
@Component
class UnitAudit {

    private final AuditService audit;

    UnitAudit(AuditService audit) {
        this.audit = audit;
    }

    @EventListener
    void on(UnitChange change) {
        audit.record(change.action(), UnitChange.ENTITY, change.unitId(), change.before(), change.after(),
                change.reason());
    }
}
