package vn.chitieu.datavalue;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.jdbc.core.mapping.AggregateReference;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;
import vn.chitieu.orgunit.OrgUnit;

/** A reporting period of a unit that leadership has closed: its values can no longer be changed. */
@Table("period_lock")
public record PeriodLock(
        @Id @Nullable Long id,
        AggregateReference<OrgUnit, Long> orgUnitId,
        @Embedded.Empty(prefix = "period_") Period period,
        String lockedBy,
        Instant lockedAt,
        @Nullable String reopenedBy,
        @Nullable Instant reopenedAt,
        @Nullable Instant reopenUntil,
        @Nullable String reopenReason,
        @Version int version) {

    /** Closed now: never reopened, or the reopening has run out. */
    public boolean closedAt(Instant now) {
        return reopenUntil == null || !reopenUntil.isAfter(now);
    }

    PeriodLock reopened(String by, Instant at, Instant until, String reason) {
        return new PeriodLock(id, orgUnitId, period, lockedBy, lockedAt, by, at, until, reason, version);
    }

    PeriodLock closedAgain(String by, Instant at) {
        return new PeriodLock(id, orgUnitId, period, by, at, reopenedBy, reopenedAt, null, reopenReason, version);
    }
}
