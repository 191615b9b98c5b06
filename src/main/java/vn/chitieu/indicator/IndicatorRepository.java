package vn.chitieu.indicator;

import java.util.List;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface IndicatorRepository extends ListCrudRepository<Indicator, Long> {

    List<Indicator> findByTermIdOrderBySortOrder(long termId);

    long countByTermId(long termId);

    /**
     * A unit's own indicators of a term with their sub-rows ({@code ix_indicator_term_unit}): the tracked ones, or
     * with {@code all} the deactivated ones too.
     */
    @Query("""
            SELECT * FROM indicator WHERE term_id = :term AND org_unit_id = :unit AND (active OR :all)
            ORDER BY sort_order, id""")
    List<Indicator> findOwn(long term, long unit, boolean all);

    /** The shared indicators a unit assigned in a term, tracked or not. */
    @Query("""
            SELECT * FROM indicator WHERE term_id = :term AND org_unit_id IS NULL AND owner_unit_id = :owner
            ORDER BY sort_order, id""")
    List<Indicator> findSharedBy(long term, long owner);

    /** Indicators by id with their "Trong đó…" rows: the tracked ones, or with {@code all} the deactivated too. */
    @Query("""
            SELECT * FROM indicator WHERE (id IN (:ids) OR parent_id IN (:ids)) AND (active OR :all)
            ORDER BY sort_order, id""")
    List<Indicator> findIn(java.util.Collection<Long> ids, boolean all);
}
