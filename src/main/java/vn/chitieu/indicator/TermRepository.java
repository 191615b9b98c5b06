package vn.chitieu.indicator;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface TermRepository extends ListCrudRepository<Term, Long> {

    Optional<Term> findByCode(String code);

    List<Term> findAllByOrderByStartYear();
}
