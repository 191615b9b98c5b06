package vn.chitieu.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** One change, as it happened. Never updated or deleted. */
@Table("audit_log")
public record AuditEntry(
        @Id @Nullable Long id,
        Instant at,
        String username,
        String action,
        String entityType,
        @Nullable Long entityId,
        @Nullable String oldValue,
        @Nullable String newValue,
        @Nullable String reason) {
}
