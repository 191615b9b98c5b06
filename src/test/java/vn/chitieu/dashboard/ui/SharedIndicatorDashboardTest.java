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
        SectorLine line = view.cards.get(Sector.VAN_HOA_XA_HOI).lines().stream()
                .filter(l -> l.name().contains("Gia đình văn hóa")).findFirst().orElseThrow();
        assertThat(line.shared()).isEqualTo("Chỉ tiêu chung của Thành phố Đà Nẵng");
        assertThat(line.target()).isEqualTo("từ 97% trở lên");
        assertThat(line.value()).isEqualTo("96,8%");
        // the indicator is every ward's: its link says whose figures to open
        assertThat(line.href())
                .isEqualTo("chi-tieu/" + line.indicator() + "?don-vi=tam-ky");
        // the resolution's own targets carry no such mark, and their link needs no unit
        assertThat(view.cards.get(Sector.XAY_DUNG_DANG).lines()).isNotEmpty()
                .allSatisfy(l -> assertThat(l.shared()).isEmpty())
                .allSatisfy(l -> assertThat(l.href()).isEqualTo("chi-tieu/" + l.indicator()));
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @org.springframework.beans.factory.annotation.Autowired
    vn.chitieu.dashboard.DashboardService dashboard;

    private long family() {
        return jdbc.sql("SELECT id FROM indicator WHERE name = 'Tỷ lệ hộ gia đình đạt danh hiệu Gia đình văn hóa'")
                .query(Long.class).single();
    }

    private IndicatorView open(long id, java.util.Map<String, String> query) {
        com.vaadin.flow.component.UI.getCurrent().navigate("chi-tieu/" + id,
                com.vaadin.flow.router.QueryParameters.simple(query));
        return (IndicatorView) com.vaadin.flow.component.UI.getCurrent().getCurrentView();
    }

    @Test
    @WithMockUser(username = "quantri", roles = "QUAN_TRI")
    void an_administrator_with_no_unit_is_asked_which_ward_to_show_a_shared_indicator_for_never_told_it_does_not_exist() {
        IndicatorView page = open(family(), java.util.Map.of());

        assertThat(page.detail).isNull();
        String text = page.getElement().getTextRecursively();
        assertThat(text).contains("Tỷ lệ hộ gia đình đạt danh hiệu Gia đình văn hóa",
                "Đây là chỉ tiêu chung, giao cho từng phường; mỗi đơn vị có số liệu và mục tiêu riêng. Chọn đơn vị để xem.")
                .doesNotContain("Không có chỉ tiêu");
        assertThat(page.choice).isNotNull();
        // no ward assumed: the button standing in the picker's place asks for one
        roundTrip();
        assertThat(page.choice.getValue()).isNull();
        assertThat(page.choice.getParent()).isEmpty();
        assertThat(page.choice.fixed().getParent()).isPresent();
        assertThat(page.choice.facade().isVisible()).isTrue();
        assertThat(page.choice.facadeText()).isEqualTo("Chọn đơn vị");
        assertThat(page.choice.isReadOnly()).isFalse();

        // choosing a ward opens the page for it, its address naming the ward
        page.choice.setValue(dashboard.unitChoice("2025-2030", "tam-ky").orElseThrow());
        IndicatorView chosen = (IndicatorView) com.vaadin.flow.component.UI.getCurrent().getCurrentView();
        assertThat(chosen.detail).isNotNull();
        assertThat(chosen.detail.unitCode()).isEqualTo("tam-ky");
        assertThat(com.vaadin.flow.component.UI.getCurrent().getActiveViewLocation().getPathWithQueryParameters())
                .isEqualTo("chi-tieu/" + family() + "?don-vi=tam-ky");
    }

    @Test
    @WithMockUser(username = "quantri", roles = "QUAN_TRI")
    void the_address_names_the_ward_whose_figures_and_own_target_a_shared_indicator_shows() {
        IndicatorView page = open(family(), java.util.Map.of("don-vi", "tam-ky"));

        assertThat(page.detail).isNotNull();
        assertThat(page.detail.row().targetText()).isEqualTo("từ 97% trở lên");
        assertThat(page.getElement().getTextRecursively()).contains("Phường Tam Kỳ", "96,8%");

        // Phổ Hòa belongs to no city that gave it: the page says so and offers the wards
        IndicatorView elsewhere = open(family(), java.util.Map.of("don-vi", "pho-hoa"));
        assertThat(elsewhere.detail).isNull();
        assertThat(elsewhere.choice).isNotNull();
        assertThat(elsewhere.getElement().getTextRecursively())
                .contains("Đơn vị \"pho-hoa\" không có chỉ tiêu này hoặc bạn không được xem: chọn đơn vị khác.");
    }

    @Test
    void the_indicator_list_links_each_indicator_with_its_ward_in_the_address() {
        IndicatorListView list = navigate(IndicatorListView.class);

        var link = find(com.vaadin.flow.router.RouterLink.class, list).all().stream()
                .filter(l -> l.getText().equals("Tỷ lệ hộ gia đình đạt danh hiệu Gia đình văn hóa")).findFirst()
                .orElseThrow();
        assertThat(link.getHref()).isEqualTo("chi-tieu/" + family() + "?don-vi=tam-ky");
    }
}
