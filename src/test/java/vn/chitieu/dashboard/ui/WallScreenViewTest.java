package vn.chitieu.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;
import vn.chitieu.IntegrationTest;
import vn.chitieu.indicator.Sector;

@IntegrationTest
@Transactional
class WallScreenViewTest extends SpringBrowserlessTest {

    @Test
    @WithMockUser(username = "trinhchieu", roles = "TRINH_CHIEU")
    void the_kiosk_account_lands_on_the_wall_screen_which_turns_through_the_five_sectors() {
        UI.getCurrent().navigate("");

        WallScreenView wall = (WallScreenView) UI.getCurrent().getCurrentView();
        assertThat(wall.title.getText()).isEqualTo("Phường Tam Kỳ · Nhiệm kỳ 2025-2030");
        assertThat(wall.headline.getText()).contains("dự kiến đạt");
        assertThat(wall.card.sector()).isEqualTo(Sector.XAY_DUNG_DANG);
        assertThat(wall.position.getText()).startsWith("Lĩnh vực 1/5").contains("20 giây");
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(20_000);

        for (int i = 1; i <= Sector.values().length; i++) {
            wall.next();
        }

        assertThat(wall.card.sector()).isEqualTo(Sector.XAY_DUNG_DANG);
        wall.next();
        assertThat(wall.card.sector()).isEqualTo(Sector.KINH_TE);
        assertThat(wall.card.lines()).extracting(SectorLine::number).contains("(6)", "(7)");
        // no links on the wall screen
        assertThat(wall.card.lines()).extracting(SectorLine::href).containsOnly("");
        assertThat(wall.position.getText()).startsWith("Lĩnh vực 2/5");
    }

    @Test
    @WithMockUser(username = "lanhdao", roles = "LANH_DAO")
    void the_address_chooses_term_unit_and_pace() {
        UI.getCurrent().navigate(WallScreenView.ROUTE, com.vaadin.flow.router.QueryParameters.simple(
                java.util.Map.of("nhiem-ky", "2020-2025", "don-vi", "an-my", "giay", "8")));
        WallScreenView wall = (WallScreenView) UI.getCurrent().getCurrentView();

        assertThat(wall.title.getText()).isEqualTo("Phường An Mỹ (cũ) · Nhiệm kỳ 2020-2025");
        assertThat(wall.headline.getText()).contains("chỉ tiêu đạt");
        assertThat(wall.position.getText()).contains("8 giây");
    }
}
