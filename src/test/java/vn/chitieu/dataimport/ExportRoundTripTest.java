package vn.chitieu.dataimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;
import vn.chitieu.IntegrationTest;
import vn.chitieu.base.text.Csv;
import vn.chitieu.dashboard.DashboardService;
import vn.chitieu.dashboard.IndicatorRow;
import vn.chitieu.dataimport.ImportPreview.Action;
import vn.chitieu.indicator.IndicatorService;

/**
 * Open data that re-imports: Tam Kỳ's running term is exported, its catalogue, figures and plans are deleted (the
 * unit is then as a new database would have it: no indicator, no figure, no plan, no closed period), and the file is
 * imported back. The engine's assessments, every figure and every plan come out the same.
 */
@IntegrationTest
@Transactional
@WithMockUser(username = "quantri", roles = "QUAN_TRI")
class ExportRoundTripTest {

    static final String TERM = "2025-2030";

    @Autowired
    ExportService exports;
    @Autowired
    ImportService imports;
    @Autowired
    DashboardService dashboard;
    @Autowired
    IndicatorService indicators;
    @Autowired
    JdbcClient jdbc;

    private long tamKy() {
        return jdbc.sql("SELECT id FROM org_unit WHERE code = 'tam-ky'").query(Long.class).single();
    }

    private long indicator(String number) {
        return jdbc.sql("""
                        SELECT i.id FROM indicator i JOIN term t ON t.id = i.term_id
                        WHERE t.code = ? AND i.org_unit_id = ? AND i.number = ?""")
                .params(TERM, tamKy(), number).query(Long.class).single();
    }

    /** Every figure of the unit's term, as stored; an estimate's text without the mark the export adds. */
    private List<String> figures() {
        return jdbc.sql("""
                        SELECT i.number, v.period_kind, v.period_year_from, v.period_year_to, v.period_part, v.estimate,
                               v.value_text, v.value_number, v.value_numerator, v.value_denominator, v.note, v.reason,
                               v.remedy
                        FROM data_value v JOIN indicator i ON i.id = v.indicator_id JOIN term t ON t.id = i.term_id
                        WHERE t.code = ? AND v.org_unit_id = ? AND i.org_unit_id = v.org_unit_id
                        ORDER BY i.number, v.period_year_from, v.period_kind, v.period_part, v.estimate""")
                .params(TERM, tamKy())
                .query((rs, n) -> String.join(" | ", rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6),
                        rs.getString(7).replace(ExportService.ESTIMATE, ""), String.valueOf(rs.getBigDecimal(8)),
                        String.valueOf(rs.getBigDecimal(9)), String.valueOf(rs.getBigDecimal(10)), rs.getString(11),
                        rs.getString(12), rs.getString(13)))
                .list();
    }

    private List<String> plans() {
        return jdbc.sql("""
                        SELECT i.number, p.plan_year, p.plan_text, p.plan_value FROM indicator_plan p
                        JOIN indicator i ON i.id = p.indicator_id JOIN term t ON t.id = i.term_id
                        WHERE t.code = ? AND i.org_unit_id = ? ORDER BY i.number, p.plan_year""")
                .params(TERM, tamKy())
                .query((rs, n) -> rs.getString(1) + " | " + rs.getInt(2) + " | " + rs.getString(3) + " | "
                        + (rs.getBigDecimal(4) == null ? null : rs.getBigDecimal(4).stripTrailingZeros().toPlainString()))
                .list();
    }

    /** The engine's assessment of each indicator, with what it was read from: the dashboard's one rule. */
    private Map<String, String> assessments() {
        Map<String, String> byTitle = new LinkedHashMap<>();
        // the city's shared indicators are the city's, not the ward's catalogue: neither exported nor deleted here
        for (IndicatorRow row : dashboard.indicatorList(TERM, tamKy()).stream().filter(r -> r.sharedBy() == null)
                .toList()) {
            byTitle.put(row.title(), row.sector() + " | " + row.measure() + " | " + row.targetText() + " | "
                    + (row.latestValue() == null ? null : row.latestValue().replace(ExportService.ESTIMATE, ""))
                    + " | " + row.latestPeriod() + " | " + row.latestIsEstimate() + " | " + row.assessment());
        }
        return byTitle;
    }

    private void deleteTheUnitsTerm() {
        String ofTheTerm = "SELECT i.id FROM indicator i JOIN term t ON t.id = i.term_id WHERE t.code = '" + TERM
                + "' AND i.org_unit_id = " + tamKy();
        jdbc.sql("DELETE FROM data_value_version WHERE data_value_id IN (SELECT id FROM data_value WHERE indicator_id "
                + "IN (" + ofTheTerm + "))").update();
        jdbc.sql("DELETE FROM data_value WHERE indicator_id IN (" + ofTheTerm + ")").update();
        jdbc.sql("DELETE FROM indicator_plan WHERE indicator_id IN (" + ofTheTerm + ")").update();
        // "Trong đó" rows before the indicators they belong to
        jdbc.sql("DELETE FROM indicator WHERE parent_id IS NOT NULL AND id IN (SELECT id FROM (" + ofTheTerm
                + ") AS x)").update();
        jdbc.sql("DELETE FROM indicator WHERE id IN (SELECT id FROM (" + ofTheTerm + ") AS x)").update();
        jdbc.sql("DELETE FROM period_lock WHERE org_unit_id = ?").param(tamKy()).update();
    }

    /** The reason and remedy the door asks of a miss, which the demo's illustrative figures were loaded without. */
    private void explainMisses() {
        jdbc.sql("UPDATE data_value SET reason = 'Chưa có số liệu chính thức', remedy = 'Rà soát, cập nhật' "
                + "WHERE org_unit_id = ? AND reason IS NULL").param(tamKy()).update();
    }

    @Test
    void an_export_imported_into_an_empty_catalogue_gives_the_same_figures_plans_and_verdicts() {
        // plans as a ward writes them (a number, words, a comparator)
        indicators.savePlan(indicator("11"), 2027, "99,2%");
        indicators.savePlan(indicator("11"), 2026, "trên 99%");
        indicators.savePlan(indicator("9"), 2028, "dưới 0,5%");
        indicators.savePlan(indicator("14"), 2027, "Duy trì vững mạnh về quốc phòng - an ninh");
        indicators.savePlan(indicator("5"), 2029, "Hoàn thành tốt nhiệm vụ trở lên");
        explainMisses();
        Map<String, String> assessed = assessments();
        List<String> figures = figures();
        List<String> plans = plans();
        assertThat(assessed).hasSize(15);
        assertThat(figures).isNotEmpty();

        String csv = Csv.write(ExportService.COLUMNS, exports.export(TERM, "tam-ky").stream()
                .map(r -> ExportService.COLUMNS.stream().map(r::get).toList()).toList());
        deleteTheUnitsTerm();
        assertThat(assessments()).isEmpty();
        byte[] file = csv.getBytes(StandardCharsets.UTF_8);

        ImportPreview preview = imports.preview(file, "mo.csv");
        assertThat(preview.allErrors()).isEmpty();
        assertThat(preview.count(Action.THEM)).isEqualTo(figures.size());
        // Tam Kỳ's figures of the city's shared indicators (2025 and Quý II/2026 of three) are found, not added
        assertThat(preview.count(Action.GIU_NGUYEN)).isEqualTo(6);
        assertThat(preview.plansToWrite()).isEqualTo(plans.size());
        imports.commit(file, "mo.csv");

        assertThat(assessments()).containsExactlyEntriesOf(assessed);
        assertThat(figures()).containsExactlyElementsOf(figures);
        assertThat(plans()).containsExactlyElementsOf(plans);
    }

    /** Each "Trong đó" row of the unit's term with the number of the indicator it belongs to. */
    private List<String> subRows() {
        return jdbc.sql("""
                        SELECT s.name, p.number FROM indicator s JOIN indicator p ON p.id = s.parent_id
                        JOIN term t ON t.id = s.term_id WHERE t.code = ? AND s.org_unit_id = ? ORDER BY s.name""")
                .params(TERM, tamKy()).query((rs, n) -> rs.getString(1) + " ⊂ (" + rs.getString(2) + ")").list();
    }

    private void addSubRow(String name, String parentNumber) {
        jdbc.sql("""
                        INSERT INTO indicator (term_id, sector, org_unit_id, name, unit, parent_id, sort_order)
                        SELECT p.term_id, p.sector, p.org_unit_id, ?, 'hộ', p.id, p.sort_order FROM indicator p
                        WHERE p.id = ?""").params(name, indicator(parentNumber)).update();
        jdbc.sql("""
                        INSERT INTO data_value (indicator_id, org_unit_id, period_kind, period_year_from,
                            period_year_to, value_text, created_by, created_at, updated_by, updated_at)
                        SELECT id, org_unit_id, 'YEAR', 2026, 2026, '12 hộ', 'test', NOW(), 'test', NOW()
                        FROM indicator WHERE name = ?""").param(name).update();
    }

    @Test
    void a_trong_do_row_comes_back_under_its_indicator() {
        addSubRow("Trong đó: hộ cận nghèo thoát nghèo", "9");
        explainMisses();
        List<String> subRows = subRows();
        assertThat(subRows).containsExactly("Trong đó: hộ cận nghèo thoát nghèo ⊂ (9)");
        List<Map<String, String>> exported = exports.export(TERM, "tam-ky");
        assertThat(exported).filteredOn(r -> r.get("chi_tieu").startsWith("Trong đó"))
                .singleElement().satisfies(r -> assertThat(r.get("thuoc_chi_tieu")).isEqualTo("9"));
        // the sub-row first: the file's order must not matter
        List<List<String>> lines = exported.stream()
                .sorted(java.util.Comparator.comparing((Map<String, String> r) -> r.get("thuoc_chi_tieu").isEmpty()))
                .map(r -> ExportService.COLUMNS.stream().map(r::get).toList()).toList();
        byte[] file = Csv.write(ExportService.COLUMNS, lines).getBytes(StandardCharsets.UTF_8);
        deleteTheUnitsTerm();

        assertThat(imports.preview(file, "mo.csv").allErrors()).isEmpty();
        imports.commit(file, "mo.csv");

        assertThat(subRows()).containsExactlyElementsOf(subRows);
    }

    @Test
    void a_trong_do_row_naming_no_indicator_is_refused_on_its_cell() {
        String file = String.join(",", ExportService.COLUMNS) + "\n"
                + "tam-ky,2025-2030,Kinh tế,,Trong đó: hộ mới,hộ,,,,2026,3 hộ,,,,,(99)\n";

        ImportPreview preview = imports.preview(file.getBytes(StandardCharsets.UTF_8), "sai.csv");

        assertThat(preview.rows()).singleElement().satisfies(row -> assertThat(row.errors()).singleElement()
                .satisfies(e -> {
            assertThat(e.column()).isEqualTo("thuoc_chi_tieu");
            assertThat(e.message()).contains("không có chỉ tiêu \"(99)\"");
        }));
    }
}
