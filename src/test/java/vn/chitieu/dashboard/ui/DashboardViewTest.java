package vn.chitieu.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Div;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;
import vn.chitieu.IntegrationTest;
import vn.chitieu.base.ui.NativeChoiceTester;
import vn.chitieu.base.ui.VerdictBadge;
import vn.chitieu.base.ui.chart.Chart;
import vn.chitieu.base.ui.chart.ChartOptions;
import vn.chitieu.dashboard.DashboardService;
import vn.chitieu.dashboard.IndicatorRow;
import vn.chitieu.dashboard.Tally;
import vn.chitieu.evaluation.TermRollup.Outlook;
import vn.chitieu.evaluation.Verdict;
import vn.chitieu.indicator.Sector;
import vn.chitieu.indicator.Term;

@IntegrationTest
@Transactional
@WithMockUser(username = "lanhdao", roles = "LANH_DAO")
class DashboardViewTest extends SpringBrowserlessTest {

    @Autowired
    DashboardService dashboard;

    private List<SectorLine> linesOf(SectorCard card) {
        return card.lines();
    }

    private long tamKy(DashboardView view) {
        return view.unit.getValue().id();
    }

    @Test
    void it_opens_on_the_leaders_own_ward_in_the_running_term_with_the_engines_counts_and_badges() {
        DashboardView view = navigate(DashboardView.class);

        assertThat(view.term.getValue().code()).isEqualTo("2025-2030");
        assertThat(view.unit.getValue().name()).isEqualTo("Phường Tam Kỳ");
        List<IndicatorRow> rows = dashboard.overview("2025-2030", tamKy(view)).rows();
        assertThat(view.headline.getText()).isEqualTo(Tally.of(rows).headline(true) + " · số liệu đến Năm 2026");
        assertThat(view.stamp.getText()).matches("Cập nhật lúc \\d\\d:\\d\\d");
        assertThat(view.cards.keySet()).containsExactly(Sector.values());
        for (Sector sector : Sector.values()) {
            List<IndicatorRow> own = rows.stream().filter(r -> r.sector() == sector).toList();
            List<SectorLine> lines = linesOf(view.cards.get(sector));
            assertThat(lines).as(sector.label()).hasSameSizeAs(own);
            for (int i = 0; i < own.size(); i++) {
                assertThat(lines.get(i).badge()).as(own.get(i).title())
                        .isEqualTo(own.get(i).assessment().outlook().label());
            }
        }
    }

    @Test
    void each_card_counts_its_indicators_by_outlook_and_for_the_closed_term_by_verdict() {
        DashboardView view = navigate(DashboardView.class);
        List<IndicatorRow> rows = dashboard.overview("2025-2030", tamKy(view)).rows();
        for (Sector sector : Sector.values()) {
            Tally tally = Tally.of(rows.stream().filter(r -> r.sector() == sector).toList());
            SectorCounts counts = find(SectorCounts.class, view.cards.get(sector)).single();
            assertThat(counts.chips()).as(sector.label()).extracting(SectorCounts.Chip::text, SectorCounts.Chip::tone)
                    .containsExactlyElementsOf(Arrays.stream(Outlook.values())
                            .map(o -> tuple(tally.count(o) + " " + o.label().toLowerCase(Locale.ROOT),
                                    VerdictBadge.tone(o))).toList());
            // what the browser draws them from
            assertThat(counts.getElement().getProperty("chips")).contains(counts.chips().getFirst().text(), "\"tone\"");
        }

        view.term.setValue(view.term.getItems().stream().filter(t -> !t.isOpen()).findFirst().orElseThrow());

        List<IndicatorRow> closed = dashboard.overview("2020-2025", tamKy(view)).rows();
        Tally party = Tally.of(closed.stream().filter(r -> r.sector() == Sector.XAY_DUNG_DANG).toList());
        assertThat(find(SectorCounts.class, view.cards.get(Sector.XAY_DUNG_DANG)).single().chips())
                .extracting(SectorCounts.Chip::text).containsExactlyElementsOf(Arrays.stream(Verdict.values())
                        .map(v -> party.count(v) + " " + v.label().toLowerCase(Locale.ROOT)).toList());
    }

    @Test
    void a_term_that_was_not_offered_is_refused_and_picking_the_closed_one_shows_its_verdicts() {
        DashboardView view = navigate(DashboardView.class);
        String open = view.headline.getText();

        new NativeChoiceTester<>(view.term).sendKey("1990-1995"); // an altered request

        assertThat(view.term.getValue().code()).isEqualTo("2025-2030");
        assertThat(view.term.getElement().getProperty("value")).as("what the select shows").isEqualTo("2025-2030");
        assertThat(view.headline.getText()).isEqualTo(open);

        new NativeChoiceTester<>(view.term).select("2020-2025");

        assertThat(view.headline.getText()).contains("chỉ tiêu đạt").isNotEqualTo(open);
        assertThat(view.address).contains("nhiem-ky=2020-2025");
    }

    @Test
    void each_sector_chart_draws_its_targets_against_the_target_line() {
        DashboardView view = navigate(DashboardView.class);

        Chart chart = view.cards.get(Sector.XAY_DUNG_DANG).chart();
        ChartOptions options = chart.getOptions().orElseThrow();
        assertThat(options.chart().type()).isEqualTo(ChartOptions.Type.LINE);
        assertThat(options.xaxis().categories()).containsExactly("2025", "2026", "2027", "2028", "2029", "2030");
        assertThat(options.annotations().yaxis()).singleElement()
                .satisfies(line -> assertThat(line.y()).isEqualTo(100));
        assertThat(options.series()).extracting(ChartOptions.Series::name)
                .anySatisfy(name -> assertThat(name).startsWith("(2)").endsWith("dự báo"));
        assertThat(options.stroke().dashArray()).contains(0, 6);
        assertThat(chart.getElement().getProperty("config")).contains("\"type\":\"line\"", "Mục tiêu");
    }

    @Test
    void a_leader_with_one_unit_in_the_term_reads_its_name_and_gets_the_picker_back_where_the_term_offers_more() {
        DashboardView view = navigate(DashboardView.class);
        Term open = view.term.getValue();

        assertThat(view.unit.getParent()).as("no combo box with nothing to choose").isEmpty();
        assertThat(view.unit.fixed().getParent()).isPresent();
        assertThat(name(view)).isEqualTo("Phường Tam Kỳ");

        view.term.setValue(view.term.getItems().stream().filter(t -> !t.isOpen()).findFirst().orElseThrow());

        // the closed term has the former wards too: a button with the ward's name stands for the combo box until used
        assertThat(view.unit.getParent()).isEmpty();
        assertThat(view.unit.facade().isVisible()).isTrue();
        assertThat(view.unit.facadeText()).isEqualTo("Phường Tam Kỳ");
        assertThat(view.unit.fixed().getElement().getChild(0).getChild(1).isVisible()).as("the plain name").isFalse();

        test(view.unit.facade()).click();

        assertThat(view.unit.getParent()).isPresent();
        assertThat(view.unit.fixed().getParent()).isEmpty();
        assertThat(view.unit.isReadOnly()).isFalse();
        assertThat(view.unit.isOpened()).isTrue();
        assertThat(view.unit.getValue().name()).isEqualTo("Phường Tam Kỳ");

        view.term.setValue(open);

        assertThat(view.unit.getParent()).isEmpty();
        assertThat(name(view)).isEqualTo("Phường Tam Kỳ");
        assertThat(view.unit.facade().isVisible()).isFalse();
    }

    /** The unit's name shown in the picker's place, under its label. */
    private static String name(DashboardView view) {
        var fixed = view.unit.fixed().getElement();
        var label = fixed.getChild(0).getChild(0);
        assertThat(label.getText()).isEqualTo("Đơn vị");
        assertThat(fixed.getAttribute("aria-labelledby")).isEqualTo(label.getAttribute("id"));
        assertThat(fixed.getChild(0).getChild(1).isVisible()).isTrue();
        return fixed.getChild(0).getChild(1).getText();
    }

    @Test
    void switching_to_the_closed_term_shows_verdicts_and_the_former_wards_side_by_side() {
        DashboardView view = navigate(DashboardView.class);
        String open = view.headline.getText();

        view.term.setValue(view.term.getItems().stream().filter(t -> !t.isOpen()).findFirst().orElseThrow());

        assertThat(view.unit.getValue().name()).isEqualTo("Phường Tam Kỳ");
        List<IndicatorRow> rows = dashboard.overview("2020-2025", tamKy(view)).rows();
        assertThat(view.headline.getText()).startsWith(Tally.of(rows).headline(false)).isNotEqualTo(open)
                .contains("chỉ tiêu đạt");
        assertThat(view.comparison.isVisible()).isTrue();
        var tallies = dashboard.wardComparison("2020-2025", tamKy(view)).orElseThrow().tallies();
        String table = view.comparison.getElement().getTextRecursively();
        tallies.forEach(t -> assertThat(table).contains(t.missedLabel()));
        assertThat(find(Chart.class, view.comparison).single().getOptions().orElseThrow().chart().type())
                .isEqualTo(ChartOptions.Type.BAR);

        view.unit.setValue(view.unit.getLazyDataView().getItems()
                .filter(u -> u.name().equals("Phường Trường Xuân (cũ)")).findFirst().orElseThrow());

        List<IndicatorRow> ward = dashboard.overview("2020-2025", view.unit.getValue().id()).rows();
        assertThat(view.headline.getText()).startsWith(Tally.of(ward).headline(false));
        assertThat(view.comparison.isVisible()).isFalse();
    }

    @Test
    void an_indicator_opens_on_its_own_page_with_its_history_and_verdict_in_words() {
        DashboardView view = navigate(DashboardView.class);
        IndicatorRow second = dashboard.overview("2025-2030", tamKy(view)).rows().stream()
                .filter(r -> r.numberLabel().equals("(2)")).findFirst().orElseThrow();

        IndicatorView page = navigate(IndicatorView.class, java.util.Map.of(IndicatorView.ID,
                Long.toString(second.indicatorId())));

        String text = page.getElement().getTextRecursively();
        assertThat(text).contains("Tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ", "trên 95%", "Cách đánh giá:",
                "Dự báo đến cuối nhiệm kỳ:", "Nguy cơ không đạt", "Lịch sử số liệu", "Năm 2026", "95,5%", "Ước tính",
                "Năm 2025", "96,2%", "Chính thức", "Lần 1", "Số liệu minh họa");
        assertThat(find(Div.class, page).withClassName("history-figure").all()).hasSize(2);
        var back = find(com.vaadin.flow.router.RouterLink.class, page).withClassName("back").single();
        assertThat(back.getHref()).isEqualTo("?nhiem-ky=2025-2030&don-vi=tam-ky");
        assertThat(find(Chart.class, page).single().getOptions().orElseThrow().series()).hasSize(1);
    }
}
