package vn.chitieu.datavalue;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface DataValueRepository extends ListCrudRepository<DataValue, Long> {

    List<DataValue> findByIndicatorId(long indicatorId);
}
