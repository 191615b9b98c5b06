package vn.chitieu.indicator;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

// The SQL written out: a derived query renders its statement on every call, and every screen's opening asks for the
// terms (at national size that rendering was half of the call's time, more than the query itself).
interface TermRepository extends ListCrudRepository<Term, Long> {

    @Query("SELECT id, code, start_year, end_year, status, version FROM term WHERE code = :code")
    Optional<Term> findByCode(String code);

    @Query("SELECT id, code, start_year, end_year, status, version FROM term ORDER BY start_year")
    List<Term> findAllByOrderByStartYear();
}
