package vn.chitieu.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;
import vn.chitieu.IntegrationTest;
import vn.chitieu.base.ui.NativeChoiceTester;
import com.vaadin.flow.component.html.Span;
import org.springframework.beans.factory.annotation.Autowired;
import vn.chitieu.dashboard.DashboardService;
import vn.chitieu.dashboard.DashboardService.UnitChoice;
import vn.chitieu.dashboard.IndicatorRow;
import vn.chitieu.indicator.Term;

@IntegrationTest
@WithMockUser(username = "lanhdao", roles = "LANH_DAO")
class IndicatorListViewTest extends SpringBrowserlessTest {

    @Autowired
    DashboardService dashboard;

    private List<Div> cards(IndicatorListView view) {
        return find(Div.class).withClassName("indicator").all();
    }

    private List<String> texts(IndicatorListView view) {
        return cards(view).stream().map(card -> card.getElement().getTextRecursively()).toList();
    }

    @Test
    void it_opens_on_the_running_term_with_its_fifteen_targets_in_five_sectors() {
        IndicatorListView view = navigate(IndicatorListView.class);

        assertThat(view.term.getValue().code()).isEqualTo("2025-2030");
        assertThat(find(Div.class).withClassName("sector").all()).hasSize(5);
        // the resolution's 15 and the 3 the city assigned to its wards
        assertThat(cards(view)).hasSize(15 + 3);
        assertThat(texts(view)).anySatisfy(text -> assertThat(text)
                .contains("(6)", "Tốc độ tăng tổng thu ngân sách", "bình quân hằng năm trên 9%", "Nguồn:"));
        // it opens on the person's own unit, Tam Kỳ
        assertThat(view.unit.getValue().code()).isEqualTo("tam-ky");
        List<IndicatorRow> rows = dashboard.indicatorList("2025-2030", view.unit.getValue().id());
        assertThat(view.summary.getText())
                .startsWith(vn.chitieu.dashboard.Tally.of(rows).headline(true) + " · Nhiệm kỳ 2025-2030");
        List<Span> badges = find(Span.class).withClassName("verdict-badge").all();
        assertThat(badges).hasSize(15 + 3);
        for (int i = 0; i < rows.size(); i++) {
            assertThat(badges.get(i).getElement().getTextRecursively())
                    .isEqualTo(rows.get(i).assessment().outlook().label());
        }
    }

    @Test
    void a_term_that_was_not_offered_is_refused_and_picking_the_closed_one_lists_it() {
        IndicatorListView view = navigate(IndicatorListView.class);
        String running = view.summary.getText();

        new NativeChoiceTester<>(view.term).sendKey("1990-1995"); // an altered request

        assertThat(view.term.getValue().code()).isEqualTo("2025-2030");
        assertThat(view.term.getElement().getProperty("value")).isEqualTo("2025-2030");
        assertThat(view.summary.getText()).isEqualTo(running);

        new NativeChoiceTester<>(view.term).select("2020-2025");
        assertThat(view.summary.getText()).contains("Nhiệm kỳ 2020-2025").isNotEqualTo(running);
    }

    @Test
    void the_closed_term_shows_each_former_ward_with_its_results_and_sources() {
        IndicatorListView view = navigate(IndicatorListView.class);
        Term closed = view.term.getItems().stream().filter(t -> !t.isOpen()).findFirst().orElseThrow();

        view.term.setValue(closed);
        UnitChoice tamKy = view.unit.getLazyDataView().getItems()
                .filter(u -> u.name().equals("Phường Tam Kỳ")).findFirst().orElseThrow();
        view.unit.setValue(tamKy);

        List<String> texts = texts(view);
        for (String ward : List.of("Phường An Mỹ (cũ)", "Phường An Xuân (cũ)", "Phường Trường Xuân (cũ)")) {
            assertThat(texts).as(ward).anySatisfy(text -> assertThat(text).contains(ward, "Nguồn: Báo cáo"));
        }
        assertThat(texts).anySatisfy(text -> assertThat(text)
                .contains("Tỷ lệ hộ dân sử dụng nước máy", "85%", "70%", "chú thích 37"));
        assertThat(texts).noneSatisfy(text -> assertThat(text).contains("Phường Phổ Hòa"));
    }

    @Test
    void every_badge_and_the_header_state_the_engines_verdicts() {
        IndicatorListView view = navigate(IndicatorListView.class);
        view.term.setValue(view.term.getItems().stream().filter(t -> !t.isOpen()).findFirst().orElseThrow());

        List<IndicatorRow> rows = dashboard.indicatorList("2020-2025", view.unit.getValue().id());
        List<Span> badges = find(Span.class).withClassName("verdict-badge").all();

        assertThat(badges).hasSameSizeAs(rows);
        for (int i = 0; i < rows.size(); i++) {
            assertThat(badges.get(i).getElement().getTextRecursively())
                    .startsWith(rows.get(i).assessment().verdict().label());
        }
        assertThat(view.summary.getText()).isEqualTo(vn.chitieu.dashboard.Tally.of(rows).headline(false)
                + " · Nhiệm kỳ 2020-2025 (đã kết thúc)");
        // 000, chú thích 37: Trường Xuân's tap water, 70% against 85%
        Div water = cards(view).stream()
                .filter(card -> card.getElement().getTextRecursively().contains("Tỷ lệ hộ dân sử dụng nước máy"))
                .findFirst().orElseThrow();
        assertThat(water.getElement().getTextRecursively()).contains("Không đạt", "70%", "85%");
    }

    @Test
    void the_address_can_name_the_term_and_the_unit() {
        IndicatorListView view = navigate(IndicatorListView.class);

        UI.getCurrent().navigate(IndicatorListView.class,
                QueryParameters.simple(Map.of("nhiem-ky", "2020-2025", "don-vi", "truong-xuan")));

        assertThat(view.term.getValue().code()).isEqualTo("2020-2025");
        assertThat(view.unit.getValue().name()).isEqualTo("Phường Trường Xuân (cũ)");
        assertThat(texts(view)).isNotEmpty()
                .allSatisfy(text -> assertThat(text).contains("Phường Trường Xuân (cũ)"));
    }
}
