package vn.chitieu.indicator;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface IndicatorRepository extends ListCrudRepository<Indicator, Long> {

    List<Indicator> findByTermIdOrderBySortOrder(long termId);

    long countByTermId(long termId);
}
