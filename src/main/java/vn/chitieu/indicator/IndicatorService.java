package vn.chitieu.indicator;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import vn.chitieu.base.Source;
import vn.chitieu.base.text.Csv;
import vn.chitieu.security.CurrentUser;
import vn.chitieu.security.AccessScope;
import vn.chitieu.security.UserService;
import org.springframework.stereotype.Service;
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

    IndicatorService(TermRepository terms, IndicatorRepository indicators, JdbcClient jdbc, UserService users) {
        this.users = users;
        this.terms = terms;
        this.indicators = indicators;
        this.jdbc = jdbc;
    }

    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
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
