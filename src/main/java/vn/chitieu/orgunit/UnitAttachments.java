package vn.chitieu.orgunit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What is attached to a unit: every row of every table whose foreign key points at it. Read from the database's own
 * catalogue rather than a list kept here, so a table another feature adds later (with its foreign key) keeps its
 * units from being deleted without anybody remembering to update this class.
 */
@Component
class UnitAttachments {

    /** How a person calls the rows of a known table.column; any other is named by its table. */
    private static final Map<String, String> LABELS = Map.of(
            "org_unit.parent_id", "đơn vị trực thuộc",
            "org_unit_predecessor.org_unit_id", "đơn vị cũ hợp thành",
            "org_unit_predecessor.predecessor_id", "đơn vị mới hình thành từ đơn vị này",
            "indicator.org_unit_id", "chỉ tiêu",
            "data_value.org_unit_id", "số liệu",
            "app_user.org_unit_id", "tài khoản",
            "app_user_unit.org_unit_id", "tài khoản",
            "period_lock.org_unit_id", "kỳ báo cáo đã khóa sổ",
            "stated_missed_count.org_unit_id", "số chỉ tiêu chưa đạt ghi trong văn kiện");

    private final JdbcClient jdbc;

    UnitAttachments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** E.g. ["15 chỉ tiêu", "120 số liệu", "3 tài khoản"]; empty when nothing points at the unit. */
    List<String> of(long unitId) {
        List<String[]> references = jdbc.sql("""
                        SELECT TABLE_NAME, COLUMN_NAME FROM information_schema.KEY_COLUMN_USAGE
                        WHERE REFERENCED_TABLE_SCHEMA = DATABASE() AND REFERENCED_TABLE_NAME = 'org_unit'
                          AND REFERENCED_COLUMN_NAME = 'id'
                        ORDER BY TABLE_NAME, COLUMN_NAME""")
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).list();
        // one label may come from two columns (an account's main unit and its units): the larger count, not the sum
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String[] ref : references) {
            String table = ref[0];
            String column = ref[1];
            // names come from the catalogue, never from a person; quoted all the same
            long count = jdbc.sql("SELECT COUNT(*) FROM `" + table.replace("`", "") + "` WHERE `"
                    + column.replace("`", "") + "` = ?").param(unitId).query(Long.class).single();
            if (count > 0) {
                String label = LABELS.getOrDefault(table + "." + column, "dòng trong bảng " + table);
                counts.merge(label, count, Math::max);
            }
        }
        List<String> described = new ArrayList<>();
        counts.forEach((label, count) -> described.add(count + " " + label));
        return described;
    }
}
