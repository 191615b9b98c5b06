package vn.chitieu.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;
import vn.chitieu.IntegrationTest;

/**
 * An address naming a unit the leader may not see (Phổ Hòa, for a leader of Tam Kỳ) or one that does not exist says
 * so in a sentence and is rewritten to what the screen shows, instead of showing Tam Kỳ under the other address.
 */
@IntegrationTest
@WithMockUser(username = "lanhdao", roles = "LANH_DAO")
class AddressCorrectionTest extends SpringBrowserlessTest {

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private <T> T open(Class<T> type, String route, Map<String, String> query) {
        UI.getCurrent().navigate(route, QueryParameters.simple(query));
        return type.cast(UI.getCurrent().getCurrentView());
    }

    @Test
    void the_dashboard_says_it_shows_the_leaders_own_ward_instead_of_one_they_may_not_see() {
        DashboardView view = open(DashboardView.class, "", Map.of("nhiem-ky", "2020-2025", "don-vi", "pho-hoa"));

        assertThat(view.unit.getValue().code()).isEqualTo("tam-ky");
        assertThat(view.notice.isVisible()).isTrue();
        assertThat(view.notice.getText()).isEqualTo("Không có đơn vị “pho-hoa” hoặc bạn không được xem đơn vị đó. "
                + "Đang hiện Phường Tam Kỳ.");
        assertThat(view.address).isEqualTo("?nhiem-ky=2020-2025&don-vi=tam-ky");
    }

    @Test
    void the_dashboard_answers_a_unit_and_a_term_that_do_not_exist_and_a_period_it_cannot_read() {
        DashboardView view = open(DashboardView.class, "",
                Map.of("nhiem-ky", "1990-1995", "don-vi", "khong-co", "ky", "quy-3"));

        assertThat(view.notice.getText()).contains("Không có nhiệm kỳ “1990-1995”", "Đang hiện nhiệm kỳ 2025-2030",
                "Không có đơn vị “khong-co”", "Kỳ “quy-3” không đúng dạng");
        assertThat(view.address).isEqualTo("?nhiem-ky=2025-2030&don-vi=tam-ky");
    }

    @Test
    void a_unit_the_leader_may_see_is_shown_without_a_word() {
        DashboardView view = open(DashboardView.class, "", Map.of("nhiem-ky", "2020-2025", "don-vi", "an-my"));

        assertThat(view.unit.getValue().code()).isEqualTo("an-my");
        assertThat(view.notice.isVisible()).isFalse();
        assertThat(view.address).isNull();
    }

    @Test
    void the_list_corrects_its_address_the_same_way() {
        IndicatorListView view = open(IndicatorListView.class, "chi-tieu",
                Map.of("nhiem-ky", "2025-2030", "don-vi", "pho-hoa"));

        assertThat(view.notice.getText()).startsWith("Không có đơn vị “pho-hoa”").endsWith("Đang hiện Phường Tam Kỳ.");
        assertThat(view.address).isEqualTo("chi-tieu?nhiem-ky=2025-2030&don-vi=tam-ky");
    }

    @Test
    void the_indicator_page_of_an_indicator_the_leader_may_not_see_or_that_does_not_exist_says_so_alike() {
        long phoHoas = jdbc.sql("""
                        SELECT MIN(i.id) FROM indicator i JOIN org_unit u ON u.id = i.org_unit_id
                        WHERE u.code = 'pho-hoa'""").query(Long.class).single();

        UI.getCurrent().navigate("chi-tieu/" + phoHoas);
        assertThat(find(Div.class).withClassName("address-notice").single().getText())
                .isEqualTo("Không có chỉ tiêu số " + phoHoas + ", hoặc bạn không được xem chỉ tiêu này.");
        assertThat(find(Div.class).withClassName("history-figure").all()).isEmpty();

        UI.getCurrent().navigate("chi-tieu/999999");
        assertThat(find(Div.class).withClassName("address-notice").single().getText())
                .isEqualTo("Không có chỉ tiêu số 999999, hoặc bạn không được xem chỉ tiêu này.");
    }
}
