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

    private static List<String> current(MainLayout frame) {
        return frame.links().stream().filter(link -> "page".equals(link.getElement().getAttribute("aria-current")))
                .map(link -> link.getElement().getTextRecursively()).toList();
    }

    @Test
    void the_menu_marks_the_page_shown_as_current_and_only_that_one() {
        navigate("", Component.class);
        assertThat(current(frame())).containsExactly("Tổng quan");

        navigate("chi-tieu", Component.class);
        assertThat(current(frame())).containsExactly("Danh sách chỉ tiêu");
    }

    @Test
    void the_menu_is_a_list_of_router_links_with_their_addresses_and_the_menu_opens_as_a_popover_on_a_phone() {
        navigate("", Component.class);
        MainLayout frame = frame();

        assertThat(frame.links()).extracting(link -> link.getElement().getTextRecursively())
                .startsWith("Tổng quan", "Danh sách chỉ tiêu");
        assertThat(frame.links()).extracting(RouterLink::getHref).contains("", "chi-tieu");
        assertThat(frame.links()).allSatisfy(link -> assertThat(link.getElement().hasAttribute("router-link")).isTrue());
        var drawer = frame.getElement().getChildren().filter(e -> "app-drawer".equals(e.getAttribute("id")))
                .findFirst().orElseThrow();
        assertThat(drawer.getAttribute("popover")).isEqualTo("auto");
        assertThat(frame.getElement().getChildren().flatMap(e -> e.getChildren())
                .filter(e -> "app-drawer".equals(e.getAttribute("popovertarget"))).count()).isEqualTo(1);
    }
}
