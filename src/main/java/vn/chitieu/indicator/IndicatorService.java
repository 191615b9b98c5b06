package vn.chitieu.indicator;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import vn.chitieu.base.Source;
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
     * engine's. A direction or horizon set in {@link Indicator#target()} is kept as stated apart from the text.
     *
     * @throws IllegalArgumentException when the target cannot be read, with the reason in Vietnamese
     */
    @PreAuthorize(Roles.ADMIN)
    @Transactional
    public Indicator save(Indicator indicator) {
        try {
            return indicators.save(indicator.withTarget(readTarget(indicator)));
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
