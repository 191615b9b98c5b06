package vn.chitieu.datavalue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import vn.chitieu.base.db.UnitSearch;
import vn.chitieu.indicator.Indicator;
import vn.chitieu.indicator.IndicatorService;
import vn.chitieu.indicator.Term;
import vn.chitieu.security.Roles;
import vn.chitieu.security.UserService;

/**
 * What staff need to enter a period: the sheet of the running term's indicators for a unit, a check of each value as
 * it is typed (the engine's reading, plausibility, whether a reason is required), and a batch save that writes all
 * rows or none and never overwrites someone else's newer figure silently.
 */
@Service
public class EntryService {

    private final IndicatorService indicators;
    private final DataValueService values;
    private final DataValueRepository repository;

    private final UserService users;
    private final JdbcClient jdbc;
    private final Clock clock;

    EntryService(IndicatorService indicators, DataValueService values, DataValueRepository repository,
                 UserService users, JdbcClient jdbc, Clock clock) {
        this.users = users;
        this.jdbc = jdbc;
        this.clock = clock;
        this.indicators = indicators;
        this.values = values;
        this.repository = repository;
    }

    /** A unit the sheet can be opened for. */
    public record SheetUnit(long id, String code, String name) {
    }

    /**
     * One page of the units the person enters figures for (their assigned units; administrators every unit) that
     * have active indicators in the running term, by name, whose name or code contains the search: the sheet's lazy
     * unit picker.
     */
    @PreAuthorize(Roles.STAFF_OR_ADMIN)
    @Transactional(readOnly = true)
    public List<SheetUnit> sheetUnits(String search, int offset, int limit) {
        return sheetUnits(search, null, null, offset, limit);
    }

    /** How many units {@link #sheetUnits} finds for the search, in all. */
    @PreAuthorize(Roles.STAFF_OR_ADMIN)
    @Transactional(readOnly = true)
    public int countSheetUnits(String search) {
        var scope = users.currentScope();
        Term term = indicators.openTerm().orElse(null);
        if (term == null || !scope.allUnits() && scope.unitIds().isEmpty()) {
            return 0;
        }
        return jdbc.sql(UnitSearch.FIRST_MATCH + "SELECT COUNT(*) FROM org_unit u WHERE " + SHEET_UNIT_WHERE)
                .params(UnitSearch.parameters(scope.allUnits(), scope.unitIds(), search, null, null))
                .param("term", term.id()).query(Integer.class).single();
    }

    /**
     * The unit an address names ({@code ?don-vi=tam-ky}) when the person enters its figures, else their own unit,
     * else the first by name.
     */
    @PreAuthorize(Roles.STAFF_OR_ADMIN)
    @Transactional(readOnly = true)
    public Optional<SheetUnit> sheetUnit(@Nullable String code) {
        if (code != null) {
            return sheetUnits("", code, null, 0, 1).stream().findFirst();
        }
        Long own = users.currentUnitId().orElse(null);
        return (own == null ? List.<SheetUnit>of() : sheetUnits("", null, own, 0, 1)).stream().findFirst()
                .or(() -> sheetUnits("", null, null, 0, 1).stream().findFirst());
    }

    private static final String SHEET_UNIT_WHERE = """
            (EXISTS (SELECT 1 FROM indicator i WHERE i.org_unit_id = u.id AND i.active AND i.term_id = :term) OR """
            + IndicatorService.hasSharedIndicator(":term") + ") AND " + UnitSearch.WHERE;

    private List<SheetUnit> sheetUnits(String search, @Nullable String code, @Nullable Long id, int offset,
                                       int limit) {
        var scope = users.currentScope();
        Term term = indicators.openTerm().orElse(null);
        if (term == null || !scope.allUnits() && scope.unitIds().isEmpty()) {
            return List.of();
        }
        return jdbc.sql(UnitSearch.FIRST_MATCH + "SELECT u.id, u.code, u.name FROM org_unit u WHERE " + SHEET_UNIT_WHERE
                        + UnitSearch.PAGE)
                .params(UnitSearch.parameters(scope.allUnits(), scope.unitIds(), search, code, id))
                .param("term", term.id()).param("limit", limit).param("offset", offset)
                .query((rs, n) -> new SheetUnit(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
    }

    /**
     * One indicator on the sheet, with its stored figures for the period and the figure of the previous period of the
     * same kind ({@link Period#previous()}).
     */
    public record SheetRow(Indicator indicator, @Nullable DataValue official, @Nullable DataValue estimate,
                           @Nullable DataValue previous) {

        /** What the sheet shows first: the official figure once there is one. */
        public @Nullable DataValue current() {
            return official != null ? official : estimate;
        }
    }

    /** A value as typed, with the version of the stored value the person saw (0 when there was none). */
    public record Entry(long indicatorId, long orgUnitId, Period period, boolean estimate, String text,
                        @Nullable String note, @Nullable String reason, @Nullable String remedy,
                        @Nullable Long valueId, int seenVersion) {
    }

    /** Someone else saved this value after it was opened: both figures, for the person to choose. */
    public record Conflict(Entry mine, DataValue theirs) {
    }

    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<SheetRow> sheet(Term term, long orgUnitId, Period period) {
        users.requireReadable(orgUnitId);
        List<SheetRow> rows = new ArrayList<>();
        // the unit's own indicators and the shared ones assigned to it, each with the target that applies to the unit
        List<Indicator> all = indicators.indicatorsOfUnit(term, orgUnitId);
        java.util.Map<Long, Integer> orderOf = new java.util.HashMap<>();
        all.forEach(i -> orderOf.put(i.id(), i.sortOrder()));
        for (Indicator indicator : all) {
            List<DataValue> history = repository.findOfUnit(indicator.id(), orgUnitId);
            DataValue official = find(history, period, false);
            DataValue estimate = find(history, period, true);
            // the previous period of the same kind (Quý II before Quý III), the official figure once there is one
            DataValue previous = find(history, period.previous(), false);
            if (previous == null) {
                previous = find(history, period.previous(), true);
            }
            rows.add(new SheetRow(indicator, official, estimate, previous));
        }
        // a "Trong đó…" sub-row right under its indicator
        rows.sort(Comparator.comparing((SheetRow r) -> r.indicator().sector())
                .thenComparingInt(r -> r.indicator().parentId() == null ? r.indicator().sortOrder()
                        : orderOf.getOrDefault(r.indicator().parentId().getId(), r.indicator().sortOrder()))
                .thenComparing(r -> r.indicator().parentId() != null)
                .thenComparingInt(r -> r.indicator().sortOrder()));
        return rows;
    }

    /**
     * What the signed-in person still owes: for each unit they enter figures for, each reporting period of the running
     * term that has ended, is not closed, and lacks figures for some of the unit's indicators in their sectors. The
     * base year (the previous term's last) is not owed. Earliest deadline first, so the most overdue comes first.
     */
    @PreAuthorize(Roles.STAFF_OR_ADMIN)
    @Transactional(readOnly = true)
    public List<OwedPeriod> owed() {
        Term term = indicators.openTerm().orElse(null);
        if (term == null || term.id() == null) {
            return List.of();
        }
        var scope = users.currentScope();
        Map<Long, OwedUnit> units = new LinkedHashMap<>();
        Map<Long, Set<Long>> expected = new HashMap<>();
        jdbc.sql("""
                        SELECT i.id, i.sector, u.id AS unit_id, u.code, u.name FROM indicator i
                        JOIN org_unit u ON u.id = i.org_unit_id
                        WHERE i.term_id = :term AND i.parent_id IS NULL AND i.active ORDER BY u.name""")
                .param("term", term.id())
                .query(rs -> {
                    long unit = rs.getLong("unit_id");
                    if (scope.canWrite(unit, rs.getString("sector"))) {
                        units.putIfAbsent(unit, new OwedUnit(unit, rs.getString("code"), rs.getString("name")));
                        expected.computeIfAbsent(unit, u -> new HashSet<>()).add(rs.getLong("id"));
                    }
                });
        owedShared(term, scope, units.isEmpty() || !scope.allUnits() ? scope.unitIds() : units.keySet(), units,
                expected);
        if (units.isEmpty()) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        // which indicator has a figure for which unit and period, in one read for the term so far
        Map<String, Set<Long>> entered = new HashMap<>();
        jdbc.sql("""
                        SELECT DISTINCT indicator_id, org_unit_id, period_kind, period_year_from, period_year_to,
                               period_part FROM data_value
                        WHERE org_unit_id IN (:units) AND period_year_from > :base AND period_year_to <= :year""")
                .param("units", units.keySet()).param("base", term.startYear()).param("year", today.getYear())
                .query(rs -> {
                    Period period = new Period(Period.Kind.valueOf(rs.getString("period_kind")),
                            rs.getInt("period_year_from"), rs.getInt("period_year_to"), rs.getInt("period_part"));
                    entered.computeIfAbsent(rs.getLong("org_unit_id") + "@" + period.code(), k -> new HashSet<>())
                            .add(rs.getLong("indicator_id"));
                });
        List<OwedPeriod> owed = new ArrayList<>();
        for (int year = term.startYear() + 1; year <= Math.min(term.endYear(), today.getYear()); year++) {
            for (Period period : Period.reportingPeriodsOf(year)) {
                if (!period.endDate().isBefore(today)) {
                    continue;
                }
                for (OwedUnit unit : units.values()) {
                    Set<Long> due = expected.get(unit.id());
                    int done = (int) entered.getOrDefault(unit.id() + "@" + period.code(), Set.of()).stream()
                            .filter(due::contains).count();
                    if (done < due.size() && !values.isLocked(unit.id(), period)) {
                        owed.add(new OwedPeriod(unit.id(), unit.code(), unit.name(), period, due.size(), done,
                                period.deadline(), today.isAfter(period.deadline())));
                    }
                }
            }
        }
        owed.sort(Comparator.comparing(OwedPeriod::deadline).thenComparing(OwedPeriod::unitName));
        return owed;
    }

    /**
     * Adds to what is owed the shared indicators assigned to these units (of the sectors the person writes), and the
     * units that report only those.
     */
    private void owedShared(Term term, vn.chitieu.security.AccessScope scope, Set<Long> candidates,
                            Map<Long, OwedUnit> units, Map<Long, Set<Long>> expected) {
        var assigned = indicators.sharedAssignments(term, candidates);
        if (assigned.isEmpty()) {
            return;
        }
        Map<Long, String> sectors = new HashMap<>();
        jdbc.sql("SELECT id, sector FROM indicator WHERE id IN (:ids) AND active")
                .param("ids", assigned.stream().map(a -> a.indicatorId()).distinct().toList())
                .query(rs -> {
                    sectors.put(rs.getLong(1), rs.getString(2));
                });
        Set<Long> unitIds = new HashSet<>();
        assigned.stream().filter(a -> sectors.containsKey(a.indicatorId())
                        && scope.canWrite(a.unitId(), sectors.get(a.indicatorId())))
                .forEach(a -> {
                    unitIds.add(a.unitId());
                    expected.computeIfAbsent(a.unitId(), u -> new HashSet<>()).add(a.indicatorId());
                });
        unitIds.removeAll(units.keySet());
        if (!unitIds.isEmpty()) {
            jdbc.sql("SELECT id, code, name FROM org_unit WHERE id IN (:ids) ORDER BY name").param("ids", unitIds)
                    .query(rs -> {
                        units.put(rs.getLong(1), new OwedUnit(rs.getLong(1), rs.getString(2), rs.getString(3)));
                    });
        }
    }

    private record OwedUnit(long id, String code, String name) {
    }

    /** Reads and judges a typed value; nothing is written. */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public DataValueService.Check check(Indicator indicator, String text, @Nullable String note,
                                        @Nullable DataValue previous) {
        return values.check(indicator, text, note, previous, null, 0);
    }

    /**
     * As {@link #check(Indicator, String, String, DataValue)}, and for a yearly figure of a running term also the
     * projection to the term's end with this figure in place: the door every writer passes
     * ({@link DataValueService#check}).
     */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public DataValueService.Check check(Indicator indicator, String text, @Nullable String note,
                                        @Nullable DataValue previous, @Nullable Period period, long orgUnitId) {
        return values.check(indicator, text, note, previous, period, orgUnitId);
    }

    /**
     * Saves a batch of typed values: every one is checked first, and a value that misses its target needs a reason
     * and a remedy. Nothing is written unless all pass and none was changed by someone else meanwhile.
     *
     * @throws EntryRejectedException with the problems per indicator
     * @throws ValueConflictException with both figures for every value someone else saved in between
     */
    @PreAuthorize(Roles.STAFF_OR_ADMIN)
    // READ COMMITTED: after losing a race, the re-read must see the winner's figure, not this transaction's snapshot
    @Transactional(rollbackFor = Exception.class, isolation = Isolation.READ_COMMITTED)
    public List<DataValue> saveAll(List<Entry> entries) {
        Map<Long, List<String>> problems = new LinkedHashMap<>();
        List<Conflict> conflicts = new ArrayList<>();
        for (Entry entry : entries) {
            Indicator indicator = indicators.findById(entry.indicatorId()).orElseThrow(
                    () -> new IllegalArgumentException("Không có chỉ tiêu số " + entry.indicatorId()));
            values.requireWritable(indicator, entry.orgUnitId());
            List<String> mine = values.refusals(indicator, entry.orgUnitId(), entry.period(), entry.text(),
                    entry.note(), entry.reason(), entry.remedy());
            if (!mine.isEmpty()) {
                problems.put(entry.indicatorId(), mine);
            }
            stored(entry).filter(theirs -> entry.valueId() == null || theirs.version() != entry.seenVersion())
                    .ifPresent(theirs -> conflicts.add(new Conflict(entry, theirs)));
        }
        if (!problems.isEmpty()) {
            throw new EntryRejectedException(problems);
        }
        if (!conflicts.isEmpty()) {
            throw new ValueConflictException(conflicts);
        }
        List<DataValue> saved = new ArrayList<>();
        for (Entry entry : entries) {
            // the version the person saw, not a fresh read: a value saved by someone else in between must fail
            DataValue value = stored(entry)
                    .map(existing -> existing.asSeen(entry.seenVersion()).withValue(entry.text(), null, entry.note()))
                    .orElseGet(() -> DataValue.draft(entry.indicatorId(), entry.orgUnitId(), entry.period(),
                            entry.estimate(), entry.text(), null, entry.note(), null))
                    .withExplanation(blankToNull(entry.reason()), blankToNull(entry.remedy()));
            try {
                saved.add(values.save(value));
            } catch (OptimisticLockingFailureException | DuplicateKeyException race) {
                // saved by someone else between our check and our write: report it like any other conflict
                throw new ValueConflictException(List.of(new Conflict(entry, stored(entry).orElseThrow())));
            }
        }
        return saved;
    }

    private Optional<DataValue> stored(Entry entry) {
        return values.find(entry.indicatorId(), entry.orgUnitId(), entry.period(), entry.estimate());
    }

    private static @Nullable DataValue find(List<DataValue> history, Period period, boolean estimate) {
        return history.stream().filter(v -> v.period().equals(period) && v.estimate() == estimate).findFirst()
                .orElse(null);
    }

    private static boolean blank(@Nullable String s) {
        return s == null || s.isBlank();
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return blank(s) ? null : s.strip();
    }
}
