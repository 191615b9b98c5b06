package vn.chitieu.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;
import vn.chitieu.IntegrationTest;

@IntegrationTest
@WithMockUser(username = "lanhdao", roles = "LANH_DAO")
class ErrorPagesTest extends SpringBrowserlessTest {

    @Test
    void a_leader_opening_the_staffs_entry_sheet_gets_a_vietnamese_no_permission_page_inside_the_layout() {
        AccessDeniedPage page = navigate("nhap-ky", AccessDeniedPage.class);

        assertThat(page.title.getText()).isEqualTo("Không có quyền truy cập");
        assertThat(page.explanation.getText()).contains("/nhap-ky").doesNotContain("Could not navigate");
        assertThat(page.incident.getText()).matches("Mã sự cố: [0-9A-F]{4}-[0-9A-F]{4} .*");
        assertThat(page.findAncestor(MainLayout.class)).isNotNull();
        assertThat(page.getPageTitle()).isEqualTo("Không có quyền truy cập · Chỉ tiêu");
    }

    @Test
    void an_address_that_leads_nowhere_gets_a_vietnamese_404_with_a_way_back() {
        NotFoundPage page = navigate("khong-co-trang-nay", NotFoundPage.class);

        assertThat(page.title.getText()).isEqualTo("Không tìm thấy trang");
        assertThat(page.incident.getText()).startsWith("Mã sự cố: ");
        assertThat(page.findAncestor(MainLayout.class)).isNotNull();
    }
}
