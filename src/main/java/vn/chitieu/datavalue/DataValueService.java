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
import java.util.ArrayList;
import vn.chitieu.evaluation.Assessments;
import vn.chitieu.evaluation.Evaluation;
import vn.chitieu.evaluation.ParseResult;
import vn.chitieu.evaluation.ReportedFigure;
import vn.chitieu.evaluation.TargetKind;
import vn.chitieu.evaluation.TargetReading;
import vn.chitieu.evaluation.TermRollup;
import vn.chitieu.evaluation.ValueChecks;
import vn.chitieu.evaluation.Verdict;
import vn.chitieu.evaluation.ResultParser;
import vn.chitieu.evaluation.ResultReading;
import vn.chitieu.indicator.Indicator;
import vn.chitieu.indicator.IndicatorService;
import vn.chitieu.indicator.Term;
import vn.chitieu.security.CurrentUser;
import vn.chitieu.security.Roles;
import vn.chitieu.security.SystemAuthentication;
import vn.chitieu.security.UserService;
import vn.chitieu.security.AccessScope;
import org.springframework.security.access.AccessDeniedException;

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
    private final UserService users;

    DataValueService(DataValueRepository values, JdbcClient jdbc, PeriodLockRepository locks,
                     IndicatorService indicators, AuditService audit, Clock clock, ApplicationEventPublisher events,
                     UserService users) {
        this.users = users;
        this.events = events;
        this.values = values;
        this.jdbc = jdbc;
        this.locks = locks;
        this.indicators = indicators;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The engine's view of a typed value.
     *
     * @param projection for a yearly figure of the running term: where the target is heading with it, else null
     */
    public record Check(@Nullable String reading, Evaluation evaluation, List<String> problems, boolean needsReason,
                        TermRollup.@Nullable Projection projection) {

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /**
     * Reads and judges a value before it is written, the same for every writer (the sheet, the import screen and
     * API, any other): the engine's reading, plausibility ({@link ValueChecks}), words where the target needs a
     * number, and for a yearly figure of a running term the projection with this figure in place, since a figure
     * that puts the target at risk needs its reason and remedy just like a miss. Nothing is written.
     *
     * @param previous the value of the period before, to notice a changed total; null to look it up (with a period)
     */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public Check check(Indicator indicator, String text, @Nullable String note, @Nullable DataValue previous,
                       @Nullable Period period, long orgUnitId) {
        if (text.isBlank()) {
            return new Check(null, Evaluation.undecided("Chưa nhập", false), List.of(), false, null);
        }
        // a shared indicator is judged against this unit's own target where it has one
        indicator = indicators.forUnit(indicator, orgUnitId);
        TargetReading target = IndicatorService.targetReading(indicator);
        ParseResult<ResultReading> parsed = ResultParser.parse(text, indicator.unit(), target);
        if (!parsed.isOk()) {
            return new Check(null, Evaluation.undecided("Chưa đọc được", false), parsed.errors(), false, null);
        }
        ResultReading reading = parsed.orElseThrow();
        Term term = termOf(indicator);
        if (period != null && term != null && period.yearTo() <= term.startYear()) {
            // the base year (the previous term's last): where the term starts from, not judged against its target
            return new Check(reading.describe(indicator.unit()), Evaluation.undecided("Số liệu năm gốc "
                    + term.startYear() + " của nhiệm kỳ " + term.code() + ": là điểm xuất phát, không đánh giá", false),
                    ValueChecks.problems(reading, indicator.unit(), indicator.name(), null, note), false, null);
        }
        if (previous == null && period != null && indicator.id() != null) {
            previous = values.findOfUnit(indicator.id(), orgUnitId).stream()
                    .filter(v -> v.period().compareTo(period) < 0)
                    .max(Comparator.comparing(DataValue::period)).orElse(null);
        }
        ResultReading before = previous == null ? null : previous.reading(indicator.unit());
        List<String> problems = new ArrayList<>(
                ValueChecks.problems(reading, indicator.unit(), indicator.name(), before, note));
        boolean countsAllUnits = indicator.target() != null && indicator.target().countsAllUnits();
        Evaluation evaluation = Assessments.judgeFigure(target, reading, indicator.unit(), countsAllUnits);
        // words the engine cannot judge, where a figure is measured: "abc" for a percentage is refused, while
        // "đạt và vượt chỉ tiêu" (judged) and a state or rating in words are fine
        if (reading.kind() == ResultReading.Kind.TEXT && evaluation.verdict() == Verdict.CHUA_DANH_GIA
                && (target != null ? needsNumber(target) : measured(indicator.unit()))) {
            problems.add("\"" + text.strip() + "\" không phải con số; " + (target != null ? "mục tiêu "
                    + target.describe() : "chỉ tiêu tính bằng " + indicator.unit())
                    + " cần kết quả bằng số, ví dụ 96,4% hoặc 7/8");
        }
        TermRollup.Projection projection = target == null || period == null || period.kind() != Period.Kind.YEAR
                ? null : projection(indicator, term, target, countsAllUnits, orgUnitId, period, reading);
        boolean atRisk = projection != null && projection.outlook() == TermRollup.Outlook.NGUY_CO_KHONG_DAT;
        return new Check(reading.describe(indicator.unit()), evaluation, problems,
                evaluation.verdict() == Verdict.KHONG_DAT || atRisk, projection);
    }

    /**
     * Why a value may not be written, empty when it may: {@link #check}'s problems, a miss (or a figure putting the
     * target at risk) without its reason and remedy, a closed period. {@link #save} asks the same, so no writer can
     * go around it.
     */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<String> refusals(Indicator indicator, long orgUnitId, Period period, String text,
                                 @Nullable String note, @Nullable String reason, @Nullable String remedy) {
        List<String> refusals = new ArrayList<>();
        String outOfScope = outOfScope(indicator, orgUnitId);
        if (outOfScope != null) {
            refusals.add(outOfScope);
            return refusals;
        }
        if (text.isBlank()) {
            refusals.add("Chưa nhập giá trị");
            return refusals;
        }
        if (indicator.id() != null && !jdbc.sql("SELECT active FROM indicator WHERE id = :id")
                .param("id", indicator.id()).query(Boolean.class).optional().orElse(true)) {
            refusals.add("Chỉ tiêu \"" + indicator.name() + "\" đã ngừng theo dõi: quản trị viên cho theo dõi lại "
                    + "trước khi nhập số liệu");
            return refusals;
        }
        Term term = termOf(indicator);
        if (term != null && !term.isOpen()) {
            if (!CurrentUser.hasRole(Roles.QUAN_TRI)) {
                refusals.add("Nhiệm kỳ " + term.code() + " đã kết thúc: số liệu chỉ để xem; chỉ quản trị được đính "
                        + "chính, kèm lý do");
                return refusals;
            }
            if (blank(reason)) {
                refusals.add("Đính chính số liệu của nhiệm kỳ " + term.code() + " đã kết thúc: cần ghi lý do đính "
                        + "chính (ô nguyên nhân)");
            }
        }
        Check check = check(indicator, text, note, null, period, orgUnitId);
        refusals.addAll(check.problems());
        missingExplanation(check, reason, remedy).ifPresent(refusals::add);
        if (isLocked(orgUnitId, period)) {
            refusals.add("Kỳ " + period.label() + " đã khóa sổ");
        }
        return refusals;
    }

    /** The sentence asking for a miss's reason and remedy, while either is still blank. */
    public static java.util.Optional<String> missingExplanation(Check check, @Nullable String reason,
                                                                @Nullable String remedy) {
        if (!check.needsReason() || (!blank(reason) && !blank(remedy))) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(check.evaluation().verdict() == Verdict.KHONG_DAT
                ? "Chưa đạt mục tiêu: cần ghi nguyên nhân và giải pháp"
                : "Theo xu hướng, nguy cơ không đạt mục tiêu cuối nhiệm kỳ: cần ghi nguyên nhân và giải pháp");
    }

    /** Where a running term's target heads with this year's figure in place of any stored one. */
    private TermRollup.@Nullable Projection projection(Indicator indicator, @Nullable Term term,
                                                      TargetReading target, boolean countsAllUnits, long orgUnitId,
                                                      Period period, ResultReading reading) {
        if (term == null || !term.isOpen()) {
            return null;
        }
        // the stored figures with this period's in place of any stored one, each read as the engine reads it
        List<ReportedFigure> figures = new ArrayList<>();
        (indicator.id() == null ? List.<DataValue>of() : values.findOfUnit(indicator.id(), orgUnitId)).stream()
                .filter(v -> !v.period().equals(period))
                .forEach(v -> figures.add(v.figure(indicator.unit())));
        figures.add(period.figure(reading.estimate(), reading));
        return Assessments.assess(target, indicator.unit(), countsAllUnits, term.startYear(), term.endYear(), true,
                figures, f -> period.label()).projection();
    }

    /**
     * Why the signed-in person may not write this indicator's figure for this unit, or null when they may: the unit
     * and sector must be assigned to them (administrators: every one), and the indicator must be that unit's own.
     */
    private @Nullable String outOfScope(Indicator indicator, long orgUnitId) {
        if (indicator.orgUnitId() == null && indicator.id() != null) {
            // a saved shared indicator; an import may still be creating one with its unit (no id yet)
            String notHere = sharedElsewhere(indicator, orgUnitId);
            if (notHere != null) {
                return notHere;
            }
        } else if (indicator.orgUnitId() != null && indicator.orgUnitId().getId() != null
                && indicator.orgUnitId().getId() != orgUnitId) {
            return "Chỉ tiêu \"" + indicator.name() + "\" không thuộc đơn vị " + unitName(orgUnitId);
        }
        AccessScope scope = users.currentScope();
        if (!scope.coversUnit(orgUnitId)) {
            return "Tài khoản của bạn không được ghi số liệu của " + unitName(orgUnitId);
        }
        if (!scope.coversSector(indicator.sector().name())) {
            return "Tài khoản của bạn không phụ trách lĩnh vực " + indicator.sector().label();
        }
        return null;
    }

    /**
     * Why a shared indicator takes no figure of this unit, or null when it does: it applies only to the units of its
     * kind below the unit that assigned it ({@link IndicatorService#sharedAssignments}).
     */
    private @Nullable String sharedElsewhere(Indicator indicator, long orgUnitId) {
        Term term = termOf(indicator);
        Long id = indicator.id();
        if (term != null && id != null && indicators.sharedAssignments(term, List.of(orgUnitId)).stream()
                .anyMatch(a -> a.indicatorId() == id)) {
            return null;
        }
        String kind = indicator.appliesToKind() == null ? "đơn vị"
                : indicator.appliesToKind().label().toLowerCase(java.util.Locale.ROOT);
        String owner = id == null ? null : jdbc.sql("""
                        SELECT o.name FROM indicator i JOIN org_unit o ON o.id = i.owner_unit_id WHERE i.id = :id""")
                .param("id", id).query(String.class).optional().orElse(null);
        return "Chỉ tiêu chung \"" + indicator.name() + "\" áp dụng cho các " + kind
                + (owner == null ? "" : " thuộc " + owner) + ", không áp dụng cho " + unitName(orgUnitId);
    }

    /**
     * Refuses (403) a writer working outside the person's units or sectors, or on another unit's indicator, before
     * anything is checked or written: the sheet and the import call it first, {@link #save} calls it too.
     */
    @PreAuthorize(Roles.STAFF_OR_ADMIN)
    public void requireWritable(Indicator indicator, long orgUnitId) {
        String refusal = outOfScope(indicator, orgUnitId);
        if (refusal != null) {
            throw new AccessDeniedException(refusal);
        }
    }

    private void requireReadable(long orgUnitId) {
        users.requireReadable(orgUnitId);
    }

    private String unitName(long orgUnitId) {
        return jdbc.sql("SELECT name FROM org_unit WHERE id = :id").param("id", orgUnitId).query(String.class)
                .optional().orElse("đơn vị số " + orgUnitId);
    }

    private @Nullable Term termOf(Indicator indicator) {
        return indicators.terms().stream().filter(t -> t.id().equals(indicator.termId().getId())).findFirst()
                .orElse(null);
    }

    /** A target judged on a figure: words cannot be compared with it (states and ratings can be written in words). */
    private static boolean needsNumber(TargetReading target) {
        return target.kind() != TargetKind.QUALITATIVE && target.kind() != TargetKind.RATING
                && target.kind() != TargetKind.COMPOUND;
    }

    /** A unit a figure is counted or measured in ("%", "hộ", "tỷ đồng"), not a rating or a state in words. */
    private static boolean measured(@Nullable String unit) {
        return unit != null && !unit.isBlank() && !unit.toLowerCase(java.util.Locale.ROOT).contains("xếp loại");
    }

    private static boolean blank(@Nullable String s) {
        return s == null || s.isBlank();
    }

    /**
     * Saves a new value or a change to an existing one, and records it in the audit log in the same transaction.
     * Every value passes {@link #refusals} first, whoever writes it; only figures the application itself loads from
     * the documents (demo data), which carry the document's own reading, skip the reason rule. A stale
     * {@link DataValue#version()} fails with an optimistic locking error instead of overwriting.
     *
     * @throws EntryRejectedException with the reasons, before anything is written
     */
    @PreAuthorize(Roles.STAFF_OR_ADMIN)
    @Transactional
    public DataValue save(DataValue value) {
        refuseIfLocked(value.orgUnitId().getId(), value.period());
        refuseIfRejected(value);
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
        values.findById(dataValueId).ifPresent(v -> requireReadable(v.orgUnitId().getId()));
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
        requireReadable(orgUnitId);
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
        requireReadable(orgUnitId);
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
        requireReadable(orgUnitId);
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

    private void refuseIfRejected(DataValue value) {
        Indicator indicator = indicators.findById(value.indicatorId().getId()).orElseThrow(
                () -> new IllegalArgumentException("Không có chỉ tiêu số " + value.indicatorId().getId()));
        String outOfScope = outOfScope(indicator, value.orgUnitId().getId());
        if (outOfScope != null) {
            throw new AccessDeniedException(outOfScope);
        }
        if (SystemAuthentication.SYSTEM_USER.equals(CurrentUser.username().orElse(""))) {
            // the application loading the documents' own figures (demo data): the document is the authority
            return;
        }
        List<String> refusals = refusals(indicator, value.orgUnitId().getId(), value.period(), value.valueText(),
                value.note(), value.reason(), value.remedy());
        if (!refusals.isEmpty()) {
            throw new EntryRejectedException(java.util.Map.of(indicator.id(), refusals));
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
        Indicator indicator = indicators.findById(value.indicatorId().getId()).orElseThrow(
                () -> new IllegalArgumentException("Không có chỉ tiêu số " + value.indicatorId().getId()));
        ParseResult<ResultReading> reading = ResultParser.parse(value.valueText(), indicator.unit(),
                IndicatorService.targetReading(indicator));
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
        indicators.findById(indicatorId).map(Indicator::orgUnitId).filter(java.util.Objects::nonNull)
                .ifPresent(unit -> requireReadable(unit.getId()));
        // a shared indicator has the figures of every unit of its kind: only those of units in the person's reach
        AccessScope scope = users.currentScope();
        return newestFirst(values.findByIndicatorId(indicatorId).stream()
                .filter(v -> scope.canRead(v.orgUnitId().getId())).toList());
    }

    /** One unit's values of an indicator (its own, or a shared one's for this unit), as {@link #historyOf(long)}. */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<DataValue> historyOf(long indicatorId, long unitId) {
        requireReadable(unitId);
        return newestFirst(values.findOfUnit(indicatorId, unitId));
    }

    private static List<DataValue> newestFirst(List<DataValue> values) {
        return values.stream().sorted(Comparator.comparing(DataValue::period).reversed()
                .thenComparing(DataValue::estimate)).toList();
    }
}
