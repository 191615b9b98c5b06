package vn.chitieu.dataimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;
import vn.chitieu.IntegrationTest;
import vn.chitieu.dataimport.ImportPreview.Action;
import vn.chitieu.datavalue.DataValueService;
import vn.chitieu.datavalue.Period;
import vn.chitieu.evaluation.Verdict;


@IntegrationTest
@Transactional
class ImportServiceTest {

    static final String HEADER =
            "don_vi,nhiem_ky,linh_vuc,ma,chi_tieu,dvt,muc_tieu,ky,ket_qua,ghi_chu,nguyen_nhan,giai_phap\n";
    /**
     * A miss needs its reason and remedy in an import as on the entry sheet; Trường Xuân's closed term is corrected
     * only by an administrator, with a reason (the same column).
     */
    static final String WHY = ",Thiếu vốn đầu tư đường ống,Kêu gọi xã hội hóa cấp nước";
    static final String WATER = "Phường Trường Xuân (cũ),2020-2025,Môi trường,,Tỷ lệ hộ dân sử dụng nước máy,%,85%,";
    static final String TARGET_6 = "Phường Tam Kỳ,2025-2030,Kinh tế,6,Tốc độ tăng tổng thu ngân sách nhà nước trên địa "
            + "bàn (bình quân năm),%/năm,bình quân hằng năm trên 9%,";

    @Autowired
    ImportService imports;
    @Autowired
    DataValueService values;
    @Autowired
    JdbcClient jdbc;

    private long valueCount() {
        return jdbc.sql("SELECT COUNT(*) FROM data_value").query(Long.class).single();
    }

    private static byte[] csv(String body) {
        return (HEADER + body).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    @WithMockUser(username = "quantri", roles = "QUAN_TRI")
    void the_preview_judges_every_row_and_writes_nothing() {
        long before = valueCount();

        ImportPreview preview = imports.preview(csv(WATER + "2024,72%," + WHY + "\n" + TARGET_6 + "2026,\"9,6%\",ước\n"),
                "thu.csv");

        assertThat(preview.hasErrors()).isFalse();
        assertThat(preview.rows()).extracting(ImportPreview.Row::line).containsExactly(2, 3);
        assertThat(preview.rows().get(0).verdict()).isEqualTo(Verdict.KHONG_DAT);
        assertThat(preview.rows().get(0).targetReading()).isEqualTo("≥ 85%");
        assertThat(preview.rows().get(0).action()).isEqualTo(Action.THEM);
        assertThat(preview.rows().get(1).verdict()).isEqualTo(Verdict.DAT);
        assertThat(preview.rows().get(1).targetReading()).isEqualTo("tăng > 9%/năm (bình quân, tính kép)");
        assertThat(valueCount()).isEqualTo(before);
    }

    @Test
    @WithMockUser(username = "quantri", roles = "QUAN_TRI")
    void excel_style_semicolons_with_a_byte_order_mark_are_read() {
        String body = "\uFEFF" + HEADER.replace(',', ';') + (WATER + "2024,72%," + WHY).replace(',', ';') + "\n";

        ImportPreview preview = imports.preview(body.getBytes(StandardCharsets.UTF_8), "excel.csv");

        assertThat(preview.allErrors()).isEmpty();
        assertThat(preview.rows()).singleElement().satisfies(r -> assertThat(r.result()).isEqualTo("72%"));
    }

    @Test
    @WithMockUser(username = "quantri", roles = "QUAN_TRI")
    void each_bad_cell_is_reported_with_its_line_column_and_what_would_be_accepted() {
        ImportPreview preview = imports.preview(csv(
                "Phường Tam Kỳ,2019-2024,Kinh tế,,Thu ngân sách,tỷ đồng,trên 9%,2024,12,\n"
                        + "Phường Tam Kỳ,2025-2030,Giáo dục,,Thu ngân sách,tỷ đồng,trên 9%,quý 3,12,\n"
                        + WATER + "2024,\"23.855\"," + WHY + "\n" + WATER + "2024,\"1,2,3\",\n"), "loi.csv");

        assertThat(preview.allErrors()).anySatisfy(e -> assertThat(e).startsWith("Dòng 2, cột nhiem_ky:")
                .contains("2020-2025", "2025-2030"));
        assertThat(preview.allErrors()).anySatisfy(e -> assertThat(e).startsWith("Dòng 3, cột linh_vuc:")
                .contains("Quốc phòng - An ninh"));
        assertThat(preview.allErrors()).anySatisfy(e -> assertThat(e).startsWith("Dòng 3, cột ky:")
                .contains("2024-Q3"));
        assertThat(preview.allErrors()).anySatisfy(e -> assertThat(e).startsWith("Dòng 5, cột ket_qua:"));
        // a lone dot is asked even for a percentage: never silently 23,855%
        assertThat(preview.allErrors()).anySatisfy(e -> assertThat(e).startsWith("Dòng 4, cột ket_qua:")
                .contains("23.855", "23,855", "viết liền"));
    }

    @Test
    @WithMockUser(username = "canbo", roles = "CAN_BO")
    void a_missing_column_is_a_file_error_naming_the_expected_header() {
        ImportPreview preview = imports.preview("don_vi,nhiem_ky,ket_qua\nTam Kỳ,2025-2030,12\n"
                .getBytes(StandardCharsets.UTF_8), "thieu.csv");

        assertThat(preview.errors()).singleElement().asString().contains("Thiếu cột", "linh_vuc", "chi_tieu");
    }

    @Test
    @WithMockUser(username = "quantri", roles = "QUAN_TRI")
    void a_file_with_one_bad_row_is_refused_whole_with_that_rows_error() {
        long before = valueCount();
        byte[] file = csv(WATER + "2023,71%,\n" + WATER + "2024,bảy mươi hai,\n" + WATER + "2025,\"1,2,3\",\n");

        assertThatThrownBy(() -> imports.commit(file, "mot-dong-loi.csv"))
                .isInstanceOf(ImportRejectedException.class)
                .hasMessageContaining("Dòng 4, cột ket_qua")
                .satisfies(e -> assertThat(((ImportRejectedException) e).preview().rows()).hasSize(3));
        assertThat(valueCount()).isEqualTo(before);
    }

    @Test
    @WithMockUser(username = "quantri", roles = "QUAN_TRI")
    void each_row_is_matched_in_its_own_units_catalogue_deactivated_and_shared_indicators_included() {
        long sixth = jdbc.sql("""
                SELECT i.id FROM indicator i JOIN org_unit u ON u.id = i.org_unit_id JOIN term t ON t.id = i.term_id
                WHERE u.code = 'tam-ky' AND t.code = '2025-2030' AND i.number = '6'""").query(Long.class).single();
        jdbc.sql("UPDATE indicator SET active = FALSE WHERE id = ?").param(sixth).update();
        String family = "Tỷ lệ hộ gia đình đạt danh hiệu Gia đình văn hóa";

        ImportPreview preview = imports.preview(csv(TARGET_6 + "2026,\"9,6%\",\n"
                + TARGET_6.replace("Phường Tam Kỳ", "Phường Phổ Hòa") + "2026,\"9,6%\",\n"
                + "Phường Bàn Thạch,2025-2030,Văn hóa - Xã hội,," + family + ",%,,2026,96%,\n"), "ba-don-vi.csv");

        // Tam Kỳ's deactivated (6) is found again, not made twice; Phổ Hòa has no (6) of its own, whoever else
        // does; Bàn Thạch's figure goes onto the indicator Đà Nẵng gave every ward
        assertThat(preview.rows()).extracting(r -> r.warnings().stream().anyMatch(w -> w.contains("chưa có")))
                .containsExactly(false, true, false);
    }

    @Test
    @WithMockUser(username = "quantri", roles = "QUAN_TRI")
    void importing_the_same_file_twice_changes_nothing_the_second_time() {
        byte[] file = csv(WATER + "2023,71%," + WHY + "\n" + WATER + "2024,72%,Số liệu Phòng Kinh tế" + WHY + "\n");
        imports.commit(file, "lan-1.csv");
        long after = valueCount();
        long audit = jdbc.sql("SELECT COUNT(*) FROM audit_log").query(Long.class).single();

        ImportPreview again = imports.commit(file, "lan-1.csv");

        assertThat(again.rows()).extracting(ImportPreview.Row::action).containsOnly(Action.GIU_NGUYEN);
        assertThat(valueCount()).isEqualTo(after);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log").query(Long.class).single()).isEqualTo(audit);
    }

    @Test
    @WithMockUser(username = "quantri", roles = "QUAN_TRI")
    void a_changed_figure_is_a_new_version_with_the_old_one_in_the_audit_log() {
        imports.commit(csv(WATER + "2023,71%," + WHY + "\n"), "a.csv");

        ImportPreview changed = imports.commit(csv(WATER + "2023,73%," + WHY + "\n"), "b.csv");

        assertThat(changed.rows()).singleElement().satisfies(r -> assertThat(r.action()).isEqualTo(Action.SUA));
        assertThat(jdbc.sql("SELECT CONCAT(old_value, ' -> ', new_value) FROM audit_log WHERE action = 'SUA' "
                + "ORDER BY id DESC LIMIT 1").query(String.class).single()).isEqualTo("71% -> 73%");
    }

    @Test
    @WithMockUser(username = "canbo", roles = "CAN_BO")
    void staff_see_a_new_indicator_judged_in_the_preview_but_cannot_create_it() {
        byte[] file = csv("Phường Tam Kỳ,2025-2030,Kinh tế,,Số doanh nghiệp thành lập mới,doanh nghiệp,"
                + "tăng 20 doanh nghiệp,2026,tăng 25 doanh nghiệp,\n");

        ImportPreview preview = imports.preview(file, "moi.csv");

        assertThat(preview.rows()).singleElement().satisfies(r -> {
            assertThat(r.verdict()).isEqualTo(Verdict.DAT);
            assertThat(r.warnings()).anySatisfy(w -> assertThat(w).contains("chưa có", "tạo mới"));
            assertThat(r.errors()).isEmpty();
        });
        assertThatThrownBy(() -> imports.commit(file, "moi.csv"))
                .isInstanceOf(ImportRejectedException.class)
                .hasMessageContaining("chỉ quản trị được tạo chỉ tiêu mới");
    }

    @Test
    @WithMockUser(username = "quantri", roles = "QUAN_TRI")
    void an_administrator_creates_the_missing_unit_and_indicator_on_commit() {
        byte[] file = csv("Xã Hòa Tiến,2025-2030,Kinh tế,1,Số doanh nghiệp thành lập mới,doanh nghiệp,"
                + "tăng 20 doanh nghiệp,2026,tăng 25 doanh nghiệp,\n");

        imports.commit(file, "xa-moi.csv");

        assertThat(jdbc.sql("SELECT CONCAT(u.code, ' / ', u.kind, ' / ', i.target_kind) FROM indicator i "
                        + "JOIN org_unit u ON u.id = i.org_unit_id WHERE u.name = 'Xã Hòa Tiến'")
                .query(String.class).single()).isEqualTo("xa-hoa-tien / XA / CHANGE");
        assertThat(imports.commit(file, "xa-moi.csv").rows()).extracting(ImportPreview.Row::action)
                .containsExactly(Action.GIU_NGUYEN);
    }

    @Test
    @WithMockUser(username = "quantri", roles = "QUAN_TRI")
    void values_of_a_closed_period_are_refused() {
        long unit = jdbc.sql("SELECT id FROM org_unit WHERE code = 'truong-xuan'").query(Long.class).single();
        asLeader(() -> values.lock(unit, Period.year(2024)));

        ImportPreview preview = imports.preview(csv(WATER + "2024,72%," + WHY + "\n"), "khoa.csv");

        assertThat(preview.allErrors()).singleElement().asString().contains("Dòng 2, cột ky", "khóa sổ");
    }

    /** Runs as a leader, then gives the test its own user back. */
    private static void asLeader(Runnable work) {
        var context = SecurityContextHolder.getContext();
        var staff = context.getAuthentication();
        context.setAuthentication(new TestingAuthenticationToken("lanhdao", null, "ROLE_LANH_DAO"));
        try {
            work.run();
        } finally {
            context.setAuthentication(staff);
        }
    }

    @Test
    @WithMockUser(username = "quantri", roles = "QUAN_TRI")
    void an_xlsx_file_is_read_like_a_csv() throws IOException {
        byte[] xlsx;
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("Phụ lục");
            String[][] cells = {HEADER.strip().split(","),
                    {"Phường Trường Xuân (cũ)", "2020-2025", "Môi trường", "", "Tỷ lệ hộ dân sử dụng nước máy", "%",
                            "85%", "2024", "86,5%", "", "Số liệu cuối năm của Phòng Kinh tế", ""}};
            for (int r = 0; r < cells.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < cells[r].length; c++) {
                    row.createCell(c).setCellValue(cells[r][c]);
                }
            }
            workbook.write(out);
            xlsx = out.toByteArray();
        }

        ImportPreview preview = imports.preview(xlsx, "phu-luc.xlsx");

        assertThat(preview.allErrors()).isEmpty();
        assertThat(preview.rows()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(2);
            assertThat(r.verdict()).isEqualTo(Verdict.DAT);
            assertThat(r.exceeded()).isTrue();
        });
    }

    @Test
    @WithMockUser(username = "lanhdao", roles = "LANH_DAO")
    void leadership_cannot_import() {
        assertThatThrownBy(() -> imports.preview(csv(WATER + "2024,72%,\n"), "x.csv"))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }
}
