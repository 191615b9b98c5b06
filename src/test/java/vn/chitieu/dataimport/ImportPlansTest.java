package vn.chitieu.dataimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;
import vn.chitieu.IntegrationTest;
import vn.chitieu.dataimport.ImportPreview.Action;
import vn.chitieu.evaluation.Verdict;

/** The {@code ke_hoach} column: a year's plan, with or without the year's result, written like a target. */
@IntegrationTest
@Transactional
class ImportPlansTest {

    static final String HEADER = "don_vi,nhiem_ky,linh_vuc,ma,chi_tieu,dvt,muc_tieu,ky,ket_qua,ke_hoach\n";
    static final String INSURANCE = "Phường Tam Kỳ,2025-2030,Văn hóa - Xã hội,11,Tỷ lệ dân số tham gia bảo hiểm y tế,%,,";

    @Autowired
    ImportService imports;
    @Autowired
    JdbcClient jdbc;

    private static byte[] csv(String body) {
        return (HEADER + body).getBytes(StandardCharsets.UTF_8);
    }

    private @Nullable String plan(String number, int year) {
        return jdbc.sql("""
                        SELECT p.plan_text FROM indicator_plan p JOIN indicator i ON i.id = p.indicator_id
                        JOIN term t ON t.id = i.term_id JOIN org_unit u ON u.id = i.org_unit_id
                        WHERE u.code = 'tam-ky' AND t.code = '2025-2030' AND i.number = ? AND p.plan_year = ?""")
                .params(number, year).query(String.class).optional().orElse(null);
    }

    private @Nullable BigDecimal planValue(String name, int year) {
        return jdbc.sql("""
                        SELECT p.plan_value FROM indicator_plan p JOIN indicator i ON i.id = p.indicator_id
                        WHERE i.name = ? AND p.plan_year = ?""")
                .params(name, year).query(BigDecimal.class).optional().orElse(null);
    }

    private long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    @Test
    @WithMockUser(username = "canbo", roles = "CAN_BO")
    void a_row_may_carry_a_plan_and_no_result_and_staff_write_it_for_their_unit() {
        long values = count("data_value");

        ImportPreview preview = imports.preview(csv(INSURANCE + "2027,,\"99,2%\"\n"), "ke-hoach.csv");

        assertThat(preview.allErrors()).isEmpty();
        ImportPreview.Row row = preview.rows().getFirst();
        assertThat(row.action()).isEqualTo(Action.KHONG_CO_KET_QUA);
        assertThat(row.planText()).isEqualTo("99,2%");
        assertThat(row.planReading()).contains("99,2%");
        assertThat(row.planAction()).isEqualTo(Action.THEM);
        assertThat(plan("11", 2027)).isNull();

        imports.commit(csv(INSURANCE + "2027,,\"99,2%\"\n"), "ke-hoach.csv");

        assertThat(plan("11", 2027)).isEqualTo("99,2%");
        assertThat(count("data_value")).isEqualTo(values);
        // the same file again: nothing to write
        assertThat(imports.preview(csv(INSURANCE + "2027,,\"99,2%\"\n"), "ke-hoach.csv").rows().getFirst()
                .planAction()).isEqualTo(Action.GIU_NGUYEN);
    }

    @Test
    @WithMockUser(username = "canbo", roles = "CAN_BO")
    void a_row_with_a_plan_and_a_result_writes_both_and_the_result_is_judged_as_before() {
        long values = count("data_value");

        ImportPreview committed = imports.commit(csv(INSURANCE + "2028,\"99,5%\",\"99,3%\"\n"), "ca-hai.csv");

        assertThat(committed.rows().getFirst().action()).isEqualTo(Action.THEM);
        assertThat(committed.rows().getFirst().verdict()).isEqualTo(Verdict.DAT);
        assertThat(plan("11", 2028)).isEqualTo("99,3%");
        assertThat(count("data_value")).isEqualTo(values + 1);
    }

    @Test
    @WithMockUser(username = "quantri", roles = "QUAN_TRI")
    void plans_in_words_or_with_comparators_are_kept_as_written_with_the_engines_reading() {
        String poor = "Phường Tam Kỳ,2025-2030,Văn hóa - Xã hội,,Số hộ nghèo giảm trong năm,hộ,giảm 40 hộ,";
        String hunger = "Phường Tam Kỳ,2025-2030,Văn hóa - Xã hội,,Hộ đói,,không còn hộ đói,";
        String workers = "Phường Tam Kỳ,2025-2030,Kinh tế,,Lao động được tạo việc làm mới,người,trên 1.000 người,";
        String births = "Phường Tam Kỳ,2025-2030,Văn hóa - Xã hội,,Tổng tỷ suất sinh,con,dưới 2.1,";

        ImportPreview preview = imports.commit(csv(poor + "2026,,Giảm 07 hộ\n"
                + hunger + "2026,,\"Duy trì không còn hộ đói, hộ tái đói\"\n"
                + workers + "2026,,>1.500\n" + births + "2026,,<2.10\n"), "chu.csv");

        assertThat(preview.allErrors()).isEmpty();
        assertThat(preview.rows()).extracting(ImportPreview.Row::planReading).doesNotContainNull();
        assertThat(planValue("Số hộ nghèo giảm trong năm", 2026)).isEqualByComparingTo("7");
        assertThat(planValue("Hộ đói", 2026)).isNull();
        assertThat(planValue("Lao động được tạo việc làm mới", 2026)).isEqualByComparingTo("1500");
        assertThat(planValue("Tổng tỷ suất sinh", 2026)).isEqualByComparingTo("2.10");
        assertThat(jdbc.sql("SELECT plan_text FROM indicator_plan p JOIN indicator i ON i.id = p.indicator_id "
                + "WHERE i.name = 'Hộ đói'").query(String.class).single())
                .isEqualTo("Duy trì không còn hộ đói, hộ tái đói");
    }

    @Test
    @WithMockUser(username = "canbo", roles = "CAN_BO")
    void a_bad_plan_is_a_vietnamese_error_on_its_cell_and_nothing_of_the_file_is_written() {
        long values = count("data_value");
        long plans = count("indicator_plan");
        String water = "Phường Trường Xuân (cũ),2020-2025,Môi trường,,Tỷ lệ hộ dân sử dụng nước máy,%,85%,";
        byte[] file = csv(INSURANCE + "2026,\"99,5%\",\n"
                + INSURANCE + "2027,,???\n"
                + INSURANCE + "2025,,\"99%\"\n"
                + INSURANCE + "2026-2030,,\"99%\"\n");

        ImportPreview preview = imports.preview(file, "sai.csv");

        List<String> errors = preview.allErrors();
        assertThat(errors).anySatisfy(e -> assertThat(e).startsWith("Dòng 3, cột ke_hoach: kế hoạch năm 2027 \"???\": "
                + "Không đọc được"));
        assertThat(errors).anySatisfy(e -> assertThat(e).startsWith("Dòng 4, cột ke_hoach: năm 2025 không có kế hoạch "
                + "trong nhiệm kỳ 2025-2030"));
        assertThat(errors).anySatisfy(e -> assertThat(e).startsWith("Dòng 5, cột ky"));
        assertThatThrownBy(() -> imports.commit(file, "sai.csv")).isInstanceOf(ImportRejectedException.class);
        assertThat(count("data_value")).isEqualTo(values);
        assertThat(count("indicator_plan")).isEqualTo(plans);
    }

    @Test
    @WithMockUser(username = "canbo", roles = "CAN_BO")
    void staff_cannot_plan_a_closed_term_nor_a_unit_outside_their_own() {
        String ended = "Phường Tam Kỳ,2020-2025,Văn hóa - Xã hội,,Tỷ lệ người dân tham gia bảo hiểm y tế,%,,2024,,"
                + "\"99%\"\n";
        String other = "Phường Phổ Hòa,2020-2025,Kinh tế,,Thu ngân sách,tỷ đồng,,2024,,\"25 tỷ đồng\"\n";
        long plans = count("indicator_plan");

        ImportPreview preview = imports.preview(csv(ended + other), "cu.csv");

        assertThat(preview.rows().get(0).errors()).singleElement().satisfies(e -> assertThat(e.message())
                .isEqualTo("nhiệm kỳ 2020-2025 đã kết thúc: kế hoạch chỉ để xem; chỉ quản trị được đính chính"));
        assertThat(preview.rows().get(1).errors()).anySatisfy(e -> assertThat(e.message())
                .contains("không được ghi kế hoạch của Phường Phổ Hòa"));
        assertThatThrownBy(() -> imports.commit(csv(ended + other), "cu.csv"))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThat(count("indicator_plan")).isEqualTo(plans);
    }

    @Test
    @WithMockUser(username = "canbo", roles = "CAN_BO")
    void the_sample_file_of_the_import_screen_is_read_without_an_error_plans_included() throws Exception {
        byte[] sample;
        try (var in = getClass().getResourceAsStream("/META-INF/resources/mau-nhap-lieu.csv")) {
            sample = in.readAllBytes();
        }

        ImportPreview preview = imports.preview(sample, "mau-nhap-lieu.csv");

        assertThat(preview.allErrors()).isEmpty();
        assertThat(preview.plansToWrite()).isEqualTo(preview.rows().size());
    }
}
