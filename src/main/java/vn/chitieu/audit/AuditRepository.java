package vn.chitieu.audit;

import java.util.List;
import org.springframework.data.repository.Repository;

/** Append and read only: the audit log offers no update or delete. */
interface AuditRepository extends Repository<AuditEntry, Long> {

    AuditEntry save(AuditEntry entry);

    List<AuditEntry> findByEntityTypeAndEntityIdOrderByAtDesc(String entityType, long entityId);
}
