package vn.chitieu.datavalue;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface DataValueRepository extends ListCrudRepository<DataValue, Long> {

    List<DataValue> findByIndicatorId(long indicatorId);

    /** One unit's values of an indicator (a shared indicator has every unit's): {@code uk_data_value}'s prefix. */
    @Query("SELECT * FROM data_value WHERE indicator_id = :indicatorId AND org_unit_id = :unitId")
    List<DataValue> findOfUnit(long indicatorId, long unitId);

    @Query("""
            SELECT * FROM data_value WHERE indicator_id = :indicatorId AND org_unit_id = :unitId
            AND period_kind = :kind AND period_year_from = :yearFrom AND period_year_to = :yearTo
            AND period_part = :part AND estimate = :estimate""")
    Optional<DataValue> find(long indicatorId, long unitId, String kind, int yearFrom, int yearTo, int part,
                             boolean estimate);
}
