package vn.chitieu.datavalue;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jdbc.core.mapping.AggregateReference;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chitieu.audit.AuditService;
import vn.chitieu.evaluation.ParseResult;
import vn.chitieu.evaluation.ResultParser;
import vn.chitieu.evaluation.ResultReading;
import vn.chitieu.indicator.Indicator;
import vn.chitieu.indicator.IndicatorService;
import vn.chitieu.security.CurrentUser;
import vn.chitieu.security.Roles;

@Service
public class DataValueService {

    static final String AUDIT_TYPE = "DATA_VALUE";

    private final DataValueRepository values;
    private final JdbcClient jdbc;
    private final PeriodLockRepository locks;
    private final IndicatorService indicators;
    private final AuditService audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    DataValueService(DataValueRepository values, JdbcClient jdbc, PeriodLockRepository locks,
                     IndicatorService indicators, AuditService audit, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.values = values;
        this.jdbc = jdbc;
        this.locks = locks;
        this.indicators = indicators;
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
        refuseIfLocked(value.orgUnitId().getId(), value.period());
        value = withReading(value);
        Long id = value.id();
        String old = id == null ? null : values.findById(id).map(DataValue::valueText).orElse(null);
        DataValue saved = values.save(value.stamped(CurrentUser.require(), clock.instant()));
        // append-only, beside the aggregate: a child collection would be deleted and rewritten on every save
        jdbc.sql("""
                        INSERT INTO data_value_version (data_value_id, version, value_text, estimate, note, reason,
                                                        remedy, saved_by, saved_at)
                        VALUES (:id, :version, :text, :estimate, :note, :reason, :remedy, :by, :at)""")
                .param("id", saved.id()).param("version", saved.version()).param("text", saved.valueText())
                .param("estimate", saved.estimate()).param("note", saved.note()).param("reason", saved.reason())
                .param("remedy", saved.remedy()).param("by", saved.updatedBy())
                .param("at", java.sql.Timestamp.from(saved.updatedAt()))
                .update();
        audit.record(id == null ? "TAO" : "SUA", AUDIT_TYPE, saved.id(), old, saved.valueText(),
                saved.reason() != null ? saved.reason() : saved.note());
        events.publishEvent(new FiguresChanged(saved.orgUnitId().getId(), saved.indicatorId().getId()));
        return saved;
    }

    /** One version of a value, as it was saved. */
    public record Version(int version, String valueText, boolean estimate, @Nullable String note,
                          @Nullable String reason, @Nullable String remedy, String savedBy, Instant savedAt) {
    }

    /** Every saved version of a value, newest first. */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<Version> versionsOf(long dataValueId) {
        return jdbc.sql("""
                        SELECT version, value_text, estimate, note, reason, remedy, saved_by, saved_at
                        FROM data_value_version WHERE data_value_id = :id ORDER BY version DESC""")
                .param("id", dataValueId)
                .query((rs, n) -> new Version(rs.getInt("version"), rs.getString("value_text"),
                        rs.getBoolean("estimate"), rs.getString("note"), rs.getString("reason"),
                        rs.getString("remedy"), rs.getString("saved_by"), rs.getTimestamp("saved_at").toInstant()))
                .list();
    }

    /** The value of an indicator for a unit and period, estimate or official. */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public Optional<DataValue> find(long indicatorId, long orgUnitId, Period period, boolean estimate) {
        return values.find(indicatorId, orgUnitId, period.kind().name(), period.yearFrom(), period.yearTo(),
                period.part(), estimate);
    }

    /** Longest a closed period may be reopened for. */
    static final int MAX_REOPEN_HOURS = 72;

    /** Whether leadership has closed this period for this unit (and not reopened it for now). */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public boolean isLocked(long orgUnitId, Period period) {
        return lockOf(orgUnitId, period).filter(lock -> lock.closedAt(clock.instant())).isPresent();
    }

    /** The closing of a period, if it was ever closed: who, when, and any reopening. */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public Optional<PeriodLock> lockOf(long orgUnitId, Period period) {
        return locks.find(orgUnitId, period.kind().name(), period.yearFrom(), period.yearTo(), period.part());
    }

    /** Closes a period of a unit: from now on its values are read-only for everyone, this role included. */
    @PreAuthorize("hasRole('LANH_DAO')")
    @Transactional
    public PeriodLock lock(long orgUnitId, Period period) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Optional<PeriodLock> existing = lockOf(orgUnitId, period);
        if (existing.isPresent() && existing.get().closedAt(now)) {
            throw new IllegalStateException("Kỳ " + period.label() + " đã khóa sổ");
        }
        PeriodLock lock = locks.save(existing.map(l -> l.closedAgain(CurrentUser.require(), now))
                .orElseGet(() -> new PeriodLock(null, AggregateReference.to(orgUnitId), period, CurrentUser.require(),
                        now, null, null, null, null, 0)));
        audit.record("KHOA_KY", "PERIOD_LOCK", lock.id(), null, period.code(), null);
        return lock;
    }

    /**
     * Reopens a closed period for a limited time, so a correction can be made; the reason is kept with the lock and
     * in the audit log. It closes again by itself when the time is up.
     */
    @PreAuthorize("hasRole('LANH_DAO')")
    @Transactional
    public PeriodLock reopen(long orgUnitId, Period period, String reason, int hours) {
        if (reason.strip().length() < 10) {
            throw new IllegalArgumentException("Ghi rõ lý do mở lại kỳ (ít nhất 10 ký tự)");
        }
        if (hours < 1 || hours > MAX_REOPEN_HOURS) {
            throw new IllegalArgumentException("Chỉ mở lại từ 1 đến " + MAX_REOPEN_HOURS + " giờ");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        PeriodLock lock = lockOf(orgUnitId, period).filter(l -> l.closedAt(now))
                .orElseThrow(() -> new IllegalStateException("Kỳ " + period.label() + " đang mở, không cần mở lại"));
        PeriodLock reopened = locks.save(lock.reopened(CurrentUser.require(), now,
                now.plus(hours, ChronoUnit.HOURS), reason.strip()));
        audit.record("MO_LAI_KY", "PERIOD_LOCK", reopened.id(), period.code(), hours + " giờ", reason.strip());
        return reopened;
    }

    /** A value of a closed period cannot be written by anyone, through any door (view, import, API). */
    private void refuseIfLocked(long orgUnitId, Period period) {
        if (lockOf(orgUnitId, period).filter(lock -> lock.closedAt(clock.instant())).isPresent()) {
            throw new PeriodLockedException(period);
        }
    }

    /**
     * A value keeps a reading someone confirmed (an ambiguous "1.000" settled by the person entering it, or the
     * reading extracted with a document's figure); otherwise the engine reads the text, and a text it cannot read
     * is refused before anything is written.
     */
    private DataValue withReading(DataValue value) {
        if (value.parsed() != null) {
            return value;
        }
        // an indicator without a unit (a state in words) is fine: only a missing indicator is an error
        String unit = indicators.findById(value.indicatorId().getId()).orElseThrow(
                () -> new IllegalArgumentException("Không có chỉ tiêu số " + value.indicatorId().getId())).unit();
        ParseResult<ResultReading> reading = ResultParser.parse(value.valueText(), unit);
        if (!reading.isOk()) {
            throw new IllegalArgumentException("Giá trị \"" + value.valueText() + "\": "
                    + String.join("; ", reading.errors()));
        }
        ResultReading r = reading.orElseThrow();
        ParsedValue parsed = r.number() == null && r.numerator() == null ? null
                : new ParsedValue(r.kind() == ResultReading.Kind.RATIO ? null : r.number(), r.numerator(),
                r.denominator(), r.bound());
        return value.withValue(value.valueText(), parsed, value.note());
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
