package vn.chitieu.datavalue;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface DataValueRepository extends ListCrudRepository<DataValue, Long> {

    List<DataValue> findByIndicatorId(long indicatorId);

    @Query("""
            SELECT * FROM data_value WHERE indicator_id = :indicatorId AND org_unit_id = :unitId
            AND period_kind = :kind AND period_year_from = :yearFrom AND period_year_to = :yearTo
            AND period_part = :part AND estimate = :estimate""")
    Optional<DataValue> find(long indicatorId, long unitId, String kind, int yearFrom, int yearTo, int part,
                             boolean estimate);
}
