package vn.chitieu.overview;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chitieu.base.db.UnitSearch;
import vn.chitieu.base.text.Names;
import vn.chitieu.datavalue.Period;
import vn.chitieu.evaluation.Assessment;
import vn.chitieu.evaluation.Assessments;
import vn.chitieu.evaluation.Horizon;
import vn.chitieu.evaluation.ReportedFigure;
import vn.chitieu.evaluation.TargetKind;
import vn.chitieu.evaluation.TargetReading;
import vn.chitieu.evaluation.Targets;
import vn.chitieu.evaluation.TermRollup.Outlook;
import vn.chitieu.evaluation.UnitAggregation;
import vn.chitieu.evaluation.ValueBound;
import vn.chitieu.evaluation.Verdict;
import vn.chitieu.indicator.IndicatorService;
import vn.chitieu.indicator.Sector;
import vn.chitieu.indicator.SharedAssignment;
import vn.chitieu.orgunit.OrgUnitKind;
import vn.chitieu.overview.UnitsOverview.Cell;
import vn.chitieu.overview.UnitsOverview.Column;
import vn.chitieu.overview.UnitsOverview.Counts;
import vn.chitieu.overview.UnitsOverview.Unit;
import vn.chitieu.overview.UnitsOverview.UnitLine;
import vn.chitieu.security.AccessScope;
import vn.chitieu.security.Roles;
import vn.chitieu.security.UserService;

/**
 * Reads a parent unit's units for the overview in a fixed number of queries whatever the number of units (the
 * parent, its units, the indicators, the figures), and judges each unit's indicator with the engine's one rule.
 */
@Service
public class UnitsOverviewService {

    private final JdbcClient jdbc;
    private final UserService users;
    private final Clock clock;
    private final IndicatorService catalogue;
    private final SharedUnitsOverviews shared;

    UnitsOverviewService(JdbcClient jdbc, UserService users, Clock clock, IndicatorService catalogue,
                         SharedUnitsOverviews shared) {
        this.catalogue = catalogue;
        this.shared = shared;
        this.jdbc = jdbc;
        this.users = users;
        this.clock = clock;
    }

    /** A unit with units below it, which an overview can be opened for. */
    public record ParentChoice(long id, String code, String name) {
    }

    /**
     * One page of the units with units below them that the signed-in person may read, by name, whose name or code
     * contains the search (accents and case ignored by the name's collation), for the lazy picker: the person's scope
     * is applied in the query, so a commune leader's look-up never reads the country's units.
     */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<ParentChoice> parents(String search, int offset, int limit) {
        return parentChoices(search, null, null, offset, limit);
    }

    /** How many units {@link #parents} finds for the search, in all. */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public int countParents(String search) {
        AccessScope scope = users.currentScope();
        if (!scope.allUnits() && scope.readable().isEmpty()) {
            return 0;
        }
        return jdbc.sql("SELECT COUNT(*) FROM org_unit u WHERE " + PARENT_WHERE)
                .params(UnitSearch.parameters(scope.allUnits(), scope.readable(), search, null, null))
                .query(Integer.class).single();
    }

    /**
     * The parent an address names ({@code ?don-vi=tp-tam-ky}), or else the person's own unit when it has units below
     * it, or else the first by name; empty when the person reads no such unit.
     */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public Optional<ParentChoice> parent(@Nullable String code) {
        if (code != null) {
            return parentChoices("", code, null, 0, 1).stream().findFirst();
        }
        Long own = users.currentUnitId().orElse(null);
        return (own == null ? List.<ParentChoice>of() : parentChoices("", null, own, 0, 1)).stream().findFirst()
                .or(() -> parentChoices("", null, null, 0, 1).stream().findFirst());
    }

    /** Units with units below them, within the person's scope. */
    private static final String PARENT_WHERE = "EXISTS (SELECT 1 FROM org_unit c WHERE c.parent_id = u.id) AND "
            + UnitSearch.WHERE;

    private List<ParentChoice> parentChoices(String search, @Nullable String code, @Nullable Long id, int offset,
                                             int limit) {
        AccessScope scope = users.currentScope();
        if (!scope.allUnits() && scope.readable().isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT u.id, u.code, u.name FROM org_unit u WHERE " + PARENT_WHERE + UnitSearch.PAGE)
                .params(UnitSearch.parameters(scope.allUnits(), scope.readable(), search, code, id))
                .param("limit", limit).param("offset", offset)
                .query((rs, n) -> new ParentChoice(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
    }

    /**
     * The units directly below a parent that existed during the term, against the indicators they share.
     *
     * @param period the period to count completeness and the parent's figures for; null: the period with the most
     *               figures (the newest of those)
     */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public UnitsOverview overview(String termCode, long parentId, @Nullable Period period) {
        users.requireReadable(parentId);
        AccessScope scope = users.currentScope();
        TermRow term = jdbc.sql("SELECT id, start_year, end_year, status FROM term WHERE code = :code")
                .param("code", termCode)
                .query((rs, n) -> new TermRow(rs.getLong(1), rs.getInt(2), rs.getInt(3),
                        "OPEN".equals(rs.getString(4))))
                .optional().orElseThrow(() -> new IllegalArgumentException("Không có nhiệm kỳ " + termCode));
        Unit parent = jdbc.sql("SELECT id, code, name FROM org_unit WHERE id = :id").param("id", parentId)
                .query((rs, n) -> new Unit(rs.getLong(1), rs.getString(2), rs.getString(3))).single();
        Map<Long, Unit> units = new LinkedHashMap<>();
        Map<Long, OrgUnitKind> kinds = new HashMap<>();
        // the term's base year belongs to the term before: wards merged in mid-2025 are not units of 2025-2030
        jdbc.sql("""
                        SELECT id, code, name, kind FROM org_unit WHERE parent_id = :parent
                        AND (valid_to IS NULL OR valid_to >= :start) AND (valid_from IS NULL OR valid_from <= :end)
                        ORDER BY name""")
                .param("parent", parentId).param("start", LocalDate.of(term.startYear() + 1, 1, 1))
                .param("end", LocalDate.of(term.endYear(), 12, 31))
                .query(rs -> {
                    long id = rs.getLong(1);
                    if (scope.canRead(id)) {
                        units.put(id, new Unit(id, rs.getString(2), rs.getString(3)));
                        kinds.put(id, OrgUnitKind.valueOf(rs.getString(4)));
                    }
                });
        if (units.isEmpty()) {
            return new UnitsOverview(parent, termCode, term.open(), List.of(), List.of(), List.of(), null, Map.of(),
                    clock.instant());
        }
        // the scope is checked and the units are the person's: a shared overview is handed only to who may read it
        String fingerprint = List.copyOf(units.values()).hashCode() + ":" + kinds.hashCode() + ":"
                + fingerprint(term.id(), units.keySet());
        return shared.get(new SharedUnitsOverviews.Key(termCode, parentId, period, Set.copyOf(units.keySet())),
                units.keySet(), fingerprint, () -> computed(termCode, term, parent, units, kinds, period));
    }

    /**
     * What the overview is computed from, in one cheap read (indexes only for the figures, no figure text): the term,
     * the catalogue of these units and the shared one, the units' own targets for shared ones, how many figures they
     * have and the newest. A figure changed in
     * place sends an event through the application ({@code LiveUpdates} forgets the overview); one changed outside it
     * is seen when the shared overview expires.
     */
    private String fingerprint(long termId, Set<Long> units) {
        return jdbc.sql("""
                        SELECT CONCAT_WS('|',
                          (SELECT CONCAT(t.version, ':', t.status) FROM term t WHERE t.id = :term),
                          (SELECT CONCAT(COUNT(*), ':', COALESCE(SUM(i.version), 0), ':', COALESCE(MAX(i.id), 0), ':',
                                  COALESCE(SUM(i.active), 0))
                             FROM indicator i WHERE i.term_id = :term AND i.org_unit_id IN (:units)),
                          (SELECT CONCAT(COUNT(*), ':', COALESCE(SUM(i.version), 0), ':', COALESCE(MAX(i.id), 0), ':',
                                  COALESCE(SUM(i.active), 0))
                             FROM indicator i WHERE i.term_id = :term AND i.org_unit_id IS NULL),
                          (SELECT CONCAT(COUNT(*), ':', COALESCE(MAX(v.id), 0))
                             FROM data_value v WHERE v.org_unit_id IN (:units)))""")
                .param("term", termId).param("units", units)
                .query(String.class).single();
    }

    private UnitsOverview computed(String termCode, TermRow term, Unit parent, Map<Long, Unit> units,
                                   Map<Long, OrgUnitKind> kinds, @Nullable Period period) {
        // which shared indicator applies to which unit, with the unit's own target where it has one
        Map<Long, Map<Long, SharedAssignment>> assigned = new HashMap<>();
        catalogue.sharedAssignments(catalogue.requireTerm(termCode), units.keySet()).forEach(a ->
                assigned.computeIfAbsent(a.indicatorId(), i -> new HashMap<>()).put(a.unitId(), a));
        List<IndicatorRow> indicators = indicators(term.id(), units.keySet(), assigned.keySet());
        Comparison comparison = Comparison.of(indicators, units.keySet(), assigned);
        Places places = places(units.keySet(), indicators);
        List<Period> periods = places.counts().keySet().stream().sorted(Comparator.reverseOrder()).toList();
        Period chosen = period != null ? period : busiest(places.counts());
        List<Long> needed = places.needed(chosen);
        Figures figures = figures(needed, indicators);

        // everything is read: the cells are judged on both cores (the engine is pure; no database, no security here)
        List<Judging> judgings = new ArrayList<>();
        comparison.instances().forEach((key, byUnit) -> byUnit.forEach((unitId, indicator) -> judgings.add(
                new Judging(unitId, key, indicator, figures.of(indicator.id(), unitId)))));
        List<CellData> judged = judgings.parallelStream().map(j -> j.judge(term, chosen)).toList();
        Map<Long, Map<String, CellData>> cells = new HashMap<>();
        judged.forEach(c -> cells.computeIfAbsent(c.unitId(), u -> new HashMap<>()).put(c.key(), c));

        List<UnitLine> lines = lines(units, cells, chosen, term.open());
        String unitWord = kinds.values().stream().distinct().count() == 1
                ? kinds.values().iterator().next().label().toLowerCase(java.util.Locale.ROOT) : "đơn vị";
        Map<String, UnitAggregation.Aggregate> aggregates = new LinkedHashMap<>();
        if (chosen != null) {
            for (Column column : comparison.columns()) {
                Map<Long, IndicatorRow> byUnit = comparison.instances().get(column.key());
                List<UnitAggregation.Part> parts = byUnit.keySet().stream().map(unitId -> {
                    CellData cell = cells.get(unitId).get(column.key());
                    return UnitAggregation.Part.of(cell.ofPeriod() == null ? null : cell.ofPeriod().reading(),
                            cell.cell().verdict());
                }).toList();
                TargetReading target = byUnit.values().stream().map(IndicatorRow::target)
                        .filter(java.util.Objects::nonNull).findFirst().orElse(null);
                aggregates.put(column.key(), UnitAggregation.aggregate(target == null ? null : target.kind(),
                        column.measure(), unitWord, parts));
            }
        }
        return new UnitsOverview(parent, termCode, term.open(), comparison.columns(), lines, periods, chosen,
                aggregates, clock.instant());
    }

    private record TermRow(long id, int startYear, int endYear, boolean open) {
    }

    /** An indicator as the engine needs it. {@code orgUnitId} is null for a shared one. */
    record IndicatorRow(long id, @Nullable Long orgUnitId, @Nullable OrgUnitKind appliesTo, Sector sector,
                        @Nullable String number, String name, @Nullable String measure, @Nullable TargetReading target,
                        boolean countsAllUnits, int sortOrder) {

        String title() {
            return number == null ? name : "(" + number + ") " + name;
        }

        String nameKey() {
            return Names.key(name) + "|" + Names.key(measure == null ? "" : measure);
        }

        /** This shared indicator as it applies to one unit: with the unit's own target where it has one. */
        IndicatorRow forUnit(@Nullable SharedAssignment assignment) {
            var own = assignment == null ? null : assignment.own();
            if (own == null) {
                return this;
            }
            TargetReading reading = Targets.read(own.text(), measure, name, own.form().comparator(),
                    own.form().horizon(), own.form().horizonYear()).value();
            return new IndicatorRow(id, orgUnitId, appliesTo, sector, number, name, measure, reading,
                    own.form().countsAllUnits(), sortOrder);
        }
    }

    /** A stored figure of one unit, read by the engine once, when loaded (in its indicator's unit of measure). */
    record Stored(Period period, String text, boolean estimate, ReportedFigure forEngine) {

        vn.chitieu.evaluation.ResultReading reading() {
            return forEngine.reading();
        }
    }

    /**
     * The columns: every shared indicator that applies to a kind of these units, then each name (with its unit of
     * measure) that at least two units' own indicators carry and no shared indicator does; with, per column, which
     * indicator stands for it in each unit.
     */
    private record Comparison(List<Column> columns, Map<String, Map<Long, IndicatorRow>> instances) {

        static Comparison of(List<IndicatorRow> indicators, Set<Long> units,
                             Map<Long, Map<Long, SharedAssignment>> assigned) {
            Map<String, Map<Long, IndicatorRow>> instances = new LinkedHashMap<>();
            Map<String, IndicatorRow> first = new LinkedHashMap<>();
            Set<String> sharedNames = new java.util.HashSet<>();
            for (IndicatorRow shared : indicators) {
                if (shared.orgUnitId() == null) {
                    String key = "#" + shared.id();
                    sharedNames.add(shared.nameKey());
                    first.put(key, shared);
                    Map<Long, IndicatorRow> byUnit = new LinkedHashMap<>();
                    Map<Long, SharedAssignment> to = assigned.getOrDefault(shared.id(), Map.of());
                    // each unit judged against its own target where it set one, else the shared one
                    units.stream().filter(to::containsKey).forEach(u -> byUnit.put(u, shared.forUnit(to.get(u))));
                    instances.put(key, byUnit);
                }
            }
            Map<String, Map<Long, IndicatorRow>> named = new LinkedHashMap<>();
            for (IndicatorRow own : indicators) {
                if (own.orgUnitId() != null && !sharedNames.contains(own.nameKey())) {
                    String key = "=" + own.nameKey();
                    first.putIfAbsent(key, own);
                    named.computeIfAbsent(key, k -> new LinkedHashMap<>()).putIfAbsent(own.orgUnitId(), own);
                }
            }
            named.forEach((key, byUnit) -> {
                if (byUnit.size() >= 2) {
                    instances.put(key, byUnit);
                }
            });
            List<Column> columns = instances.keySet().stream()
                    .map(key -> {
                        IndicatorRow row = first.get(key);
                        return new Column(key, row.orgUnitId() == null ? row.title() : row.name(), row.sector(),
                                row.measure(), row.orgUnitId() == null);
                    })
                    // the documents' order of sectors, shared indicators first, then the resolution's order
                    .sorted(Comparator.comparing(Column::sector).thenComparing(c -> !c.shared())
                            .thenComparingInt(c -> first.get(c.key()).sortOrder()))
                    .toList();
            return new Comparison(columns, instances);
        }
    }

    private List<IndicatorRow> indicators(long termId, Set<Long> units, Set<Long> shared) {
        return jdbc.sql("""
                        SELECT i.id, i.org_unit_id, i.applies_to_kind, i.sector, i.number, i.name, i.unit,
                               i.target_text, i.target_kind, i.target_comparator, i.target_value, i.target_horizon,
                               i.target_horizon_year, i.sort_order
                        FROM indicator i
                        WHERE i.term_id = :term AND i.parent_id IS NULL AND i.active
                          AND (i.org_unit_id IN (:units) OR i.id IN (:shared))
                        ORDER BY i.sort_order, i.id""")
                .param("term", termId).param("units", units)
                .param("shared", shared.isEmpty() ? List.of(0L) : shared)
                .query((rs, n) -> {
                    String text = rs.getString("target_text");
                    String measure = rs.getString("unit");
                    String name = rs.getString("name");
                    String comparator = rs.getString("target_comparator");
                    String horizon = rs.getString("target_horizon");
                    int horizonYear = rs.getInt("target_horizon_year");
                    Integer year = rs.wasNull() ? null : horizonYear;
                    TargetReading target = text == null || text.isBlank() ? null : Targets.read(text, measure, name,
                            comparator == null ? null : vn.chitieu.evaluation.Comparator.valueOf(comparator),
                            horizon == null ? null : Horizon.valueOf(horizon), year).value();
                    long unit = rs.getLong("org_unit_id");
                    Long orgUnitId = rs.wasNull() ? null : unit;
                    String kind = rs.getString("applies_to_kind");
                    return new IndicatorRow(rs.getLong("id"), orgUnitId, kind == null ? null : OrgUnitKind.valueOf(kind),
                            Sector.valueOf(rs.getString("sector")), rs.getString("number"), name, measure, target,
                            TargetKind.RATIO.name().equals(rs.getString("target_kind"))
                                    && rs.getBigDecimal("target_value") == null,
                            rs.getInt("sort_order"));
                })
                .list();
    }

    /**
     * The figures by indicator, then by unit, that the overview looks at: those the engine judges on (every yearly
     * figure and figure for a span of years, and the latest of each unit's indicator) and those of the period shown.
     */
    private record Figures(Map<Long, Map<Long, List<Stored>>> byIndicator) {

        List<Stored> of(long indicatorId, long unitId) {
            return byIndicator.getOrDefault(indicatorId, Map.of()).getOrDefault(unitId, List.of());
        }
    }

    /**
     * A stored figure's place: which period, official or estimate; no text. {@code order} is the figure as the engine
     * orders figures, by their periods alone (its reading is none).
     */
    private record Place(long id, Period period, ReportedFigure order) {
    }

    /**
     * Every figure's place, by unit's indicator ({@link #cell}), and how many figures there are of each period (for
     * the period picker and the busiest).
     */
    private record Places(Map<Long, List<Place>> byCell, Map<Period, Integer> counts) {

        /**
         * The figures the overview reads in full. The engine's rule ({@link Assessments#assess}) looks at the latest
         * figure, the yearly figures and the figure for the whole term, and nothing else; the cells show the figures
         * of the chosen period. Of an official figure and an estimate for the same period only the official one
         * counts, everywhere (the latest, the yearly figures, the period's figure), so such an estimate is not read.
         * A province's overview reads an eighth of its 117,600 figures instead of all.
         */
        List<Long> needed(@Nullable Period chosen) {
            List<Long> ids = new ArrayList<>();
            for (List<Place> cell : byCell.values()) {
                Place latest = cell.getFirst();
                for (Place place : cell) {
                    if (ReportedFigure.NEWEST_FIRST.compare(place.order(), latest.order()) < 0) {
                        latest = place;
                    }
                }
                for (Place place : cell) {
                    Period.Kind kind = place.period().kind();
                    boolean looked = place == latest || kind == Period.Kind.YEAR || kind == Period.Kind.SPAN
                            || place.period().equals(chosen);
                    if (looked && !(place.order().estimate() && hasOfficial(cell, place.period()))) {
                        ids.add(place.id());
                    }
                }
            }
            return ids;
        }

        private static boolean hasOfficial(List<Place> cell, Period period) {
            for (Place place : cell) {
                if (!place.order().estimate() && place.period().equals(period)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** One unit's indicator as one number, for grouping 117,600 figures without a key object each. */
    private static long cell(long indicator, long unit) {
        return indicator << 32 ^ unit;
    }

    /** Figures read by id in one statement at most. */
    private static final int FIGURES_PER_QUERY = 20_000;

    /** The reading of a figure whose text is not read. */
    private static final vn.chitieu.evaluation.ResultReading UNREAD =
            ReportedFigure.read("", null, false, null, null, null, null);

    /**
     * Where every figure of these units' indicators is, read from {@code uk_data_value} alone: reading whole rows
     * (their text, by primary key) is what took a province's overview most of its time.
     */
    private Places places(Set<Long> units, List<IndicatorRow> indicators) {
        Map<Long, List<Place>> byCell = new HashMap<>();
        Map<Period, Integer> counts = new HashMap<>();
        if (indicators.isEmpty()) {
            return new Places(byCell, counts);
        }
        // columns by position: looking a label up costs more than decoding it
        jdbc.sql("""
                        SELECT id, indicator_id, org_unit_id, period_kind, period_year_from, period_year_to,
                               period_part, estimate
                        FROM data_value WHERE indicator_id IN (:indicators) AND org_unit_id IN (:units)""")
                .param("indicators", indicators.stream().map(IndicatorRow::id).toList()).param("units", units)
                .query(rs -> {
                    Period period = new Period(Period.Kind.valueOf(rs.getString(4)), rs.getInt(5), rs.getInt(6),
                            rs.getInt(7));
                    byCell.computeIfAbsent(cell(rs.getLong(2), rs.getLong(3)), k -> new ArrayList<>())
                            .add(new Place(rs.getLong(1), period, period.figure(rs.getBoolean(8), UNREAD)));
                    counts.merge(period, 1, Integer::sum);
                });
        return new Places(byCell, counts);
    }

    private Figures figures(List<Long> ids, List<IndicatorRow> indicators) {
        Map<Long, Map<Long, List<Stored>>> figures = new HashMap<>();
        if (ids.isEmpty()) {
            return new Figures(figures);
        }
        Map<Long, @Nullable String> measures = new HashMap<>();
        indicators.forEach(i -> measures.put(i.id(), i.measure()));
        // by primary key, in its order, a bounded list at a time (a statement's placeholders are limited)
        List<Long> sorted = ids.stream().sorted().toList();
        for (int from = 0; from < sorted.size(); from += FIGURES_PER_QUERY) {
            jdbc.sql("""
                            SELECT indicator_id, org_unit_id, period_kind, period_year_from, period_year_to,
                                   period_part, value_text, estimate, value_number, value_numerator,
                                   value_denominator, value_bound
                            FROM data_value WHERE id IN (:ids)""")
                    .param("ids", sorted.subList(from, Math.min(sorted.size(), from + FIGURES_PER_QUERY)))
                    .query(rs -> {
                        long indicator = rs.getLong(1);
                        long unit = rs.getLong(2);
                        Period period = new Period(Period.Kind.valueOf(rs.getString(3)), rs.getInt(4),
                                rs.getInt(5), rs.getInt(6));
                        String text = rs.getString(7);
                        boolean estimate = rs.getBoolean(8);
                        String bound = rs.getString(12);
                        var reading = ReportedFigure.read(text, measures.get(indicator), estimate,
                                rs.getBigDecimal(9), rs.getBigDecimal(10), rs.getBigDecimal(11),
                                bound == null ? null : ValueBound.valueOf(bound));
                        figures.computeIfAbsent(indicator, k -> new HashMap<>())
                                .computeIfAbsent(unit, k -> new ArrayList<>())
                                .add(new Stored(period, text, estimate, period.figure(estimate, reading)));
                    });
        }
        return new Figures(figures);
    }

    /** One unit's indicator in a column, with its figures, to be judged. */
    private record Judging(long unitId, String key, IndicatorRow indicator, List<Stored> figures) {

        CellData judge(TermRow term, @Nullable Period chosen) {
            return new CellData(unitId, key, UnitsOverviewService.judge(indicator, figures, term),
                    chosen == null ? null : ofPeriod(figures, chosen));
        }
    }

    /** A judged cell, with the unit's figure for the overview's period (null: none). */
    private record CellData(long unitId, String key, Cell cell, @Nullable Stored ofPeriod) {
    }

    /** The engine's one assessment rule for one unit's indicator. */
    private static Cell judge(IndicatorRow indicator, List<Stored> figures, TermRow term) {
        Map<ReportedFigure, Stored> byView = new IdentityHashMap<>();
        figures.forEach(f -> byView.put(f.forEngine(), f));
        Assessment assessment = Assessments.assess(indicator.target(), indicator.measure(),
                indicator.countsAllUnits(), term.startYear(), term.endYear(), term.open(), byView.keySet(),
                f -> byView.get(f).period().label());
        Stored latest = ReportedFigure.latest(byView.keySet(), Function.identity()).map(byView::get).orElse(null);
        String explanation = assessment.evaluation().explanation() + (assessment.projection() == null ? ""
                : " · " + assessment.projection().explanation());
        boolean target = indicator.target() != null || assessment.verdict() != Verdict.CHUA_DANH_GIA;
        return new Cell(assessment.verdict(), assessment.outlook(), target, latest == null ? null : latest.text(),
                latest == null ? null : latest.period().label(), explanation);
    }

    private static List<UnitLine> lines(Map<Long, Unit> units, Map<Long, Map<String, CellData>> cells,
                                        @Nullable Period period, boolean open) {
        List<UnitLine> unranked = units.values().stream().map(unit -> {
            Map<String, CellData> own = cells.getOrDefault(unit.id(), Map.of());
            Map<String, Cell> judged = new HashMap<>();
            own.forEach((key, data) -> judged.put(key, data.cell()));
            int entered = period == null ? 0 : (int) own.values().stream().filter(c -> c.ofPeriod() != null).count();
            return new UnitLine(unit, judged, counts(judged.values()), 0, entered, judged.size());
        }).toList();
        List<UnitLine> ranked = new ArrayList<>();
        for (UnitLine line : unranked) {
            double score = line.counts().score(open);
            int rank = score < 0 ? 0
                    : 1 + (int) unranked.stream().filter(other -> other.counts().score(open) > score).count();
            ranked.add(new UnitLine(line.unit(), line.cells(), line.counts(), rank, line.entered(), line.expected()));
        }
        ranked.sort(Comparator.comparingInt((UnitLine l) -> l.rank() == 0 ? Integer.MAX_VALUE : l.rank())
                .thenComparing(l -> l.unit().name()));
        return ranked;
    }

    private static Counts counts(java.util.Collection<Cell> cells) {
        List<Cell> targets = cells.stream().filter(Cell::target).toList();
        Map<Verdict, Long> verdicts = targets.stream().collect(Collectors.groupingBy(Cell::verdict,
                Collectors.counting()));
        Map<Outlook, Long> outlooks = targets.stream().collect(Collectors.groupingBy(Cell::outlook,
                Collectors.counting()));
        return new Counts(targets.size(), verdicts.getOrDefault(Verdict.DAT, 0L).intValue(),
                verdicts.getOrDefault(Verdict.KHONG_DAT, 0L).intValue(),
                verdicts.getOrDefault(Verdict.CHUA_DANH_GIA, 0L).intValue(),
                outlooks.getOrDefault(Outlook.DU_KIEN_DAT, 0L).intValue(),
                outlooks.getOrDefault(Outlook.NGUY_CO_KHONG_DAT, 0L).intValue(),
                outlooks.getOrDefault(Outlook.CHUA_DU_DU_LIEU, 0L).intValue());
    }

    /** A unit's figure for the period: the official one, else the estimate. */
    private static @Nullable Stored ofPeriod(List<Stored> figures, Period period) {
        Stored found = null;
        for (Stored figure : figures) {
            if (figure.period().equals(period) && (found == null || found.estimate() && !figure.estimate())) {
                found = figure;
            }
        }
        return found;
    }

    /** The period most figures were reported for (the newest of equals), the natural one to compare on. */
    private static @Nullable Period busiest(Map<Period, Integer> counts) {
        return counts.entrySet().stream()
                .max(Map.Entry.<Period, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElse(null);
    }
}
