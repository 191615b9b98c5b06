package vn.chitieu.dataimport.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;
import vn.chitieu.IntegrationTest;

@IntegrationTest
@Transactional
@WithMockUser(username = "canbo", roles = "CAN_BO")
class ImportViewTest extends SpringBrowserlessTest {

    static final String HEADER = "don_vi,nhiem_ky,linh_vuc,ma,chi_tieu,dvt,muc_tieu,ky,ket_qua,ghi_chu\n";
    static final String ROW = "Phường An Xuân (cũ),2020-2025,Môi trường,,Số hộ dùng nước sạch,hộ,,2021,\"1.890 hộ\",\n";

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_file_with_an_error_is_shown_but_cannot_be_written() {
        ImportView view = navigate(ImportView.class);

        view.showPreview((HEADER + "Phường Tam Kỳ,2025-2030,Kinh tế,6,Thu ngân sách,%/năm,,2026-Q5,\"9,6%\",\n")
                .getBytes(StandardCharsets.UTF_8), "loi.csv");

        assertThat(view.grid.getListDataView().getItemCount()).isEqualTo(1);
        assertThat(view.summary.getText()).endsWith("1 dòng lỗi");
        assertThat(view.commit.isEnabled()).isFalse();
    }

    @Test
    void a_good_file_is_previewed_and_written_on_confirmation() {
        long before = jdbc.sql("SELECT COUNT(*) FROM data_value").query(Long.class).single();
        ImportView view = navigate(ImportView.class);
        String water = "Phường Tam Kỳ,2025-2030,Môi trường,12,Tỷ lệ dân số sử dụng nước sạch,%,,";

        String why = ",,Thiếu vốn đầu tư,Kêu gọi xã hội hóa\n";
        view.showPreview((HEADER.replace("ghi_chu", "ghi_chu,nguyen_nhan,giai_phap") + water + "2027,98%" + why + water
                        + "2028,\"98,5%\"" + why).getBytes(StandardCharsets.UTF_8),
                "tot.csv");

        assertThat(view.summary.getText()).contains("2 dòng · 2 thêm mới", "0 dòng lỗi");
        assertThat(view.commit.isEnabled()).isTrue();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM data_value").query(Long.class).single()).isEqualTo(before);

        test(view.commit).click();

        assertThat(jdbc.sql("SELECT COUNT(*) FROM data_value").query(Long.class).single()).isEqualTo(before + 2);
        assertThat(view.summary.getText()).isEqualTo("Chưa chọn tệp.");
    }

    @Test
    void the_unit_is_settled_before_a_lone_dot_is_read() {
        ImportView view = navigate(ImportView.class);

        view.showPreview((HEADER + ROW).getBytes(StandardCharsets.UTF_8), "ho.csv");

        // "1.890 hộ": households are whole, so the dot groups thousands
        assertThat(view.grid.getListDataView().getItems().findFirst().orElseThrow().resultReading())
                .isEqualTo("1.890 hộ");
    }
}
