package vn.chitieu.datavalue;

import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface PeriodLockRepository extends ListCrudRepository<PeriodLock, Long> {

    @Query("""
            SELECT * FROM period_lock WHERE org_unit_id = :unitId AND period_kind = :kind
            AND period_year_from = :yearFrom AND period_year_to = :yearTo AND period_part = :part""")
    Optional<PeriodLock> find(long unitId, String kind, int yearFrom, int yearTo, int part);
}
