package vn.chitieu.indicator;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import vn.chitieu.audit.AuditService;
import vn.chitieu.base.Source;
import vn.chitieu.base.text.Csv;
import vn.chitieu.security.CurrentUser;
import vn.chitieu.security.AccessScope;
import vn.chitieu.security.UserService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.chitieu.evaluation.ParseResult;
import vn.chitieu.evaluation.TargetReading;
import vn.chitieu.evaluation.Targets;
import vn.chitieu.security.Roles;

@Service
public class IndicatorService {

    private final TermRepository terms;
    private final IndicatorRepository indicators;
    private final JdbcClient jdbc;
    private final UserService users;
    private final AuditService audit;
    private final Clock clock;

    IndicatorService(TermRepository terms, IndicatorRepository indicators, JdbcClient jdbc, UserService users,
                     AuditService audit, Clock clock) {
        this.users = users;
        this.audit = audit;
        this.clock = clock;
        this.terms = terms;
        this.indicators = indicators;
        this.jdbc = jdbc;
    }

    // one statement: it needs no transaction of its own (joins the caller's if there is one), which spares every
    // screen's opening the three round trips to the database that beginning and committing one cost
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public List<Term> terms() {
        return terms.findAllByOrderByStartYear();
    }

    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public Optional<Term> term(String code) {
        return terms.findByCode(code);
    }

    /** The term being carried out now, which entry and reporting screens work on. */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public Optional<Term> openTerm() {
        return terms.findAllByOrderByStartYear().stream().filter(Term::isOpen).findFirst();
    }

    /** Terms of a given code, failing with a message a person can act on. */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public Term requireTerm(String code) {
        return terms.findByCode(code).orElseThrow(
                () -> new IllegalArgumentException("Không có nhiệm kỳ " + code + " (ví dụ đúng: 2025-2030)"));
    }

    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<Indicator> indicatorsOf(Term term) {
        // the catalogues of the units in the person's reach, and those that apply to every unit of a kind
        AccessScope scope = users.currentScope();
        return indicators.findByTermIdOrderBySortOrder(idOf(term)).stream()
                .filter(i -> i.orgUnitId() == null || scope.canRead(i.orgUnitId().getId())).toList();
    }

    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public Optional<Indicator> findById(long id) {
        Optional<Indicator> found = indicators.findById(id);
        found.map(Indicator::orgUnitId).ifPresent(unit -> users.requireReadable(unit.getId()));
        return found;
    }

    /**
     * Saves an indicator after reading its target through the verdict engine, so the stored reading is always the
     * engine's. A direction or horizon set in {@link Indicator#target()} is kept as stated apart from the text. Each
     * yearly plan passes {@link #checkPlan} and is stored with the engine's reading of it.
     *
     * @throws IllegalArgumentException when the target or a plan cannot be read, with the reason in Vietnamese
     */
    @PreAuthorize(Roles.ADMIN)
    @Transactional
    public Indicator save(Indicator indicator) {
        requireCurrentUnit(indicator);
        Set<AnnualPlan> plans = new java.util.HashSet<>();
        for (AnnualPlan plan : indicator.plans()) {
            PlanCheck check = checkPlan(indicator, plan.year(), plan.text());
            if (!check.ok()) {
                throw new IllegalArgumentException(String.join("; ", check.refusals()));
            }
            if (check.plan() != null) {
                plans.add(check.plan());
            }
        }
        try {
            return indicators.save(indicator.withTarget(readTarget(indicator)).withPlans(plans));
        } catch (org.springframework.dao.DuplicateKeyException taken) {
            // the unique key on (term, unit, number or name): said in words a person can act on; still a duplicate
            // key, so an import racing another one answers 409
            throw new org.springframework.dao.DuplicateKeyException("Đơn vị này đã có chỉ tiêu "
                    + (indicator.number() == null || indicator.number().isBlank()
                    ? "cùng tên \"" + indicator.name() + "\"" : "số " + indicator.number())
                    + " trong nhiệm kỳ; sửa chỉ tiêu đó hoặc chọn số khác", taken);
        }
    }

    /** The indicators of a term that are tracked now: the running catalogue, the entry sheet, the dashboard. */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<Indicator> activeIndicatorsOf(Term term) {
        Set<Long> inactive = inactiveIds(term);
        return indicatorsOf(term).stream().filter(i -> !inactive.contains(i.id())).toList();
    }

    /**
     * The indicators of one unit in a term, each with the target that applies to that unit: its own catalogue and the
     * shared indicators assigned above it, a shared one carrying the unit's own target where it has one. Tracked ones
     * only, with their "Trong đó…" rows, in catalogue order. The one answer to "what does this unit report, against
     * what": the entry sheet, the appendix and the write check read it here, the dashboards through
     * {@link #sharedAssignments}.
     */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<Indicator> indicatorsOfUnit(Term term, long unitId) {
        return ofUnit(term, unitId, false);
    }

    /**
     * The whole catalogue of one unit in a term, tracked or not: as {@link #indicatorsOfUnit}, with the deactivated
     * indicators too. For the screens and writers that manage a unit's catalogue (the catalogue, carry-over, the
     * catalogue from a resolution's text, import: a re-imported row must find its deactivated indicator, not make a
     * second one). Reads that unit's rows only, whatever the country's size.
     */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<Indicator> catalogueOfUnit(Term term, long unitId) {
        return ofUnit(term, unitId, true);
    }

    /**
     * The first unit by name with a catalogue of its own in the term, among those the person may read: where the
     * catalogue opens for an administrator with no unit of their own. Walks the units in name order and stops at the
     * first ({@code ix_indicator_term_unit}, the subquery not materialised: 20-40 ms instead of 80-130 ms in the
     * mariadb client at national size).
     */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public Optional<Long> firstUnitWithCatalogue(Term term) {
        AccessScope scope = users.currentScope();
        if (!scope.allUnits() && scope.readable().isEmpty()) {
            return Optional.empty();
        }
        return jdbc.sql(vn.chitieu.base.db.UnitSearch.FIRST_MATCH + """
                        SELECT u.id FROM org_unit u
                        WHERE (:all OR u.id IN (:units))
                          AND EXISTS (SELECT 1 FROM indicator i WHERE i.term_id = :term AND i.org_unit_id = u.id)
                        ORDER BY u.name, u.id LIMIT 1""")
                .param("all", scope.allUnits()).param("units", scope.allUnits() ? List.of(0L) : scope.readable())
                .param("term", idOf(term)).query(Long.class).optional();
    }

    private List<Indicator> ofUnit(Term term, long unitId, boolean withInactive) {
        users.requireReadable(unitId);
        java.util.Map<Long, SharedAssignment> shared = new java.util.HashMap<>();
        sharedAssignments(term, List.of(unitId)).forEach(a -> shared.put(a.indicatorId(), a));
        List<Indicator> found = new java.util.ArrayList<>(indicators.findOwn(idOf(term), unitId, withInactive));
        if (!shared.isEmpty()) {
            found.addAll(indicators.findIn(shared.keySet(), withInactive));
        }
        return found.stream()
                .map(i -> {
                    SharedAssignment a = i.id() == null ? null
                            : shared.get(i.parentId() == null ? i.id() : i.parentId().getId());
                    return a != null && a.own() != null && i.parentId() == null ? i.withOwnTarget(a.own()) : i;
                })
                .sorted(java.util.Comparator.comparingInt(Indicator::sortOrder))
                .toList();
    }

    /**
     * The shared indicators of a term that apply to each of these units: of the unit's kind, assigned by a unit above
     * it (anywhere above: the whole subtree of the one that assigned it) or by no one, for a unit that exists during
     * the term; with the unit's own target where it has one. Deactivated ones are included (their callers say why no
     * figure can be written); units outside the person's reach are left out. Reads the tree upwards from these
     * units only and the term's shared indicators by {@code ix_indicator_term_unit}, whatever the country's size.
     */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<SharedAssignment> sharedAssignments(Term term, java.util.Collection<Long> unitIds) {
        AccessScope scope = users.currentScope();
        List<Long> units = unitIds.stream().filter(scope::canRead).distinct().toList();
        if (units.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT s.id AS indicator_id, u.id AS unit_id, s.owner_unit_id, o.name AS owner_name,
                               ut.id AS target_id, ut.target_text, ut.target_kind, ut.target_comparator,
                               ut.target_value, ut.target_value2, ut.target_horizon, ut.target_horizon_year,
                               ut.set_by, ut.set_at, ut.version
                        FROM org_unit u
                        JOIN indicator s ON s.term_id = :term JOIN term st ON st.id = s.term_id
                        """ + ABOVE_U + """
                        LEFT JOIN org_unit o ON o.id = s.owner_unit_id
                        LEFT JOIN unit_target ut ON ut.indicator_id = s.id AND ut.org_unit_id = u.id
                        WHERE u.id IN (:units) AND """ + APPLIES_TO_U + """
                         ORDER BY s.sort_order, s.id""")
                .param("units", units).param("term", idOf(term))
                .query((rs, n) -> {
                    long owner = rs.getLong("owner_unit_id");
                    Long ownerId = rs.wasNull() ? null : owner;
                    long target = rs.getLong("target_id");
                    UnitTarget own = rs.wasNull() ? null : new UnitTarget(target, rs.getLong("indicator_id"),
                            rs.getLong("unit_id"), rs.getString("target_text"), formOf(rs), rs.getString("set_by"),
                            rs.getTimestamp("set_at").toInstant(), rs.getInt("version"));
                    return new SharedAssignment(rs.getLong("indicator_id"), rs.getLong("unit_id"), ownerId,
                            rs.getString("owner_name"), own);
                })
                .list();
    }

    /**
     * The one rule of which shared indicator applies to which unit, as SQL on unit {@code u}, indicator {@code s} and
     * its term {@code st}: of the unit's kind, assigned by a unit above it (anywhere above: the whole subtree of the
     * one that assigned it) or by no one, for a unit that exists during the term (the term's base year belongs to the
     * term before: a ward merged in mid-2025 is no unit of 2025-2030). It walks no tree: a unit has at most three
     * units above it ({@link vn.chitieu.orgunit.OrgUnitKind}'s four levels, each parent a level higher).
     */
    private static final String ABOVE_U = """
            LEFT JOIN org_unit p ON p.id = u.parent_id LEFT JOIN org_unit pp ON pp.id = p.parent_id
            """;
    private static final String APPLIES_TO_U = " " + """
            s.org_unit_id IS NULL AND s.parent_id IS NULL AND s.applies_to_kind = u.kind
              AND (u.valid_to IS NULL OR u.valid_to >= MAKEDATE(st.start_year + 1, 1))
              AND (u.valid_from IS NULL OR u.valid_from < MAKEDATE(st.end_year + 1, 1))
              AND (s.owner_unit_id IS NULL OR s.owner_unit_id IN (u.parent_id, p.parent_id, pp.parent_id))
            """;

    /**
     * SQL for the unit pickers: unit {@code u} has a tracked shared indicator in the term whose id is the given SQL
     * expression, by the rule of {@link #sharedAssignments}, as a correlated {@code EXISTS}.
     */
    public static String hasSharedIndicator(String termId) {
        return " EXISTS (SELECT 1 FROM indicator s JOIN term st ON st.id = s.term_id " + ABOVE_U
                + " WHERE s.term_id = " + termId + " AND s.active AND " + APPLIES_TO_U + ") ";
    }

    /**
     * An indicator as it applies to a unit: a shared one with the unit's own target where it has one, any other as
     * it is. The write check judges a figure against this, so a unit's figure meets the unit's target.
     */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public Indicator forUnit(Indicator indicator, long unitId) {
        if (!indicator.shared() || indicator.id() == null || indicator.parentId() != null) {
            return indicator;
        }
        Term term = terms.findById(indicator.termId().getId()).orElse(null);
        if (term == null || !users.currentScope().canRead(unitId)) {
            return indicator;
        }
        return sharedAssignments(term, List.of(unitId)).stream()
                .filter(a -> a.indicatorId() == indicator.id() && a.own() != null).findFirst()
                .map(a -> indicator.withOwnTarget(a.own())).orElse(indicator);
    }

    private static TargetForm formOf(java.sql.ResultSet rs) throws java.sql.SQLException {
        String kind = rs.getString("target_kind");
        String comparator = rs.getString("target_comparator");
        String horizon = rs.getString("target_horizon");
        int year = rs.getInt("target_horizon_year");
        Integer horizonYear = rs.wasNull() ? null : year;
        return new TargetForm(kind == null ? null : vn.chitieu.evaluation.TargetKind.valueOf(kind),
                comparator == null ? null : vn.chitieu.evaluation.Comparator.valueOf(comparator),
                rs.getBigDecimal("target_value"), rs.getBigDecimal("target_value2"),
                horizon == null ? null : vn.chitieu.evaluation.Horizon.valueOf(horizon), horizonYear);
    }

    /**
     * The shared indicators a unit assigned to the units below it, in a term, tracked or not (the catalogue shows
     * both): the "Chỉ tiêu chung" section of that unit's administrator.
     */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<Indicator> sharedBy(Term term, long ownerUnitId) {
        users.requireReadable(ownerUnitId);
        return indicators.findSharedBy(idOf(term), ownerUnitId);
    }

    /**
     * Creates or corrects a shared indicator that a unit assigns to every unit of a kind below it: the same target
     * and plan checks as any indicator ({@link #save}); the kind must be a level below the assigning unit's. Who
     * assigned it never changes. Audited.
     *
     * @throws IllegalArgumentException with the reason in Vietnamese, before anything is written
     */
    @PreAuthorize(Roles.ADMIN)
    @Transactional
    public Indicator saveShared(Indicator indicator, long ownerUnitId) {
        if (!users.currentScope().coversUnit(ownerUnitId)) {
            throw new org.springframework.security.access.AccessDeniedException(
                    "Tài khoản của bạn không quản trị " + unitName(ownerUnitId));
        }
        if (!indicator.shared() || indicator.appliesToKind() == null) {
            throw new IllegalArgumentException("Chỉ tiêu chung áp dụng cho một cấp đơn vị, không thuộc riêng đơn vị nào");
        }
        if (indicator.parentId() != null) {
            throw new IllegalArgumentException("Chỉ tiêu chung không là dòng \"Trong đó…\" của chỉ tiêu khác");
        }
        String ownerKind = jdbc.sql("SELECT kind FROM org_unit WHERE id = :id").param("id", ownerUnitId)
                .query(String.class).optional()
                .orElseThrow(() -> new IllegalArgumentException("Không có đơn vị số " + ownerUnitId));
        if (!vn.chitieu.orgunit.OrgUnitKind.valueOf(ownerKind).mayContain(indicator.appliesToKind())) {
            throw new IllegalArgumentException(unitName(ownerUnitId) + " không có cấp "
                    + indicator.appliesToKind().label().toLowerCase(java.util.Locale.ROOT)
                    + " bên dưới: chỉ tiêu chung giao cho một cấp thấp hơn đơn vị giao");
        }
        Indicator before = indicator.id() == null ? null : indicators.findById(indicator.id()).orElseThrow(
                () -> new IllegalArgumentException("Không có chỉ tiêu số " + indicator.id()));
        if (before != null) {
            Long owner = jdbc.sql("SELECT owner_unit_id FROM indicator WHERE id = :id").param("id", indicator.id())
                    .query(Long.class).optional().orElse(null);
            if (!before.shared() || owner == null || owner != ownerUnitId) {
                throw new IllegalArgumentException("Chỉ tiêu \"" + before.name() + "\" không phải chỉ tiêu chung của "
                        + unitName(ownerUnitId));
            }
        }
        Indicator saved = save(indicator);
        jdbc.sql("UPDATE indicator SET owner_unit_id = :owner WHERE id = :id")
                .param("owner", ownerUnitId).param("id", saved.id()).update();
        audit.record(before == null ? "CHI_TIEU_CHUNG_THEM" : "CHI_TIEU_CHUNG_SUA", "indicator", saved.id(),
                before == null ? null : before.name() + " · " + before.targetText(),
                saved.name() + " · " + saved.targetText() + " · cho " + saved.appliesToKind().label().toLowerCase(
                        java.util.Locale.ROOT) + " thuộc " + unitName(ownerUnitId), null);
        return saved;
    }

    /**
     * Sets a unit's own target for a shared indicator assigned to it (blank: clears it, the shared target applies
     * again). Read by the engine like any target, in the indicator's unit and with the shared target's horizon;
     * written only over the version the person saw. Audited.
     *
     * @param seenVersion the version of the unit's target the person saw; ignored when it had none
     * @return the unit's target, or empty once cleared
     * @throws IllegalArgumentException when the indicator is not assigned to the unit or the target cannot be read
     * @throws org.springframework.dao.OptimisticLockingFailureException when someone changed it meanwhile
     */
    @PreAuthorize(Roles.ADMIN)
    @Transactional
    public Optional<UnitTarget> setUnitTarget(long indicatorId, long unitId, @Nullable String text, int seenVersion) {
        if (!users.currentScope().coversUnit(unitId)) {
            throw new org.springframework.security.access.AccessDeniedException(
                    "Tài khoản của bạn không quản trị " + unitName(unitId));
        }
        Indicator indicator = indicators.findById(indicatorId).orElseThrow(
                () -> new IllegalArgumentException("Không có chỉ tiêu số " + indicatorId));
        Term term = terms.findById(indicator.termId().getId()).orElseThrow();
        SharedAssignment assignment = sharedAssignments(term, List.of(unitId)).stream()
                .filter(a -> a.indicatorId() == indicatorId).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Chỉ tiêu \"" + indicator.name()
                        + "\" không phải chỉ tiêu chung giao cho " + unitName(unitId)));
        UnitTarget before = assignment.own();
        if (before != null && before.version() != seenVersion) {
            throw new org.springframework.dao.OptimisticLockingFailureException("Mục tiêu riêng của " + unitName(unitId)
                    + " cho chỉ tiêu \"" + indicator.name() + "\" vừa được người khác sửa: mở lại để xem bản mới");
        }
        String written = text == null ? "" : Csv.nfc(text).strip();
        if (written.isEmpty()) {
            if (before != null) {
                jdbc.sql("DELETE FROM unit_target WHERE id = :id AND version = :version")
                        .param("id", before.id()).param("version", seenVersion).update();
                audit.record("MUC_TIEU_RIENG_XOA", "unit_target", before.id(), before.text(), null,
                        unitName(unitId) + " · " + indicator.name());
            }
            return Optional.empty();
        }
        TargetForm shared = indicator.target();
        ParseResult<TargetReading> parsed = Targets.read(written, indicator.unit(), indicator.name(), null,
                shared == null ? null : shared.horizon(), shared == null ? null : shared.horizonYear());
        if (!parsed.isOk()) {
            throw new IllegalArgumentException("Mục tiêu \"" + written + "\" của " + unitName(unitId) + ": "
                    + String.join("; ", parsed.errors()));
        }
        TargetForm form = TargetForm.of(parsed.orElseThrow());
        var now = java.sql.Timestamp.from(clock.instant());
        String by = CurrentUser.username().orElse("?");
        int changed;
        try {
            changed = jdbc.sql(before == null ? """
                            INSERT INTO unit_target (indicator_id, org_unit_id, target_text, target_kind, target_comparator,
                                target_value, target_value2, target_horizon, target_horizon_year, set_by, set_at, version)
                            VALUES (:indicator, :unit, :text, :kind, :comparator, :value, :value2, :horizon, :year, :by,
                                :at, 0)""" : """
                            UPDATE unit_target SET target_text = :text, target_kind = :kind,
                                target_comparator = :comparator, target_value = :value, target_value2 = :value2,
                                target_horizon = :horizon, target_horizon_year = :year, set_by = :by, set_at = :at,
                                version = version + 1
                            WHERE indicator_id = :indicator AND org_unit_id = :unit AND version = :seen""")
                    .param("indicator", indicatorId).param("unit", unitId).param("text", written)
                    .param("kind", form.kind() == null ? null : form.kind().name())
                    .param("comparator", form.comparator() == null ? null : form.comparator().name())
                    .param("value", form.value()).param("value2", form.value2())
                    .param("horizon", form.horizon() == null ? null : form.horizon().name())
                    .param("year", form.horizonYear()).param("by", by).param("at", now).param("seen", seenVersion)
                    .update();
        } catch (org.springframework.dao.DuplicateKeyException setMeanwhile) {
            changed = 0;
        }
        if (changed == 0) {
            throw new org.springframework.dao.OptimisticLockingFailureException("Mục tiêu riêng của " + unitName(unitId)
                    + " vừa được người khác sửa: mở lại để xem bản mới");
        }
        UnitTarget after = sharedAssignments(term, List.of(unitId)).stream()
                .filter(a -> a.indicatorId() == indicatorId).findFirst().map(SharedAssignment::own).orElseThrow();
        audit.record(before == null ? "MUC_TIEU_RIENG_THEM" : "MUC_TIEU_RIENG_SUA", "unit_target", after.id(),
                before == null ? assignmentTarget(indicator) : before.text(), after.text(),
                unitName(unitId) + " · " + indicator.name());
        return Optional.of(after);
    }

    private static String assignmentTarget(Indicator indicator) {
        return "theo chỉ tiêu chung: " + (indicator.targetText() == null ? "không có mục tiêu" : indicator.targetText());
    }

    private String unitName(long unitId) {
        return jdbc.sql("SELECT name FROM org_unit WHERE id = :id").param("id", unitId).query(String.class)
                .optional().orElse("đơn vị số " + unitId);
    }

    /** The indicators of a term that were deactivated: kept with their figures, shown only to be reactivated. */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public Set<Long> inactiveIds(Term term) {
        return Set.copyOf(jdbc.sql("SELECT id FROM indicator WHERE term_id = :term AND NOT active")
                .param("term", idOf(term)).query(Long.class).list());
    }

    /**
     * Stops tracking an indicator (a target the resolution dropped, a row entered twice): it is kept with its figures
     * and history, leaves the running catalogue, the dashboard and the entry sheet, and no figure can be written for
     * it until it is reactivated. Its "Trong đó…" rows go with it. Audited with the reason.
     */
    @PreAuthorize(Roles.ADMIN)
    @Transactional
    public void deactivate(long indicatorId, String reason) {
        if (reason.isBlank()) {
            throw new IllegalArgumentException("Cần ghi lý do ngừng theo dõi chỉ tiêu");
        }
        setActive(indicatorId, false, reason.strip());
    }

    /** Tracks a deactivated indicator again, with its history; audited. */
    @PreAuthorize(Roles.ADMIN)
    @Transactional
    public void reactivate(long indicatorId) {
        setActive(indicatorId, true, null);
    }

    private void setActive(long indicatorId, boolean active, @Nullable String reason) {
        Indicator indicator = indicators.findById(indicatorId).orElseThrow(
                () -> new IllegalArgumentException("Không có chỉ tiêu số " + indicatorId));
        if (active) {
            requireCurrentUnit(indicator);
        }
        int changed = jdbc.sql("UPDATE indicator SET active = :active WHERE (id = :id OR parent_id = :id)"
                        + " AND active <> :active")
                .param("active", active).param("id", indicatorId).update();
        if (changed > 0) {
            audit.record(active ? "CHI_TIEU_THEO_DOI_LAI" : "CHI_TIEU_NGUNG_THEO_DOI", "indicator", indicatorId,
                    active ? "ngừng theo dõi" : "đang theo dõi", active ? "đang theo dõi" : "ngừng theo dõi", reason);
        }
    }

    /**
     * A running term's indicator belongs to a unit that still exists: not one that has ended, nor a former unit
     * merged into another ("Phường An Mỹ (cũ)"), whose figures now come from its successor.
     */
    private void requireCurrentUnit(Indicator indicator) {
        if (indicator.orgUnitId() == null || indicator.orgUnitId().getId() == null) {
            return;
        }
        boolean running = terms.findById(indicator.termId().getId()).map(Term::isOpen).orElse(false);
        if (!running) {
            return;
        }
        jdbc.sql("""
                        SELECT u.name FROM org_unit u
                        WHERE u.id = :unit AND ((u.valid_to IS NOT NULL AND u.valid_to < :today)
                              OR EXISTS (SELECT 1 FROM org_unit_predecessor p WHERE p.predecessor_id = u.id))""")
                .param("unit", indicator.orgUnitId().getId()).param("today", LocalDate.now(clock))
                .query(String.class).optional().ifPresent(name -> {
                    throw new IllegalArgumentException(name + " không còn hoạt động (đã sáp nhập hoặc giải thể): "
                            + "chỉ tiêu của nhiệm kỳ đang thực hiện phải thuộc một đơn vị đang hoạt động");
                });
    }

    /**
     * What the one plan check says of a plan typed for a year: the plan to store (the text as written, the number the
     * engine read in it), the engine's reading in words, and why it may not be written (empty when it may).
     */
    public record PlanCheck(@Nullable AnnualPlan plan, @Nullable String reading, List<String> refusals) {

        public PlanCheck {
            refusals = List.copyOf(refusals);
        }

        public boolean ok() {
            return refusals.isEmpty();
        }
    }

    /**
     * The one check of a yearly plan, asked by the catalogue form, the import (screen and API) and {@link #savePlan}:
     * the plan is read as a target is ("16,5", "&gt;1.500", "Giảm 07 hộ", "Duy trì không còn hộ đói…"), its year must be
     * a year of the term after the base year, and the person must be allowed to write it: the indicator's unit and
     * sector in their scope, and a term that has ended is the administrator's alone, as for figures. Nothing is
     * written. A blank text is no plan: fine, and nothing to store.
     *
     * @param indicator the indicator, saved or not yet (an import creating it, a form not saved yet)
     */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public PlanCheck checkPlan(Indicator indicator, int year, String text) {
        String written = Csv.nfc(text).strip();
        if (written.isEmpty()) {
            return new PlanCheck(null, null, List.of());
        }
        List<String> refusals = new java.util.ArrayList<>();
        String outOfScope = planOutOfScope(indicator);
        if (outOfScope != null) {
            refusals.add(outOfScope);
        }
        Term term = terms.findById(indicator.termId().getId()).orElse(null);
        if (term != null) {
            if (year <= term.startYear() || year > term.endYear()) {
                refusals.add("Năm " + year + " không có kế hoạch trong nhiệm kỳ " + term.code() + ": kế hoạch năm ghi "
                        + "cho các năm " + (term.startYear() + 1) + "-" + term.endYear());
            }
            if (!term.isOpen() && !CurrentUser.hasRole(Roles.QUAN_TRI)) {
                refusals.add("Nhiệm kỳ " + term.code() + " đã kết thúc: kế hoạch chỉ để xem; chỉ quản trị được đính "
                        + "chính");
            }
        }
        ParseResult<TargetReading> parsed = planReading(indicator, written);
        if (!parsed.isOk()) {
            refusals.add("Kế hoạch năm " + year + " \"" + written + "\": " + String.join("; ", parsed.errors()));
            return new PlanCheck(null, null, refusals);
        }
        TargetReading reading = parsed.orElseThrow();
        return new PlanCheck(new AnnualPlan(year, written, reading.value()), reading.describe(), refusals);
    }

    /**
     * Writes one year's plan of an indicator, replacing the year's plan it had; the same plan again changes nothing.
     *
     * @throws org.springframework.security.access.AccessDeniedException outside the person's units or sectors
     * @throws IllegalArgumentException with the reasons of {@link #checkPlan}, before anything is written
     */
    @PreAuthorize(Roles.STAFF_OR_ADMIN)
    @Transactional
    public Indicator savePlan(long indicatorId, int year, String text) {
        Indicator indicator = indicators.findById(indicatorId).orElseThrow(
                () -> new IllegalArgumentException("Không có chỉ tiêu số " + indicatorId));
        String outOfScope = planOutOfScope(indicator);
        if (outOfScope != null) {
            throw new org.springframework.security.access.AccessDeniedException(outOfScope);
        }
        PlanCheck check = checkPlan(indicator, year, text);
        if (!check.ok()) {
            throw new IllegalArgumentException(String.join("; ", check.refusals()));
        }
        AnnualPlan plan = check.plan();
        if (plan == null || indicator.planOf(year).filter(plan::sameAs).isPresent()) {
            return indicator;
        }
        Set<AnnualPlan> plans = new java.util.HashSet<>(indicator.plans());
        plans.removeIf(p -> p.year() == year);
        plans.add(plan);
        return indicators.save(indicator.withPlans(plans));
    }

    /**
     * The engine's reading of a plan: the same reading as a target, in the indicator's unit and with its name (so
     * "16,5" of "Tỷ lệ hộ nghèo" is at most 16,5). Its year is the plan's own; no horizon is stated apart.
     */
    public static ParseResult<TargetReading> planReading(Indicator indicator, String text) {
        return Targets.read(text, indicator.unit(), indicator.name(), null, null, null);
    }

    /**
     * Why the person may not write this indicator's plans, or null when they may: as for its figures, the unit and
     * sector must be theirs; an indicator for every unit of a level is the administrator's.
     */
    private @Nullable String planOutOfScope(Indicator indicator) {
        if (CurrentUser.hasRole(Roles.QUAN_TRI)) {
            return null;
        }
        if (!CurrentUser.hasRole(Roles.CAN_BO)) {
            return "Chỉ cán bộ và quản trị được ghi kế hoạch năm";
        }
        AccessScope scope = users.currentScope();
        if (indicator.orgUnitId() == null || indicator.orgUnitId().getId() == null) {
            return "Chỉ tiêu \"" + indicator.name() + "\" áp dụng cho mọi đơn vị một cấp: chỉ quản trị được ghi kế hoạch";
        }
        long unitId = indicator.orgUnitId().getId();
        if (!scope.coversUnit(unitId)) {
            return "Tài khoản của bạn không được ghi kế hoạch của " + jdbc.sql("SELECT name FROM org_unit WHERE id = :id")
                    .param("id", unitId).query(String.class).optional().orElse("đơn vị số " + unitId);
        }
        if (!scope.coversSector(indicator.sector().name())) {
            return "Tài khoản của bạn không phụ trách lĩnh vực " + indicator.sector().label();
        }
        return null;
    }

    /**
     * Records what a report itself states about a unit's term ("Trường Xuân: 04 chỉ tiêu" not met), to be shown
     * beside what the engine counts from the figures, never instead of it.
     */
    @PreAuthorize(Roles.ADMIN)
    @Transactional
    public void recordStatedMissed(long orgUnitId, Term term, int missed, Source source) {
        if (missed < 0) {
            throw new IllegalArgumentException("Số chỉ tiêu chưa đạt không thể âm");
        }
        jdbc.sql("""
                        INSERT INTO stated_missed_count (org_unit_id, term_id, missed, source_document, source_place,
                                                         source_quote)
                        VALUES (:unit, :term, :missed, :document, :place, :quote)
                        ON DUPLICATE KEY UPDATE missed = VALUES(missed), source_document = VALUES(source_document),
                            source_place = VALUES(source_place), source_quote = VALUES(source_quote)""")
                .param("unit", orgUnitId).param("term", idOf(term)).param("missed", missed)
                .param("document", source.document()).param("place", source.place()).param("quote", source.quote())
                .update();
    }

    /** The engine's reading of an indicator's target, or null when it has none. */
    public static @Nullable TargetReading targetReading(Indicator indicator) {
        TargetForm form = indicator.target();
        if (indicator.targetText() == null || indicator.targetText().isBlank()) {
            return null;
        }
        return Targets.read(indicator.targetText(), indicator.unit(), indicator.name(),
                form == null ? null : form.comparator(), form == null ? null : form.horizon(),
                form == null ? null : form.horizonYear()).value();
    }

    private static @Nullable TargetForm readTarget(Indicator indicator) {
        TargetForm stated = indicator.target();
        if (indicator.targetText() == null || indicator.targetText().isBlank()) {
            return stated != null && stated.countsAllUnits() ? stated : null;
        }
        ParseResult<TargetReading> reading = Targets.read(indicator.targetText(), indicator.unit(), indicator.name(),
                stated == null ? null : stated.comparator(), stated == null ? null : stated.horizon(),
                stated == null ? null : stated.horizonYear());
        if (!reading.isOk()) {
            throw new IllegalArgumentException("Mục tiêu \"" + indicator.targetText() + "\" của chỉ tiêu \""
                    + indicator.name() + "\": " + String.join("; ", reading.errors()));
        }
        return TargetForm.of(reading.orElseThrow());
    }

    private static long idOf(Term term) {
        Long id = term.id();
        if (id == null) {
            throw new IllegalArgumentException("Nhiệm kỳ chưa được lưu");
        }
        return id;
    }
}
