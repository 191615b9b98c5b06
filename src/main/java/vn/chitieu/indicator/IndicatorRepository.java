package vn.chitieu.indicator;

import java.util.List;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface IndicatorRepository extends ListCrudRepository<Indicator, Long> {

    List<Indicator> findByTermIdOrderBySortOrder(long termId);

    long countByTermId(long termId);

    /** A unit's own tracked indicators of a term with their sub-rows ({@code ix_indicator_term_unit}). */
    @Query("SELECT * FROM indicator WHERE term_id = :term AND org_unit_id = :unit AND active ORDER BY sort_order, id")
    List<Indicator> findOwn(long term, long unit);

    /** The shared indicators a unit assigned in a term, tracked or not. */
    @Query("""
            SELECT * FROM indicator WHERE term_id = :term AND org_unit_id IS NULL AND owner_unit_id = :owner
            ORDER BY sort_order, id""")
    List<Indicator> findSharedBy(long term, long owner);

    /** Tracked indicators by id with their "Trong đó…" rows. */
    @Query("SELECT * FROM indicator WHERE (id IN (:ids) OR parent_id IN (:ids)) AND active ORDER BY sort_order, id")
    List<Indicator> findTrackedIn(java.util.Collection<Long> ids);
}
