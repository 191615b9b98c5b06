package vn.chitieu.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;
import vn.chitieu.IntegrationTest;
import vn.chitieu.indicator.Sector;

@IntegrationTest
@Transactional
@WithMockUser(username = "lanhdao", roles = "LANH_DAO")
class SharedIndicatorDashboardTest extends SpringBrowserlessTest {

    @Test
    void tam_kys_dashboard_shows_the_citys_shared_indicator_against_tam_kys_own_target() {
        DashboardView view = navigate(DashboardView.class);

        // the demo: Đà Nẵng asks "từ 95% trở lên" of each ward, Tam Kỳ set its own "từ 97% trở lên"
        SectorLine line = find(SectorLine.class, view.cards.get(Sector.VAN_HOA_XA_HOI)).all().stream()
                .filter(l -> l.name().contains("Gia đình văn hóa")).findFirst().orElseThrow();
        assertThat(line.shared()).isEqualTo("Chỉ tiêu chung của Thành phố Đà Nẵng");
        assertThat(line.target()).isEqualTo("từ 97% trở lên");
        assertThat(line.value()).isEqualTo("96,8%");
        assertThat(line.href()).isEqualTo("chi-tieu/" + line.getElement().getAttribute("data-indicator"));
        // the resolution's own targets carry no such mark
        assertThat(find(SectorLine.class, view.cards.get(Sector.XAY_DUNG_DANG)).all()).isNotEmpty()
                .allSatisfy(l -> assertThat(l.shared()).isEmpty());
    }
}
