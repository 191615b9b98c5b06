package vn.chitieu.dashboard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chitieu.base.Source;
import vn.chitieu.base.db.UnitSearch;
import java.time.Clock;
import vn.chitieu.datavalue.DataValueService;
import vn.chitieu.datavalue.Period;
import vn.chitieu.evaluation.Assessment;
import vn.chitieu.evaluation.Assessments;
import vn.chitieu.evaluation.ReportedFigure;
import vn.chitieu.evaluation.Horizon;
import vn.chitieu.evaluation.ResultReading;
import vn.chitieu.evaluation.TargetKind;
import vn.chitieu.evaluation.TargetReading;
import vn.chitieu.evaluation.Targets;
import vn.chitieu.evaluation.ValueBound;
import vn.chitieu.indicator.IndicatorService;
import vn.chitieu.indicator.Sector;
import vn.chitieu.indicator.SharedAssignment;
import vn.chitieu.orgunit.OrgUnitKind;
import vn.chitieu.security.AccessScope;
import vn.chitieu.security.Roles;
import vn.chitieu.security.UserService;

/**
 * Read models for the list and the dashboard: flat records filled by focused queries, not aggregates. Every verdict
 * and projection here comes from the {@code evaluation} engine; this class only gathers the figures for it.
 */
@Service
public class DashboardService {

    private final JdbcClient jdbc;
    private final DataValueService values;
    private final Clock clock;
    private final UserService users;
    private final SharedOverviews shared;
    private final IndicatorService indicators;

    DashboardService(JdbcClient jdbc, DataValueService values, Clock clock, UserService users,
                     SharedOverviews shared, IndicatorService indicators) {
        this.indicators = indicators;
        this.users = users;
        this.shared = shared;
        this.jdbc = jdbc;
        this.values = values;
        this.clock = clock;
    }

    /**
     * Completeness of each reporting period of a year for a unit: how many of its indicators in the term have a
     * figure (estimate or official), which are missing, whether the period is closed, and whether it is overdue
     * (past {@link Period#deadline()}). A closed period is never overdue: leadership closed it as it stands.
     */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<PeriodStatus> periods(String termCode, long unitId, int year) {
        requireReadable(unitId);
        record Expected(long id, String label, Sector sector, int order) {
        }
        List<Expected> expected = jdbc.sql("""
                        SELECT i.id, i.number, i.name, i.sector, i.sort_order, i.responsible FROM indicator i
                        JOIN term t ON t.id = i.term_id
                        WHERE t.code = :term AND i.org_unit_id = :unit AND i.parent_id IS NULL AND i.active
                        UNION ALL
                        SELECT i.id, i.number, i.name, i.sector, i.sort_order, i.responsible FROM indicator i
                        WHERE i.id IN (:shared) AND i.active""")
                .param("term", termCode).param("unit", unitId)
                .param("shared", ids(sharedOf(termCode, Set.of(unitId))))
                .query((rs, n) -> new Expected(rs.getLong("id"),
                        (rs.getString("number") == null ? "" : "(" + rs.getString("number") + ") ") + rs.getString("name")
                                + (rs.getString("responsible") == null ? "" : " — " + rs.getString("responsible")),
                        Sector.valueOf(rs.getString("sector")), rs.getInt("sort_order")))
                .list().stream()
                // the documents' order of sectors, which is the enum's, not the alphabet's
                .sorted(Comparator.comparing(Expected::sector).thenComparingInt(Expected::order))
                .toList();
        java.time.LocalDate today = java.time.LocalDate.now(clock);
        List<PeriodStatus> statuses = new ArrayList<>();
        for (Period period : Period.reportingPeriodsOf(year)) {
            Set<Long> entered = new java.util.HashSet<>(jdbc.sql("""
                            SELECT DISTINCT indicator_id FROM data_value WHERE org_unit_id = :unit
                            AND period_kind = :kind AND period_year_from = :from AND period_year_to = :to
                            AND period_part = :part""")
                    .param("unit", unitId).param("kind", period.kind().name()).param("from", period.yearFrom())
                    .param("to", period.yearTo()).param("part", period.part()).query(Long.class).list());
            List<String> missing = expected.stream().filter(e -> !entered.contains(e.id())).map(Expected::label)
                    .toList();
            var lock = values.lockOf(unitId, period);
            boolean closed = lock.map(l -> l.closedAt(clock.instant())).orElse(false);
            boolean overdue = !closed && !missing.isEmpty() && today.isAfter(period.deadline());
            statuses.add(new PeriodStatus(period, expected.size(), expected.size() - missing.size(), missing, closed,
                    lock.map(l -> l.lockedBy()).orElse(null), lock.map(l -> l.lockedAt()).orElse(null),
                    lock.map(l -> l.reopenUntil()).filter(u -> u.isAfter(clock.instant())).orElse(null), overdue));
        }
        return statuses;
    }

    /** A unit that has indicators in a term, for the unit picker. */
    public record UnitChoice(long id, String code, String name) {
    }

    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<UnitChoice> unitsWithIndicators(String termCode) {
        // the picker's one query, every page at once: units with their own or shared indicators, within the scope
        return choices(termCode, "", null, null, 0, Integer.MAX_VALUE);
    }

    /**
     * One page of the units with indicators in a term that the person may read, by name, whose name or code contains
     * the search, for the lazy unit picker: an administrator at national size has 3,321 such units, never sent at
     * once. Accents and case are left to the name's collation (utf8mb4_unicode_ci: "tam ky" finds "Tam Kỳ").
     */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<UnitChoice> unitChoices(String termCode, String search, int offset, int limit) {
        return choices(termCode, search, null, null, offset, limit);
    }

    /** How many units {@link #unitChoices} finds for the search, in all. */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public int countUnitChoices(String termCode, String search) {
        AccessScope scope = users.currentScope();
        if (!scope.allUnits() && scope.readable().isEmpty()) {
            return 0;
        }
        return jdbc.sql(UnitSearch.FIRST_MATCH + "SELECT COUNT(*) FROM org_unit u WHERE " + UNIT_CHOICE_WHERE)
                .params(UnitSearch.parameters(scope.allUnits(), scope.readable(), search, null, null))
                .param("term", termCode).query(Integer.class).single();
    }

    /**
     * The unit an address names ({@code ?don-vi=tam-ky}), or else the person's own unit, or else the first by name;
     * only units with indicators in the term that the person may read. Empty when the person reads none.
     *
     * @param code the code the address gives, or null for the person's own unit
     */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public Optional<UnitChoice> unitChoice(String termCode, @Nullable String code) {
        if (code != null) {
            return choices(termCode, "", code, null, 0, 1).stream().findFirst();
        }
        // the person's own, else the first: the rule the pickers follow, in one place
        return Optional.ofNullable(unitShown(termCode, null, null).unit());
    }

    /**
     * What a unit picker shows for a term: {@code unit} is the unit the address names when the person may read it
     * and it has indicators in the term ({@code named}), else the one shown before ({@code kept}) when the term has it
     * too, else the person's own, else the first by name; null when the person reads none. {@code several}: the
     * person has another unit to choose, so the picker is not read only.
     */
    public record UnitShown(@Nullable UnitChoice unit, boolean named, boolean several) {
    }

    /**
     * The unit a screen opens on, and whether there is another, in one call: a screen used to ask for its default
     * unit, then for the address's, and again each time for a second unit (some 20-30 ms of a dashboard's opening
     * at national size). The person's first two units by name answer most of it: a person with
     * one unit needs no other statement.
     *
     * @param code the code the address names, or null
     * @param kept the code of the unit shown before (another term), or null
     */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public UnitShown unitShown(String termCode, @Nullable String code, @Nullable String kept) {
        List<UnitChoice> first = choices(termCode, "", null, null, 0, 2);
        boolean several = first.size() > 1;
        Optional<UnitChoice> named = code == null ? Optional.empty() : byCode(termCode, first, code);
        if (named.isPresent()) {
            return new UnitShown(named.get(), true, several);
        }
        UnitChoice shown = (kept == null ? Optional.<UnitChoice>empty() : byCode(termCode, first, kept))
                .or(() -> users.currentUnitId().flatMap(own -> first.stream().filter(u -> u.id() == own).findFirst()
                        .or(() -> several ? choices(termCode, "", null, own, 0, 1).stream().findFirst()
                                : Optional.empty())))
                .or(() -> first.stream().findFirst())
                .orElse(null);
        return new UnitShown(shown, code == null, several);
    }

    /** A unit among the first two, else asked for: with fewer than two in all, the person has no other. */
    private Optional<UnitChoice> byCode(String termCode, List<UnitChoice> first, String code) {
        return first.stream().filter(u -> u.code().equals(code)).findFirst()
                .or(() -> first.size() > 1 ? choices(termCode, "", code, null, 0, 1).stream().findFirst()
                        : Optional.empty());
    }

    /** Units with active indicators in the term, their own or shared ones assigned to them, within the person's scope. */
    private static final String UNIT_CHOICE_WHERE = """
            (EXISTS (SELECT 1 FROM indicator i WHERE i.org_unit_id = u.id AND i.active
                    AND i.term_id = (SELECT t.id FROM term t WHERE t.code = :term)) OR """
            + IndicatorService.hasSharedIndicator("(SELECT t.id FROM term t WHERE t.code = :term)") + ") AND "
            + UnitSearch.WHERE;

    private List<UnitChoice> choices(String termCode, String search, @Nullable String code, @Nullable Long id,
                                     int offset, int limit) {
        AccessScope scope = users.currentScope();
        if (!scope.allUnits() && scope.readable().isEmpty()) {
            return List.of();
        }
        return jdbc.sql(UnitSearch.FIRST_MATCH + "SELECT u.id, u.code, u.name FROM org_unit u WHERE " + UNIT_CHOICE_WHERE
                        + UnitSearch.PAGE)
                .params(UnitSearch.parameters(scope.allUnits(), scope.readable(), search, code, id))
                .param("term", termCode).param("limit", limit).param("offset", offset)
                .query((rs, n) -> new UnitChoice(rs.getLong("id"), rs.getString("code"), rs.getString("name")))
                .list();
    }

    /**
     * The indicators of a term with their latest figures and the engine's assessment, in sector order, targets
     * before plain figures. With a unit, its indicators and those of the former units it was formed from, so merged
     * wards keep their history visible.
     */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<IndicatorRow> indicatorList(String termCode, long unitId) {
        // one unit (with its former units) at a time: a whole term of every unit is national-size data
        return judged(termCode, unitWithPredecessors(requireReadable(unitId))).stream().map(Judged::row).toList();
    }

    /**
     * What the dashboard shows for a term and a unit (null: every unit), read in one go. A unit's own indicators
     * only: the units it was formed from have their own column in {@link #wardComparison}.
     *
     * @param periods the periods that have figures, newest first, for the period picker
     * @param asOf    the figures are those reported up to the end of this period (null: all of them)
     */
    public record Overview(List<IndicatorRow> rows, Tally tally, List<Trend> trends, List<Period> periods,
                           @Nullable Period asOf, Instant readAt) {

        public Overview {
            periods = List.copyOf(periods);
        }

        public List<IndicatorRow> rowsOf(Sector sector) {
            return rows.stream().filter(row -> row.sector() == sector).toList();
        }

        public Trend trendOf(Sector sector) {
            return trends.stream().filter(t -> t.sector() == sector).findFirst().orElseThrow();
        }
    }

    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public Overview overview(String termCode, @Nullable Long unitId) {
        return overview(termCode, unitId, null);
    }

    /**
     * The dashboard as it stood at the end of a period: every figure reported for a period that ends by then (a
     * quarter, 6 or 9 months, a year), judged by the engine as if nothing later had been reported yet.
     */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public Overview overview(String termCode, @Nullable Long unitId, @Nullable Period asOf) {
        if (unitId == null) {
            return computed(termCode, readableUnits(), asOf);
        }
        // the person's scope first: a shared overview is handed only to those who may read the unit
        Set<Long> unit = Set.of(requireReadable(unitId));
        return shared.get(new SharedOverviews.Key(termCode, unitId, asOf), unit, fingerprint(termCode, unitId),
                () -> computed(termCode, unit, asOf));
    }

    private Overview computed(String termCode, @Nullable Set<Long> units, @Nullable Period asOf) {
        Map<Long, SharedAssignment> shared = sharedOf(termCode, units);
        Map<Long, List<Figure>> figures = figures(termCode, units, shared);
        List<Period> periods = figures.values().stream().flatMap(List::stream).map(Figure::period).distinct()
                .sorted(NEWEST_FIRST).toList();
        List<Judged> judged = judged(termCode, units, asOf == null ? figures : upTo(figures, asOf), shared);
        List<IndicatorRow> rows = judged.stream().map(Judged::row).toList();
        return new Overview(rows, Tally.of(rows), Trends.of(judged), periods, asOf, clock.instant());
    }

    /**
     * What a unit's overview is computed from, in one cheap read (its indexes, no figure text): its figures, its
     * indicators, its period locks (and whether a reopening still runs) and the term. Any edit bumps a version or a
     * count, so a shared overview is never handed out after a change that sent no event (catalogue, locks, the term,
     * or a write outside the application).
     */
    private String fingerprint(String termCode, long unitId) {
        return jdbc.sql("""
                        SELECT CONCAT_WS('|',
                          (SELECT CONCAT(t.id, ':', t.version, ':', t.status) FROM term t WHERE t.code = :term),
                          (SELECT CONCAT(COUNT(*), ':', COALESCE(SUM(i.version), 0), ':', COALESCE(MAX(i.id), 0), ':',
                                  COALESCE(SUM(i.active), 0))
                             FROM indicator i JOIN term t ON t.id = i.term_id
                             WHERE t.code = :term AND i.org_unit_id = :unit),
                          (SELECT CONCAT(COUNT(*), ':', COALESCE(SUM(i.version), 0), ':', COALESCE(MAX(i.id), 0), ':',
                                  COALESCE(SUM(i.active), 0), ':', COALESCE(SUM(i.owner_unit_id), 0))
                             FROM indicator i JOIN term t ON t.id = i.term_id
                             WHERE t.code = :term AND i.org_unit_id IS NULL),
                          (SELECT CONCAT(COUNT(*), ':', COALESCE(SUM(ut.version), 0), ':', COALESCE(MAX(ut.id), 0))
                             FROM unit_target ut WHERE ut.org_unit_id = :unit),
                          (SELECT CONCAT(COUNT(*), ':', COALESCE(SUM(v.version), 0), ':', COALESCE(MAX(v.id), 0))
                             FROM data_value v WHERE v.org_unit_id = :unit),
                          (SELECT CONCAT(COUNT(*), ':', COALESCE(SUM(l.version), 0), ':', COALESCE(MAX(l.id), 0), ':',
                                  COALESCE(SUM(l.reopen_until > :now), 0))
                             FROM period_lock l WHERE l.org_unit_id = :unit))""")
                .param("term", termCode).param("unit", unitId)
                .param("now", java.sql.Timestamp.from(clock.instant()))
                .query(String.class).single();
    }

    /**
     * Newest first: by the end of the period, then the longer one first (the year before its fourth quarter, 9 tháng
     * before Quý III), so two periods ending on the same day are never taken for one.
     */
    public static final Comparator<Period> NEWEST_FIRST = Comparator.comparing(Period::endDate).reversed()
            .thenComparing(Comparator.comparingInt(DashboardService::months).reversed());

    private static int months(Period period) {
        return switch (period.kind()) {
            case QUARTER -> 3;
            case SIX_MONTHS -> 6;
            case NINE_MONTHS -> 9;
            case YEAR -> 12;
            case SPAN -> 12 * (period.yearTo() - period.yearFrom() + 1);
        };
    }

    /**
     * Each indicator's figures reported by the end of {@code asOf}. Where it has a figure for that very period, other
     * periods ending the same day give way to it: a leader who picks Quý III sees the Quý III figure, not the
     * 9-month one the engine would otherwise call the later of the two.
     */
    private static Map<Long, List<Figure>> upTo(Map<Long, List<Figure>> figures, Period asOf) {
        Map<Long, List<Figure>> kept = new HashMap<>();
        figures.forEach((indicator, list) -> {
            boolean hasOwn = list.stream().anyMatch(f -> f.period().equals(asOf));
            kept.put(indicator, list.stream()
                    .filter(f -> f.period().endDate().isBefore(asOf.endDate())
                            || f.period().equals(asOf)
                            || !hasOwn && f.period().endDate().isEqual(asOf.endDate()))
                    .toList());
        });
        return kept;
    }

    /**
     * One indicator in full: its figures with every version, plans, the engine's reading, and the same indicator
     * (by name) in the units its unit was formed from.
     */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public Optional<IndicatorDetail> indicatorDetail(long indicatorId) {
        return indicatorDetail(indicatorId, null);
    }

    /**
     * As {@link #indicatorDetail(long)}; a shared indicator (one for every unit of a kind) is shown for a unit it
     * applies to, with that unit's figures and target: {@code unitId}, or the person's own unit when null.
     */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public Optional<IndicatorDetail> indicatorDetail(long indicatorId, @Nullable Long unitId) {
        Long forUnit = unitId != null ? unitId : users.currentUnitId().orElse(null);
        record Head(String term, long unit, String unitCode, String name, @Nullable String responsible,
                    @Nullable String quote) {
        }
        Optional<Head> head = jdbc.sql("""
                        SELECT t.code, u.id, u.code, i.name, i.responsible, i.source_quote FROM indicator i
                        JOIN term t ON t.id = i.term_id JOIN org_unit u ON u.id = COALESCE(i.org_unit_id, :unit)
                        WHERE i.id = :id""")
                .param("id", indicatorId).param("unit", forUnit == null ? 0L : forUnit)
                .query((rs, n) -> new Head(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6)))
                .optional();
        if (head.isEmpty()) {
            return Optional.empty();
        }
        Head h = head.get();
        requireReadable(h.unit());
        Set<Long> units = unitWithPredecessors(h.unit());
        List<Judged> all = judged(h.term(), units);
        Judged self = all.stream().filter(j -> j.row().indicatorId() == indicatorId).findFirst().orElse(null);
        if (self == null) {
            // a shared indicator not assigned to this unit, or one no longer tracked: nothing of it to show here
            return Optional.empty();
        }
        // this unit first, then the same indicator in each unit it was formed from
        List<Judged> related = new ArrayList<>(List.of(self));
        all.stream().filter(j -> j.unitId() != h.unit() && Trends.sameName(j.row().name(), h.name()))
                .forEach(related::add);
        List<IndicatorDetail.Plan> plans = jdbc.sql("""
                        SELECT plan_year, plan_text FROM indicator_plan WHERE indicator_id = :id ORDER BY plan_year""")
                .param("id", indicatorId)
                .query((rs, n) -> new IndicatorDetail.Plan(rs.getInt(1), rs.getString(2))).list();
        Map<Long, List<IndicatorDetail.Change>> changes = changes(self.figures().stream().map(Figure::id).toList());
        List<IndicatorDetail.Figure> history = self.figures().stream()
                .sorted(java.util.Comparator.comparing(Figure::forEngine, ReportedFigure.NEWEST_FIRST))
                .map(f -> new IndicatorDetail.Figure(f.id(), f.period().label(), f.text(), f.estimate(), f.note(),
                        f.reason(), f.remedy(), f.source().label(), f.locked(),
                        changes.getOrDefault(f.id(), List.of())))
                .toList();
        var chart = Trends.byUnit(related);
        return Optional.of(new IndicatorDetail(self.row(), h.term(), h.unitCode(), self.open(),
                self.target() == null ? null : self.target().describe(), h.responsible(), h.quote(), plans, history,
                chart.periods(), chart.units(), levelOf(self.target())));
    }

    /**
     * A tracked shared indicator (one for every unit of a kind), for a page that must first know which unit to show
     * it for: its term, name and the kind of unit it is assigned to. Empty for any other id. Shared indicators are in
     * every person's catalogue, so saying that one exists tells nobody anything a unit keeps to itself.
     */
    public record SharedIndicator(long id, String termCode, String name, OrgUnitKind kind) {
    }

    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public Optional<SharedIndicator> sharedIndicator(long indicatorId) {
        return jdbc.sql("""
                        SELECT i.id, t.code, i.name, i.applies_to_kind FROM indicator i JOIN term t ON t.id = i.term_id
                        WHERE i.id = :id AND i.org_unit_id IS NULL AND i.parent_id IS NULL AND i.active""")
                .param("id", indicatorId)
                .query((rs, n) -> new SharedIndicator(rs.getLong(1), rs.getString(2), rs.getString(3),
                        OrgUnitKind.valueOf(rs.getString(4))))
                .optional();
    }

    /** The one level a threshold target sets ("trên 98%": 98); none for growth, counts, ranges or compound ones. */
    private static @Nullable Double levelOf(@Nullable TargetReading target) {
        return target != null && target.kind() == TargetKind.THRESHOLD && target.value() != null
                && target.parts().isEmpty() ? target.value().doubleValue() : null;
    }

    /**
     * For a closed term, a unit formed from others beside each of them (its direct predecessors), with the targets
     * met and missed counted per unit. Empty when the unit was not formed from others.
     */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public Optional<WardComparison> wardComparison(String termCode, long unitId) {
        requireReadable(unitId);
        Set<Long> units = unitWithPredecessors(unitId);
        if (units.size() < 2) {
            return Optional.empty();
        }
        Map<Long, String> names = new HashMap<>();
        jdbc.sql("SELECT id, name FROM org_unit WHERE id IN (:ids)").param("ids", units)
                .query(rs -> {
                    names.put(rs.getLong(1), rs.getString(2));
                });
        // what the report itself states per unit, shown beside the engine's count (the tally is filled in by compare)
        Map<Long, WardComparison.UnitTally> stated = new HashMap<>();
        jdbc.sql("""
                        SELECT s.org_unit_id, s.missed, s.source_document, s.source_place
                        FROM stated_missed_count s JOIN term t ON t.id = s.term_id
                        WHERE t.code = :term AND s.org_unit_id IN (:ids)""")
                .param("term", termCode).param("ids", units)
                .query(rs -> {
                    stated.put(rs.getLong(1), new WardComparison.UnitTally("", Tally.of(List.of()), rs.getInt(2),
                            new Source(rs.getString(3), rs.getString(4), null).label()));
                });
        return Optional.of(Trends.compare(List.copyOf(units), names, judged(termCode, units), stated));
    }

    /** Every saved version of the given figures, oldest first, in one query. */
    private Map<Long, List<IndicatorDetail.Change>> changes(List<Long> valueIds) {
        Map<Long, List<IndicatorDetail.Change>> byValue = new HashMap<>();
        if (valueIds.isEmpty()) {
            return byValue;
        }
        jdbc.sql("""
                        SELECT data_value_id, version, value_text, estimate, reason, remedy, note, saved_by, saved_at
                        FROM data_value_version WHERE data_value_id IN (:ids) ORDER BY data_value_id, version""")
                .param("ids", valueIds)
                .query(rs -> {
                    byValue.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(new IndicatorDetail.Change(
                            rs.getInt(2), rs.getString(3), rs.getBoolean(4), rs.getString(5), rs.getString(6),
                            rs.getString(7), rs.getString(8), rs.getTimestamp(9).toInstant()));
                });
        return byValue;
    }

    /** An indicator with what the engine needs and what it said. */
    record Judged(IndicatorRow row, long unitId, @Nullable TargetReading target, List<Figure> figures,
                  int startYear, int endYear, boolean open) {

        Judged withRow(IndicatorRow newRow) {
            return new Judged(newRow, unitId, target, figures, startYear, endYear, open);
        }
    }

    /** The indicators of a term (of the given units, or all), judged, in sector order, targets first. */
    private List<Judged> judged(String termCode, @Nullable Set<Long> units) {
        Map<Long, SharedAssignment> shared = sharedOf(termCode, units);
        return judged(termCode, units, figures(termCode, units, shared), shared);
    }

    /** @param sharedHere the shared indicators assigned to the unit shown ({@link #sharedOf}), read once per call */
    private List<Judged> judged(String termCode, @Nullable Set<Long> units, Map<Long, List<Figure>> figures,
                                Map<Long, SharedAssignment> sharedHere) {
        if (units != null && units.isEmpty()) {
            return List.of();
        }
        List<Unjudged> rows = new ArrayList<>();
        String columns = """
                        SELECT i.id, i.sector, i.number, i.name, i.unit, i.target_text, i.target_kind,
                               i.target_comparator, i.target_value, i.target_horizon, i.target_horizon_year,
                               u.id AS org_unit_id, i.source_document, i.source_place, u.name AS unit_name,
                               t.start_year, t.end_year, t.status, i.sort_order
                        FROM indicator i
                        JOIN term t ON t.id = i.term_id
                        """;
        // the unit's own indicators, then the shared ones assigned to it (the unit shown: its former units keep
        // their own catalogues)
        jdbc.sql(columns + """
                        JOIN org_unit u ON u.id = i.org_unit_id
                        WHERE t.code = :term AND i.parent_id IS NULL AND i.active
                        """ + (units == null ? "" : " AND i.org_unit_id IN (:units)") + """

                        UNION ALL
                        """ + columns + """
                        JOIN org_unit u ON u.id = :main
                        WHERE i.id IN (:shared) AND i.active
                        ORDER BY sort_order, id""")
                .param("term", termCode)
                .param("units", units == null ? List.of(0L) : units)
                .param("main", mainOf(units)).param("shared", ids(sharedHere))
                .query(rs -> {
                    long id = rs.getLong("id");
                    SharedAssignment assignment = sharedHere.get(id);
                    vn.chitieu.indicator.UnitTarget ownTarget = assignment == null ? null : assignment.own();
                    String unit = rs.getString("unit");
                    String comparator = rs.getString("target_comparator");
                    String horizon = rs.getString("target_horizon");
                    int year = rs.getInt("target_horizon_year");
                    // asked at once: wasNull() speaks of the last column read
                    Integer horizonYear = rs.wasNull() ? null : year;
                    // a unit's own target for a shared indicator stands in for the shared one, for this unit
                    StoredTarget target = ownTarget != null ? new StoredTarget(ownTarget.text(), unit,
                            rs.getString("name"), ownTarget.form().comparator(), ownTarget.form().horizon(),
                            ownTarget.form().horizonYear(), ownTarget.form().countsAllUnits())
                            : new StoredTarget(rs.getString("target_text"), unit, rs.getString("name"),
                            comparator == null ? null : vn.chitieu.evaluation.Comparator.valueOf(comparator),
                            horizon == null ? null : Horizon.valueOf(horizon), horizonYear,
                            TargetKind.RATIO.name().equals(rs.getString("target_kind"))
                                    && rs.getBigDecimal("target_value") == null);
                    rows.add(new Unjudged(id, Sector.valueOf(rs.getString("sector")),
                            rs.getString("number"), target, rs.getLong("org_unit_id"), rs.getString("unit_name"),
                            new Source(rs.getString("source_document"), rs.getString("source_place"), null),
                            rs.getInt("start_year"), rs.getInt("end_year"), "OPEN".equals(rs.getString("status")),
                            assignment == null ? null : assignment.ownerName() == null ? "" : assignment.ownerName()));
                });
        // everything is read: the indicators are judged on both cores (the engine is pure; no database here)
        List<Judged> judged = new ArrayList<>(rows.parallelStream()
                .map(row -> row.judge(figures.getOrDefault(row.id(), List.of()))).toList());
        // within a sector the resolution's targets first, then the figures reported without one; otherwise the
        // order of the documents (the sort is stable)
        judged.sort(Comparator.comparing((Judged j) -> j.row().sector())
                .thenComparing(j -> !j.row().hasTarget()));
        // a resolution that numbered nothing (the 2020-2025 lists) gets running numbers, as its appendix table's STT
        Map<Long, Integer> running = new HashMap<>();
        judged.replaceAll(j -> j.row().numberLabel().isEmpty() && j.row().isTarget() && j.row().sharedBy() == null
                ? j.withRow(j.row().withNumberLabel(running.merge(j.unitId(), 1, Integer::sum) + "."))
                : j);
        return judged;
    }

    /** An indicator as read, before the engine judges it. */
    private record Unjudged(long id, Sector sector, @Nullable String number, StoredTarget target, long unitId,
                            String unitName, Source source, int start, int end, boolean open,
                            @Nullable String sharedBy) {

        Judged judge(List<Figure> own) {
            Figure latest = latest(own);
            String shownSource = latest != null && !latest.source().label().isEmpty()
                    ? latest.source().label() : source.label();
            TargetReading reading = target.reading();
            Assessment assessment = assess(target, reading, start, end, open, own);
            var row = new IndicatorRow(id, sector, number == null ? "" : "(" + number + ")", target.name(),
                    target.unit(), target.text(), unitName,
                    latest == null ? null : latest.text(),
                    latest == null ? null : latest.period().label(),
                    latest != null && latest.estimate(), shownSource, assessment,
                    latest != null && latest.locked(), latest == null ? null : latest.note(), sharedBy);
            return new Judged(row, unitId, reading, own, start, end, open);
        }
    }

    /** A target as stored: its words and what a person stated apart from them. */
    private record StoredTarget(@Nullable String text, @Nullable String unit, String name,
                                vn.chitieu.evaluation.@Nullable Comparator comparator, @Nullable Horizon horizon,
                                @Nullable Integer horizonYear, boolean countsAllUnits) {

        @Nullable TargetReading reading() {
            if (text == null || text.isBlank()) {
                return null;
            }
            return Targets.read(text, unit, name, comparator, horizon, horizonYear).value();
        }
    }

    /**
     * One reported figure of an indicator; {@code locked} when its period is closed now. Read by the engine once, when
     * loaded: the judging, the latest figure and the trends all look at the same reading many times.
     */
    record Figure(long id, String text, Period period, boolean estimate, Source source, @Nullable BigDecimal number,
                  @Nullable BigDecimal numerator, @Nullable BigDecimal denominator, @Nullable ValueBound bound,
                  @Nullable String note, @Nullable String reason, @Nullable String remedy, boolean locked,
                  ReportedFigure forEngine) {

        /** The engine's reading of the text; a confirmed reading stored with the value where the text is ambiguous. */
        ResultReading reading() {
            return forEngine.reading();
        }
    }

    /** The engine's one assessment rule over this indicator's figures. */
    private static Assessment assess(StoredTarget target, @Nullable TargetReading reading, int startYear,
                                     int endYear, boolean open, List<Figure> figures) {
        Map<ReportedFigure, Figure> byView = new java.util.IdentityHashMap<>();
        figures.forEach(f -> byView.put(f.forEngine(), f));
        return Assessments.assess(reading, target.unit(), target.countsAllUnits(), startYear, endYear, open,
                byView.keySet(), f -> byView.get(f).period().label());
    }

    /** The latest of an indicator's figures, by the engine's order. */
    static @Nullable Figure latest(List<Figure> figures) {
        return ReportedFigure.latest(figures, Figure::forEngine).orElse(null);
    }

    private Map<Long, List<Figure>> figures(String termCode, @Nullable Set<Long> units,
                                            Map<Long, SharedAssignment> shared) {
        Map<Long, List<Figure>> byIndicator = new HashMap<>();
        if (units != null && units.isEmpty()) {
            return byIndicator;
        }
        String columns = """
                        SELECT v.id, v.indicator_id, v.value_text, v.period_kind, v.period_year_from,
                               v.period_year_to, v.period_part, v.estimate, v.source_document, v.source_place,
                               v.value_number, v.value_numerator, v.value_denominator, v.value_bound, v.note,
                               v.reason, v.remedy, i.unit AS measure,
                               (l.id IS NOT NULL AND (l.reopen_until IS NULL OR l.reopen_until <= :now)) AS locked
                        FROM data_value v
                        """;
        String locks = """
                        LEFT JOIN period_lock l ON l.org_unit_id = v.org_unit_id AND l.period_kind = v.period_kind
                             AND l.period_year_from = v.period_year_from AND l.period_year_to = v.period_year_to
                             AND l.period_part = v.period_part
                        """;
        // the own indicators' figures, then the shown unit's figures of the shared ones (uk_data_value's prefix)
        jdbc.sql(columns + """
                        JOIN indicator i ON i.id = v.indicator_id AND i.org_unit_id = v.org_unit_id
                        JOIN term t ON t.id = i.term_id
                        """ + locks + " WHERE t.code = :term" + (units == null ? "" : " AND v.org_unit_id IN (:units)")
                        + "\nUNION ALL\n" + columns + " JOIN indicator i ON i.id = v.indicator_id\n" + locks
                        + " WHERE v.indicator_id IN (:shared) AND v.org_unit_id = :main")
                .param("term", termCode)
                .param("units", units == null ? List.of(0L) : units)
                .param("main", mainOf(units)).param("shared", ids(shared))
                .param("now", java.sql.Timestamp.from(clock.instant()))
                .query((ResultSetExtractor<Map<Long, List<Figure>>>) rs -> {
                    // each label looked up once, not on every row: the lookup costs more than decoding the value
                    int id = rs.findColumn("id");
                    int indicator = rs.findColumn("indicator_id");
                    int valueText = rs.findColumn("value_text");
                    int kind = rs.findColumn("period_kind");
                    int from = rs.findColumn("period_year_from");
                    int to = rs.findColumn("period_year_to");
                    int part = rs.findColumn("period_part");
                    int isEstimate = rs.findColumn("estimate");
                    int document = rs.findColumn("source_document");
                    int place = rs.findColumn("source_place");
                    int valueNumber = rs.findColumn("value_number");
                    int valueNumerator = rs.findColumn("value_numerator");
                    int valueDenominator = rs.findColumn("value_denominator");
                    int valueBound = rs.findColumn("value_bound");
                    int note = rs.findColumn("note");
                    int reason = rs.findColumn("reason");
                    int remedy = rs.findColumn("remedy");
                    int measure = rs.findColumn("measure");
                    int locked = rs.findColumn("locked");
                    while (rs.next()) {
                        String boundName = rs.getString(valueBound);
                        ValueBound bound = boundName == null ? null : ValueBound.valueOf(boundName);
                        String text = rs.getString(valueText);
                        boolean estimate = rs.getBoolean(isEstimate);
                        BigDecimal number = rs.getBigDecimal(valueNumber);
                        BigDecimal numerator = rs.getBigDecimal(valueNumerator);
                        BigDecimal denominator = rs.getBigDecimal(valueDenominator);
                        Period period = new Period(Period.Kind.valueOf(rs.getString(kind)), rs.getInt(from),
                                rs.getInt(to), rs.getInt(part));
                        ResultReading reading = ReportedFigure.read(text, rs.getString(measure), estimate, number,
                                numerator, denominator, bound);
                        byIndicator.computeIfAbsent(rs.getLong(indicator), k -> new ArrayList<>()).add(new Figure(
                                rs.getLong(id), text, period, estimate,
                                new Source(rs.getString(document), rs.getString(place), null),
                                number, numerator, denominator, bound,
                                rs.getString(note), rs.getString(reason), rs.getString(remedy),
                                rs.getBoolean(locked), period.figure(estimate, reading)));
                    }
                    return byIndicator;
                });
        return byIndicator;
    }

    private long requireReadable(long unitId) {
        return users.requireReadable(unitId);
    }

    /**
     * The shared indicators assigned to the unit shown, with its own targets, by indicator: the one answer of
     * {@link IndicatorService#sharedAssignments}. The unit shown is the first of these units (its former units, which
     * follow it, keep their own catalogues); none for a mix of units with no unit shown.
     */
    private Map<Long, SharedAssignment> sharedOf(String termCode, @Nullable Set<Long> units) {
        Long main = units == null || units.isEmpty() ? null : mainOf(units);
        var term = main == null ? null : indicators.term(termCode).orElse(null);
        if (term == null || main < 0) {
            return Map.of();
        }
        Map<Long, SharedAssignment> byIndicator = new HashMap<>();
        indicators.sharedAssignments(term, List.of(main)).forEach(a -> byIndicator.put(a.indicatorId(), a));
        return byIndicator;
    }

    /** The unit shown: the only one, or the first of a unit and its former units; -1 for none. */
    private static long mainOf(@Nullable Set<Long> units) {
        return units != null && (units.size() == 1 || units instanceof java.util.SequencedSet<Long>)
                ? units.iterator().next() : -1;
    }

    /** The ids for an {@code IN} list that is never empty (0 matches no row). */
    private static List<Long> ids(Map<Long, ?> byId) {
        return byId.isEmpty() ? List.of(0L) : List.copyOf(byId.keySet());
    }

    /** Every unit the person may read; null (no filter) for those who may read every unit. */
    private @Nullable Set<Long> readableUnits() {
        AccessScope scope = users.currentScope();
        return scope.allUnits() ? null : scope.readable();
    }

    private Set<Long> unitWithPredecessors(long unitId) {
        Set<Long> units = new LinkedHashSet<>();
        units.add(unitId);
        units.addAll(jdbc.sql("SELECT predecessor_id FROM org_unit_predecessor WHERE org_unit_id = :id")
                .param("id", unitId).query(Long.class).list());
        return units;
    }
}
