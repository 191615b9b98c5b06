package vn.chitieu.indicator;

import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chitieu.security.Roles;

@Service
public class IndicatorService {

    private final TermRepository terms;
    private final IndicatorRepository indicators;

    IndicatorService(TermRepository terms, IndicatorRepository indicators) {
        this.terms = terms;
        this.indicators = indicators;
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
        return indicators.findByTermIdOrderBySortOrder(idOf(term));
    }

    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public Optional<Indicator> findById(long id) {
        return indicators.findById(id);
    }

    @PreAuthorize(Roles.ADMIN)
    @Transactional
    public Indicator save(Indicator indicator) {
        return indicators.save(indicator);
    }

    private static long idOf(Term term) {
        Long id = term.id();
        if (id == null) {
            throw new IllegalArgumentException("Nhiệm kỳ chưa được lưu");
        }
        return id;
    }
}
