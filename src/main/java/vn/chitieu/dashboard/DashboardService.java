package vn.chitieu.dashboard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import vn.chitieu.security.Roles;
import org.springframework.transaction.annotation.Transactional;
import vn.chitieu.base.Source;
import vn.chitieu.datavalue.Period;
import vn.chitieu.indicator.Sector;

/** Read models for the list and the dashboard: flat records filled by focused queries, not aggregates. */
@Service
public class DashboardService {

    private final JdbcClient jdbc;

    DashboardService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A unit that has indicators in a term, for the unit picker. */
    public record UnitChoice(long id, String code, String name) {
    }

    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<UnitChoice> unitsWithIndicators(String termCode) {
        return jdbc.sql("""
                        SELECT DISTINCT u.id, u.code, u.name FROM indicator i
                        JOIN term t ON t.id = i.term_id JOIN org_unit u ON u.id = i.org_unit_id
                        WHERE t.code = :term ORDER BY u.name""")
                .param("term", termCode)
                .query((rs, n) -> new UnitChoice(rs.getLong("id"), rs.getString("code"), rs.getString("name")))
                .list();
    }

    /**
     * The indicators of a term with their latest figures, in sector order, targets before plain figures. With a unit, its
     * indicators and those of the former units it was formed from, so merged wards keep their history visible.
     */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<IndicatorRow> indicatorList(String termCode, @Nullable Long unitId) {
        Set<Long> units = unitId == null ? Set.of() : unitWithPredecessors(unitId);
        List<IndicatorRow> rows = new ArrayList<>();
        Map<Long, LatestValue> latest = latestValues(termCode);
        jdbc.sql("""
                        SELECT i.id, i.sector, i.number, i.name, i.unit, i.target_text, i.sort_order, i.org_unit_id,
                               i.source_document, i.source_place, u.name AS unit_name
                        FROM indicator i
                        JOIN term t ON t.id = i.term_id
                        JOIN org_unit u ON u.id = i.org_unit_id
                        WHERE t.code = :term AND i.parent_id IS NULL
                        ORDER BY i.sort_order, i.id""")
                .param("term", termCode)
                .query(rs -> {
                    if (!units.isEmpty() && !units.contains(rs.getLong("org_unit_id"))) {
                        return;
                    }
                    long id = rs.getLong("id");
                    String number = rs.getString("number");
                    LatestValue value = latest.get(id);
                    Source indicatorSource = new Source(rs.getString("source_document"), rs.getString("source_place"), null);
                    String source = value != null && !value.source().label().isEmpty()
                            ? value.source().label() : indicatorSource.label();
                    rows.add(new IndicatorRow(id, Sector.valueOf(rs.getString("sector")),
                            number == null ? "" : "(" + number + ")", rs.getString("name"), rs.getString("unit"),
                            rs.getString("target_text"), rs.getString("unit_name"),
                            value == null ? null : value.text(),
                            value == null ? null : value.period().label(),
                            value != null && value.estimate(), source));
                });
        // within a sector the resolution's targets first, then the figures reported without one; otherwise the
        // order of the documents (the sort is stable)
        rows.sort(Comparator.comparing(IndicatorRow::sector)
                .thenComparing(row -> row.targetText() == null || row.targetText().isBlank()));
        return rows;
    }

    private record LatestValue(String text, Period period, boolean estimate, Source source) {
        /** Later period first; within a period, the official figure before the estimate. */
        static final Comparator<LatestValue> NEWEST_FIRST = Comparator.comparing(LatestValue::period).reversed()
                .thenComparing(LatestValue::estimate);
    }

    private Map<Long, LatestValue> latestValues(String termCode) {
        Map<Long, LatestValue> latest = new HashMap<>();
        jdbc.sql("""
                        SELECT v.indicator_id, v.value_text, v.period_kind, v.period_year_from, v.period_year_to,
                               v.period_part, v.estimate, v.source_document, v.source_place
                        FROM data_value v
                        JOIN indicator i ON i.id = v.indicator_id AND i.org_unit_id = v.org_unit_id
                        JOIN term t ON t.id = i.term_id
                        WHERE t.code = :term""")
                .param("term", termCode)
                .query(rs -> {
                    var value = new LatestValue(rs.getString("value_text"),
                            new Period(Period.Kind.valueOf(rs.getString("period_kind")), rs.getInt("period_year_from"),
                                    rs.getInt("period_year_to"), rs.getInt("period_part")),
                            rs.getBoolean("estimate"),
                            new Source(rs.getString("source_document"), rs.getString("source_place"), null));
                    latest.merge(rs.getLong("indicator_id"), value,
                            (a, b) -> LatestValue.NEWEST_FIRST.compare(a, b) <= 0 ? a : b);
                });
        return latest;
    }

    private Set<Long> unitWithPredecessors(long unitId) {
        Set<Long> units = new LinkedHashSet<>();
        units.add(unitId);
        units.addAll(jdbc.sql("SELECT predecessor_id FROM org_unit_predecessor WHERE org_unit_id = :id")
                .param("id", unitId).query(Long.class).list());
        return units;
    }
}
