package vn.chitieu.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;
import vn.chitieu.IntegrationTest;

@IntegrationTest
@WithMockUser(username = "lanhdao", roles = "LANH_DAO")
class MainLayoutTest extends SpringBrowserlessTest {

    private MainLayout frame() {
        return find(MainLayout.class).single();
    }

    /** The entries marked, each as "title=mark". */
    private List<String> marked() {
        return frame().links().stream().filter(link -> link.getElement().hasAttribute("aria-current"))
                .map(link -> link.getElement().getTextRecursively() + "="
                        + link.getElement().getAttribute("aria-current")).toList();
    }

    @Test
    void the_menu_marks_the_page_shown_as_current_and_only_that_one() {
        navigate("", Component.class);
        assertThat(marked()).containsExactly("Tổng quan=page");

        navigate("chi-tieu", Component.class);
        assertThat(marked()).containsExactly("Danh sách chỉ tiêu=page");

        navigate("tong-quan", Component.class);
        assertThat(marked()).as("the dashboard's other address").containsExactly("Tổng quan=page");
    }

    @Test
    @WithMockUser(username = "quantri", roles = "QUAN_TRI")
    void a_page_under_another_entrys_address_marks_its_own_entry_and_a_page_without_one_marks_its_section() {
        navigate("danh-muc/tu-van-ban", Component.class);
        assertThat(marked()).containsExactly("Danh mục từ văn bản Nghị quyết=page");

        navigate("chi-tieu/1", Component.class);
        assertThat(marked()).as("an indicator's page is in the list's section")
                .containsExactly("Danh sách chỉ tiêu=true");
    }

    @Test
    void the_menu_is_router_links_in_a_popover_opened_by_the_bars_button() {
        navigate("", Component.class);
        MainLayout frame = frame();

        assertThat(frame.links()).extracting(link -> link.getElement().getTextRecursively())
                .startsWith("Tổng quan", "Danh sách chỉ tiêu");
        assertThat(frame.links()).extracting(RouterLink::getHref).contains("", "chi-tieu");
        var drawer = frame.getElement().getChildren().filter(e -> "app-drawer".equals(e.getAttribute("id")))
                .findFirst().orElseThrow();
        assertThat(drawer.getAttribute("popover")).isEqualTo("auto");
        var toggle = frame.getElement().getChildren().flatMap(e -> e.getChildren())
                .filter(e -> "app-drawer".equals(e.getAttribute("popovertarget"))).findFirst().orElseThrow();
        assertThat(toggle.getTag()).isEqualTo("button");
        assertThat(toggle.getAttribute("aria-label")).isEqualTo("Trình đơn");
    }
}
