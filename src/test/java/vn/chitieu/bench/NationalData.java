package vn.chitieu.bench;

import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A national-size database for benchmarks only: 34 provinces (the provinces since July 2025), 3,321 communes and wards
 * under them, 30 indicators of 2025-2030 per commune with mixed kinds of target, and 40 figures per indicator (every
 * reporting period of 2026-2030 and each year's estimate): 3,985,200 figures, the database as it will be at the end
 * of the term.
 *
 * <p>A bulk loader written straight into the tables, set-based (MariaDB's {@code seq_1_to_N} tables and INSERT …
 * SELECT, one statement per province), because going through {@code DataValueService.save} would take hours. It
 * serves no user and must never run against a real database: the figures are made up, carry no audit trail and no
 * versions. Same data on every run (no random numbers): each figure is a function of the indicator's and period's
 * numbers.
 *
 * <p>Also two accounts, password {@code chitieu-demo}: {@code lanhdao-xa} leads commune {@code qg-1701},
 * {@code lanhdao-tinh} its province {@code qg-t01}.
 */
final class NationalData {

    static final String TERM = "2025-2030";
    static final int PROVINCES = 34;
    static final int COMMUNES = 3321;
    static final String COMMUNE = "qg-1701";
    static final String PROVINCE = "qg-t01";
    static final String COMMUNE_LEADER = "lanhdao-xa";
    static final String PROVINCE_LEADER = "lanhdao-tinh";

    /** bcrypt of "chitieu-demo", as the demo accounts have it. */
    static final String PASSWORD = "{bcrypt}$2a$10$oDoTov4437dXLBhDhCo1KOarBmDQbthYaIYg6WoF8GbyWSPHLsT7S";

    /**
     * The 30 indicators every commune gets, as the engine reads them. {@code figure} says how figures are written:
     * PCT a percentage (base + spread × a fraction, at most {@code cap}), COUNT a whole number with the unit of
     * measure, RATIO x/y units of the commune ({@code d} is the commune's number of villages), QUAL met or not in
     * words, RATING the yearly rating.
     */
    private static final String TEMPLATES = """
            INSERT INTO bench_template (k, sector, name, unit, target_text, target_kind, comparator, target_value,
                                        horizon, horizon_year, figure, base, spread, cap) VALUES
            (1,'XAY_DUNG_DANG','Tỷ lệ kết nạp đảng viên mới so với tổng số đảng viên','%','trên 3%','THRESHOLD','MORE_THAN',3,'ANNUAL',NULL,'PCT',2,2.5,100),
            (2,'XAY_DUNG_DANG','Tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ','%','trên 90%','THRESHOLD','MORE_THAN',90,'TERM',NULL,'PCT',84,14,100),
            (3,'XAY_DUNG_DANG','Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ hằng năm','%','trên 90%','THRESHOLD','MORE_THAN',90,'ANNUAL',NULL,'PCT',86,10,100),
            (4,'XAY_DUNG_DANG','Xếp loại Đảng bộ hằng năm','xếp loại','hoàn thành tốt nhiệm vụ trở lên','RATING','AT_LEAST',NULL,'ANNUAL',NULL,'RATING',0,0,0),
            (5,'XAY_DUNG_DANG','Chi bộ thôn, tổ dân phố hoàn thành tốt nhiệm vụ','chi bộ',NULL,'RATIO','AT_LEAST',NULL,'TERM',NULL,'RATIO',0,0,0),
            (6,'XAY_DUNG_DANG','Số đảng viên kết nạp mới hằng năm','đảng viên','tối thiểu 15 đảng viên','THRESHOLD','AT_LEAST',15,'ANNUAL',NULL,'COUNT',9,14,1000),
            (7,'KINH_TE','Tốc độ tăng tổng thu ngân sách nhà nước trên địa bàn','%/năm','bình quân hằng năm trên 9%','GROWTH','MORE_THAN',9,'AVERAGE_ANNUAL',NULL,'PCT',6,7,100),
            (8,'KINH_TE','Tốc độ tăng giá trị sản xuất','%/năm','bình quân hằng năm tối thiểu 10%','GROWTH','AT_LEAST',10,'AVERAGE_ANNUAL',NULL,'PCT',7,6,100),
            (9,'KINH_TE','Tốc độ tăng thu nhập bình quân đầu người','%/năm','đến năm 2030 so với năm 2025 tăng trên 8%/năm','GROWTH','MORE_THAN',8,'AVERAGE_ANNUAL',2030,'PCT',5,6,100),
            (10,'KINH_TE','Số doanh nghiệp thành lập mới','doanh nghiệp','tối thiểu 20 doanh nghiệp','THRESHOLD','AT_LEAST',20,'ANNUAL',NULL,'COUNT',12,18,1000),
            (11,'KINH_TE','Tỷ lệ hoàn thành dự toán thu ngân sách','%','đạt 100% chỉ tiêu','COMPLETION','AT_LEAST',100,'ANNUAL',NULL,'PCT',90,25,200),
            (12,'KINH_TE','Thôn, tổ dân phố có đường giao thông được cứng hóa','thôn',NULL,'RATIO','AT_LEAST',NULL,'TERM',NULL,'RATIO',0,0,0),
            (13,'VAN_HOA_XA_HOI','Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều','%','đến năm 2030 dưới 1%','THRESHOLD','LESS_THAN',1,'BY_YEAR',2030,'PCT',0.3,2.2,100),
            (14,'VAN_HOA_XA_HOI','Tỷ lệ dân số tham gia bảo hiểm y tế','%','trên 95%','THRESHOLD','MORE_THAN',95,'TERM',NULL,'PCT',90,10,100),
            (15,'VAN_HOA_XA_HOI','Tỷ lệ trường đạt chuẩn quốc gia','%','đạt 100%','THRESHOLD','AT_LEAST',100,'TERM',NULL,'PCT',80,25,100),
            (16,'VAN_HOA_XA_HOI','Số lao động được giải quyết việc làm','lao động','trên 200 lao động','THRESHOLD','MORE_THAN',200,'ANNUAL',NULL,'COUNT',150,150,10000),
            (17,'VAN_HOA_XA_HOI','Tỷ lệ hộ gia đình văn hóa','%','trên 92%','THRESHOLD','MORE_THAN',92,'ANNUAL',NULL,'PCT',88,10,100),
            (18,'VAN_HOA_XA_HOI','Thôn, tổ dân phố văn hóa','thôn',NULL,'RATIO','AT_LEAST',NULL,'TERM',NULL,'RATIO',0,0,0),
            (19,'MOI_TRUONG','Tỷ lệ dân số sử dụng nước sạch','%','đạt 100%','THRESHOLD','AT_LEAST',100,'TERM',NULL,'PCT',90,15,100),
            (20,'MOI_TRUONG','Tỷ lệ chất thải rắn sinh hoạt được thu gom, xử lý','%','100%','THRESHOLD','AT_LEAST',100,'TERM',NULL,'PCT',92,12,100),
            (21,'MOI_TRUONG','Tỷ lệ che phủ rừng','%','trên 40%','THRESHOLD','MORE_THAN',40,'TERM',NULL,'PCT',30,20,100),
            (22,'MOI_TRUONG','Tỷ lệ hộ có nhà tiêu hợp vệ sinh','%','trên 98%','THRESHOLD','MORE_THAN',98,'TERM',NULL,'PCT',94,6,100),
            (23,'MOI_TRUONG','Số tuyến đường có điện chiếu sáng','tuyến','tối thiểu 10 tuyến','THRESHOLD','AT_LEAST',10,'TERM',NULL,'COUNT',5,15,1000),
            (24,'MOI_TRUONG','Giữ vững tiêu chí môi trường nông thôn mới',NULL,'đạt tiêu chí môi trường','QUALITATIVE','EQUAL',NULL,'ANNUAL',NULL,'QUAL',0,0,0),
            (25,'QUOC_PHONG_AN_NINH','Xây dựng xã vững mạnh về quốc phòng - an ninh',NULL,'vững mạnh về quốc phòng - an ninh','QUALITATIVE','EQUAL',NULL,'ANNUAL',NULL,'QUAL',0,0,0),
            (26,'QUOC_PHONG_AN_NINH','Hoàn thành chỉ tiêu giao quân','%','đạt 100% chỉ tiêu','COMPLETION','AT_LEAST',100,'ANNUAL',NULL,'PCT',92,16,200),
            (27,'QUOC_PHONG_AN_NINH','Tỷ lệ thôn, tổ dân phố đạt tiêu chuẩn an toàn về an ninh, trật tự','%','trên 80%','THRESHOLD','MORE_THAN',80,'ANNUAL',NULL,'PCT',70,30,100),
            (28,'QUOC_PHONG_AN_NINH','Số vụ tai nạn giao thông','vụ','dưới 5 vụ','THRESHOLD','LESS_THAN',5,'ANNUAL',NULL,'COUNT',1,8,1000),
            (29,'QUOC_PHONG_AN_NINH','Xếp loại Công an xã hằng năm','xếp loại','hoàn thành tốt nhiệm vụ trở lên','RATING','AT_LEAST',NULL,'ANNUAL',NULL,'RATING',0,0,0),
            (30,'QUOC_PHONG_AN_NINH','Thôn, tổ dân phố có mô hình an ninh tự quản','thôn',NULL,'RATIO','AT_LEAST',NULL,'TERM',NULL,'RATIO',0,0,0)""";

    private NationalData() {
    }

    static boolean present(JdbcTemplate jdbc) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM org_unit WHERE code = ?", Integer.class, COMMUNE) > 0;
    }

    /** Builds everything on a migrated database that has none of it yet; returns the statements' timings. */
    static List<String> generate(JdbcTemplate jdbc) {
        List<String> timings = new ArrayList<>();
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            try (Statement sql = connection.createStatement()) {
                // checks the loader's own statements cannot fail; the unique keys are kept and still checked
                sql.execute("SET SESSION foreign_key_checks = 0");
                timed(timings, "đơn vị, chỉ tiêu, kỳ", () -> {
                    sql.execute("SET @term = (SELECT id FROM term WHERE code = '" + TERM + "')");
                    sql.execute("SET @at = NOW(3)");
                    sql.execute("""
                            INSERT INTO org_unit (code, name, kind, valid_from, version)
                            SELECT CONCAT('qg-t', LPAD(seq, 2, '0')), CONCAT('Tỉnh thử tải ', LPAD(seq, 2, '0')),
                                   'TINH', '2025-07-01', 1
                            FROM seq_1_to_%d""".formatted(PROVINCES));
                    // every fifth a ward, the others communes (the country has about 2,600 xã and 690 phường)
                    sql.execute("""
                            INSERT INTO org_unit (code, name, kind, parent_id, valid_from, version)
                            SELECT CONCAT('qg-', LPAD(s.seq, 4, '0')),
                                   CONCAT(IF(s.seq %% 5 = 0, 'Phường', 'Xã'), ' thử tải ', LPAD(s.seq, 4, '0')),
                                   IF(s.seq %% 5 = 0, 'PHUONG', 'XA'), p.id, '2025-07-01', 1
                            FROM seq_1_to_%d s
                            JOIN org_unit p ON p.code = CONCAT('qg-t', LPAD((s.seq - 1) %% %d + 1, 2, '0'))"""
                            .formatted(COMMUNES, PROVINCES));
                    sql.execute("""
                            CREATE TEMPORARY TABLE bench_template (
                                k INT PRIMARY KEY, sector VARCHAR(32), name VARCHAR(500), unit VARCHAR(64),
                                target_text VARCHAR(500), target_kind VARCHAR(32), comparator VARCHAR(16),
                                target_value DECIMAL(20, 6), horizon VARCHAR(32), horizon_year SMALLINT,
                                figure VARCHAR(8), base DECIMAL(10, 2), spread DECIMAL(10, 2), cap DECIMAL(10, 2))""");
                    sql.execute(TEMPLATES);
                    // each year: four quarters, 6 and 9 months, the year's estimate and the year itself
                    sql.execute("""
                            CREATE TEMPORARY TABLE bench_period (n INT PRIMARY KEY, kind VARCHAR(16), y SMALLINT,
                                                                 part TINYINT, estimate BOOLEAN)""");
                    sql.execute("""
                            INSERT INTO bench_period
                            SELECT s.seq, ELT(s.seq % 8 + 1, 'QUARTER', 'QUARTER', 'QUARTER', 'QUARTER',
                                                             'SIX_MONTHS', 'NINE_MONTHS', 'YEAR', 'YEAR'),
                                   2026 + s.seq DIV 8, IF(s.seq % 8 < 4, s.seq % 8 + 1, 0), s.seq % 8 = 6
                            FROM seq_0_to_39 s""");
                    // a RATIO target is all of the commune's villages: 5 to 14 of them
                    sql.execute("""
                            INSERT INTO indicator (term_id, sector, org_unit_id, number, name, unit, target_text,
                                                   target_kind, target_comparator, target_value, target_value2,
                                                   target_horizon, target_horizon_year, sort_order, version)
                            SELECT @term, t.sector, u.id, t.k, t.name, t.unit,
                                   IF(t.figure = 'RATIO', CONCAT(5 + u.id % 10, '/', 5 + u.id % 10, ' ', t.unit),
                                      t.target_text),
                                   t.target_kind, t.comparator,
                                   IF(t.figure = 'RATIO', 5 + u.id % 10, t.target_value),
                                   IF(t.figure = 'RATIO', 5 + u.id % 10, NULL),
                                   t.horizon, t.horizon_year, t.k, 1
                            FROM org_unit u JOIN bench_template t
                            WHERE u.code LIKE 'qg-____'""");
                    sql.execute("""
                            INSERT INTO app_user (username, display_name, password_hash, role, org_unit_id, version)
                            SELECT '%s', 'Lãnh đạo xã thử tải', '%s', 'LANH_DAO', id, 1 FROM org_unit WHERE code = '%s'
                            UNION ALL
                            SELECT '%s', 'Lãnh đạo tỉnh thử tải', '%s', 'LANH_DAO', id, 1 FROM org_unit
                            WHERE code = '%s'"""
                            .formatted(COMMUNE_LEADER, PASSWORD, COMMUNE, PROVINCE_LEADER, PASSWORD, PROVINCE));
                    sql.execute("""
                            INSERT INTO app_user_unit (app_user_id, org_unit_id)
                            SELECT id, org_unit_id FROM app_user WHERE username IN ('%s', '%s')"""
                            .formatted(COMMUNE_LEADER, PROVINCE_LEADER));
                });
                for (int province = 1; province <= PROVINCES; province++) {
                    String code = "qg-t%02d".formatted(province);
                    timed(timings, "số liệu " + code, () -> sql.execute(FIGURES.formatted(code)));
                }
                sql.execute("SET SESSION foreign_key_checks = 1");
                timed(timings, "ANALYZE TABLE", () -> sql.execute("ANALYZE TABLE org_unit, indicator, data_value"));
            }
            return null;
        });
        return timings;
    }

    /**
     * One province's figures: 40 per indicator. {@code f} is a fraction in [0, 1) spread over indicators and
     * periods; PCT and COUNT drift a little upward over the term, so both verdicts and projections occur. Version 1,
     * as Spring Data JDBC writes a new row (so do the units, indicators and accounts above): with the column's default
     * 0 it takes the row for a new one, and correcting it through {@code DataValueService.save} would insert a
     * duplicate instead of updating it. An x/y figure's text is written in whole numbers, as a person writes it ("8/9"),
     * not as the DECIMAL column prints ("8.000000/9.000000").
     */
    private static final String FIGURES = """
            INSERT INTO data_value (indicator_id, org_unit_id, period_kind, period_year_from, period_year_to,
                                    period_part, estimate, value_text, value_number, value_numerator,
                                    value_denominator, created_by, created_at, updated_by, updated_at, version)
            SELECT id, org_unit_id, kind, y, y, part, estimate,
                   CASE figure
                       WHEN 'PCT' THEN CONCAT(REPLACE(CAST(pct AS CHAR), '.', ','), '%%')
                       WHEN 'COUNT' THEN CONCAT(FLOOR(pct), ' ', unit)
                       WHEN 'RATIO' THEN CONCAT(CAST(villages AS UNSIGNED) - (f < 0.3), '/', CAST(villages AS UNSIGNED))
                       WHEN 'QUAL' THEN IF(f < 0.15, 'Chưa đạt', 'Đạt')
                       ELSE ELT(1 + FLOOR(f * 4), 'Hoàn thành nhiệm vụ', 'Hoàn thành tốt nhiệm vụ',
                                'Hoàn thành tốt nhiệm vụ', 'Hoàn thành xuất sắc nhiệm vụ')
                   END,
                   CASE figure WHEN 'PCT' THEN pct WHEN 'COUNT' THEN FLOOR(pct) END,
                   IF(figure = 'RATIO', villages - (f < 0.3), NULL), IF(figure = 'RATIO', villages, NULL),
                   'bench', @at, 'bench', @at, 1
            FROM (SELECT i.id, i.org_unit_id, i.unit, t.figure, p.kind, p.y, p.part, p.estimate, i.target_value2 AS villages,
                         MOD(i.id * 7919 + p.n * 104729, 1000) / 1000 AS f,
                         CAST(LEAST(t.cap, t.base + t.spread * MOD(i.id * 7919 + p.n * 104729, 1000) / 1000
                                           + t.spread * p.n / 400) AS DECIMAL(10, 1)) AS pct
                  FROM org_unit prov
                  JOIN org_unit u ON u.parent_id = prov.id
                  JOIN indicator i ON i.org_unit_id = u.id AND i.term_id = @term
                  JOIN bench_template t ON t.k = i.sort_order
                  JOIN bench_period p
                  WHERE prov.code = '%s') g""";

    private static void timed(List<String> timings, String what, SqlWork work) throws java.sql.SQLException {
        long started = System.nanoTime();
        work.run();
        timings.add(what + ": " + (System.nanoTime() - started) / 1_000_000 + " ms");
    }

    @FunctionalInterface
    private interface SqlWork {
        void run() throws java.sql.SQLException;
    }
}
