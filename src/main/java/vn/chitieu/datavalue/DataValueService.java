package vn.chitieu.datavalue;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chitieu.audit.AuditService;
import vn.chitieu.security.CurrentUser;
import vn.chitieu.security.Roles;

@Service
public class DataValueService {

    static final String AUDIT_TYPE = "DATA_VALUE";

    private final DataValueRepository values;
    private final AuditService audit;
    private final Clock clock;

    DataValueService(DataValueRepository values, AuditService audit, Clock clock) {
        this.values = values;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Saves a new value or a change to an existing one, and records it in the audit log in the same transaction.
     * A stale {@link DataValue#version()} fails with an optimistic locking error instead of overwriting.
     */
    @PreAuthorize(Roles.STAFF_OR_ADMIN)
    @Transactional
    public DataValue save(DataValue value) {
        Long id = value.id();
        String old = id == null ? null : values.findById(id).map(DataValue::valueText).orElse(null);
        DataValue saved = values.save(value.stamped(CurrentUser.require(), clock.instant()));
        audit.record(id == null ? "TAO" : "SUA", AUDIT_TYPE, saved.id(), old, saved.valueText(), saved.note());
        return saved;
    }

    /** Every value of an indicator, latest period first, the official figure before the estimate of a period. */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<DataValue> historyOf(long indicatorId) {
        return values.findByIndicatorId(indicatorId).stream()
                .sorted(Comparator.comparing(DataValue::period).reversed()
                        .thenComparing(DataValue::estimate))
                .toList();
    }
}
