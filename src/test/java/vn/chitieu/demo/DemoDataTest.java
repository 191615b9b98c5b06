package vn.chitieu.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.chitieu.IntegrationTest;
import vn.chitieu.security.SystemAuthentication;

@IntegrationTest
class DemoDataTest {

    @Autowired
    DemoData demoData;
    @Autowired
    JdbcClient jdbc;

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    @Test
    void the_fifteen_targets_of_2025_2030_are_loaded_in_the_five_sectors_with_their_wording() {
        Map<String, Long> perSector = new java.util.HashMap<>();
        jdbc.sql("SELECT i.sector, COUNT(*) n FROM indicator i JOIN term t ON t.id = i.term_id "
                        + "WHERE t.code = '2025-2030' AND i.org_unit_id IS NOT NULL GROUP BY i.sector")
                .query(rs -> {
                    perSector.put(rs.getString("sector"), rs.getLong("n"));
                });

        assertThat(perSector).containsExactlyInAnyOrderEntriesOf(Map.of(
                "XAY_DUNG_DANG", 5L, "KINH_TE", 2L, "VAN_HOA_XA_HOI", 4L, "MOI_TRUONG", 2L, "QUOC_PHONG_AN_NINH", 2L));
        assertThat(jdbc.sql("SELECT target_text FROM indicator i JOIN term t ON t.id = i.term_id "
                        + "WHERE t.code = '2025-2030' AND number = '9'").query(String.class).single())
                .isEqualTo("đến năm 2030 dưới 0,5%");
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "({0}) {1} {2}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            1  | THRESHOLD   | MORE_THAN | 3    | ANNUAL
            2  | THRESHOLD   | MORE_THAN | 95   | TERM
            3  | THRESHOLD   | MORE_THAN | 90   | ANNUAL
            4  | THRESHOLD   | AT_LEAST  | 100  | TERM
            5  | RATING      | AT_LEAST  | NULL | ANNUAL
            6  | GROWTH      | MORE_THAN | 9    | AVERAGE_ANNUAL
            7  | GROWTH      | AT_LEAST  | 12   | AVERAGE_ANNUAL
            8  | GROWTH      | MORE_THAN | 8    | AVERAGE_ANNUAL
            9  | THRESHOLD   | LESS_THAN | 0.5  | BY_YEAR
            10 | COMPOUND    | AT_LEAST  | NULL | TERM
            11 | THRESHOLD   | MORE_THAN | 99   | TERM
            12 | THRESHOLD   | AT_LEAST  | 100  | TERM
            13 | THRESHOLD   | AT_LEAST  | 100  | TERM
            14 | QUALITATIVE | EQUAL     | NULL | ANNUAL
            15 | COMPLETION  | AT_LEAST  | 100  | ANNUAL
            """)
    void the_engine_reads_each_2025_2030_target_as_the_resolution_means_it(String number, String kind,
                                                                           String comparator, String value,
                                                                           String horizon) {
        Map<String, Object> row = jdbc.sql("""
                        SELECT target_kind, target_comparator, target_value, target_horizon FROM indicator i
                        JOIN term t ON t.id = i.term_id WHERE t.code = '2025-2030' AND number = ?""")
                .param(number).query().singleRow();

        assertThat(row.get("target_kind")).isEqualTo(kind);
        assertThat(row.get("target_comparator")).isEqualTo(comparator);
        assertThat(row.get("target_horizon")).isEqualTo(horizon);
        if (value == null) {
            assertThat(row.get("target_value")).isNull();
        } else {
            assertThat((java.math.BigDecimal) row.get("target_value")).isEqualByComparingTo(value);
        }
    }

    @Test
    void tam_ky_is_formed_from_its_three_former_wards() {
        List<String> formers = jdbc.sql("""
                        SELECT f.name FROM org_unit u JOIN org_unit_predecessor p ON p.org_unit_id = u.id
                        JOIN org_unit f ON f.id = p.predecessor_id WHERE u.code = 'tam-ky' ORDER BY f.name""")
                .query(String.class).list();

        assertThat(formers).containsExactly("Phường An Mỹ (cũ)", "Phường An Xuân (cũ)", "Phường Trường Xuân (cũ)");
    }

    @Test
    void every_result_keeps_its_document_and_place() {
        assertThat(count("SELECT COUNT(*) FROM data_value")).isGreaterThan(200);
        assertThat(count("SELECT COUNT(*) FROM data_value WHERE created_by = 'he-thong' "
                + "AND (source_document IS NULL OR source_place IS NULL)"))
                .isZero();
        // endnote 37: Trường Xuân's tap water, 70% against a resolution target of 85%
        assertThat(jdbc.sql("""
                        SELECT CONCAT(i.target_text, ' / ', v.value_text, ' / ', v.source_place) FROM data_value v
                        JOIN indicator i ON i.id = v.indicator_id JOIN org_unit u ON u.id = v.org_unit_id
                        WHERE u.code = 'truong-xuan' AND i.name = 'Tỷ lệ hộ dân sử dụng nước máy'
                        AND v.created_by = 'he-thong'""")
                .query(String.class).single())
                .isEqualTo("85% / 70% / Phần 1 §IV.2.1 – chú thích 37");
    }

    @Test
    void figures_not_in_any_document_say_they_are_illustrative() {
        assertThat(count("""
                SELECT COUNT(*) FROM data_value v JOIN indicator i ON i.id = v.indicator_id
                JOIN term t ON t.id = i.term_id WHERE t.code = '2025-2030' AND v.created_by = 'he-thong'
                AND v.source_document <> 'Số liệu minh họa của bản demo, không có trong tài liệu'""")).isZero();
        assertThat(count("""
                SELECT COUNT(*) FROM data_value v JOIN indicator i ON i.id = v.indicator_id
                JOIN term t ON t.id = i.term_id WHERE t.code = '2025-2030' AND v.created_by = 'he-thong'""")).isEqualTo(25 + 30);
    }

    @Test
    void the_city_assigns_three_shared_indicators_to_its_wards_and_tam_ky_sets_its_own_target_for_one() {
        assertThat(count("""
                SELECT COUNT(*) FROM indicator i JOIN term t ON t.id = i.term_id JOIN org_unit o ON o.id = i.owner_unit_id
                WHERE t.code = '2025-2030' AND i.org_unit_id IS NULL AND i.applies_to_kind = 'PHUONG'
                AND o.code = 'da-nang'""")).isEqualTo(3);
        assertThat(jdbc.sql("""
                        SELECT ut.target_text FROM unit_target ut JOIN org_unit u ON u.id = ut.org_unit_id
                        WHERE u.code = 'tam-ky'""").query(String.class).list()).containsExactly("từ 97% trở lên");
        // three wards of the city, figures of each shared indicator for 2025 and the quarters of 2026 (Tam Kỳ only Quý II)
        assertThat(count("""
                SELECT COUNT(*) FROM data_value v JOIN indicator i ON i.id = v.indicator_id
                WHERE i.org_unit_id IS NULL AND i.owner_unit_id IS NOT NULL""")).isEqualTo(30);
    }

    @Test
    void a_figure_the_document_gives_twice_keeps_both_without_choosing() {
        assertThat(jdbc.sql("""
                        SELECT v.note FROM data_value v JOIN indicator i ON i.id = v.indicator_id
                        JOIN org_unit u ON u.id = v.org_unit_id
                        WHERE u.code = 'tam-ky' AND i.name = 'Số lượt tiếp công dân'""")
                .query(String.class).single())
                .startsWith("Tài liệu còn ghi:");
    }

    @Test
    void demo_data_loads_exactly_once() {
        long units = count("SELECT COUNT(*) FROM org_unit");
        long indicators = count("SELECT COUNT(*) FROM indicator");
        long values = count("SELECT COUNT(*) FROM data_value");
        long users = count("SELECT COUNT(*) FROM app_user");

        boolean loadedAgain = SystemAuthentication.callAsSystem(demoData::loadIfEmpty);

        assertThat(loadedAgain).isFalse();
        assertThat(count("SELECT COUNT(*) FROM org_unit")).isEqualTo(units);
        assertThat(count("SELECT COUNT(*) FROM indicator")).isEqualTo(indicators);
        assertThat(count("SELECT COUNT(*) FROM data_value")).isEqualTo(values);
        assertThat(count("SELECT COUNT(*) FROM app_user")).isEqualTo(users).isEqualTo(4);
    }
}
