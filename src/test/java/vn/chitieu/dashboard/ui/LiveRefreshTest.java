package vn.chitieu.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.internal.MockVaadin;
import com.vaadin.flow.component.UI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;
import vn.chitieu.IntegrationTest;
import vn.chitieu.dashboard.DashboardService;
import vn.chitieu.dashboard.DashboardService.Overview;
import vn.chitieu.dashboard.IndicatorRow;
import vn.chitieu.evaluation.Assessment;
import vn.chitieu.indicator.Sector;

/** A live refresh changes only what changed, and a screen whose browser went is let go. */
@IntegrationTest
@Transactional
@WithMockUser(username = "lanhdao", roles = "LANH_DAO")
class LiveRefreshTest extends SpringBrowserlessTest {

    @Autowired
    DashboardService dashboard;

    @Test
    void a_screen_whose_browser_missed_three_heartbeats_is_gone_and_dropping_it_lets_the_view_go() {
        DashboardView view = navigate(DashboardView.class);
        UI ui = UI.getCurrent();
        var screen = new LiveRefresh(ui, () -> view.unit.getValue().id(), () -> { });
        int heartbeat = ui.getSession().getConfiguration().getHeartbeatInterval();
        assertThat(screen.gone()).isFalse();

        ui.getInternals().setLastHeartbeatTimestamp(System.currentTimeMillis() - 3_000L * heartbeat + 5_000);
        assertThat(screen.gone()).as("two missed heartbeats and a bit").isFalse();
        ui.getInternals().setLastHeartbeatTimestamp(System.currentTimeMillis() - 3_000L * heartbeat - 1_000);
        assertThat(screen.gone()).isTrue();
        // the sweep asks from a thread of its own, without the session's lock
        assertThat(CompletableFuture.supplyAsync(screen::gone).join()).isTrue();

        screen.drop();
        MockVaadin.clientRoundtrip();
        assertThat(ui.isClosing()).isTrue();
        assertThat(view.isAttached()).isFalse();
        assertThat(screen.gone()).isTrue();
    }

    @Test
    void a_refresh_with_one_changed_figure_changes_that_line_and_keeps_the_others_and_the_same_rows_set_nothing_anew() {
        navigate(DashboardView.class);
        Overview overview = dashboard.overview("2025-2030", dashboard.unitsWithIndicators("2025-2030").stream()
                .filter(u -> u.code().equals("tam-ky")).findFirst().orElseThrow().id());
        Sector sector = overview.rows().stream().filter(IndicatorRow::hasValue).findFirst().orElseThrow().sector();
        List<IndicatorRow> rows = overview.rowsOf(sector);
        var card = new SectorCard(sector, false);
        UI.getCurrent().add(card);
        card.show(rows, overview.trendOf(sector), true);
        List<SectorLine> before = card.lines();

        List<IndicatorRow> changed = new ArrayList<>(rows);
        IndicatorRow first = rows.getFirst();
        changed.set(0, first.withNumberLabel(first.numberLabel() + "a"));
        card.show(changed, overview.trendOf(sector), true);
        List<SectorLine> after = card.lines();

        assertThat(after).hasSameSizeAs(before);
        assertThat(after.getFirst().number()).isEqualTo(first.numberLabel() + "a");
        assertThat(after.subList(1, after.size())).containsExactlyElementsOf(before.subList(1, before.size()));

        // the same rows again: the lines' property is left as it was, not set anew (the card sees they are the same)
        String sent = find(SectorLines.class, card).first().getElement().getProperty("lines");
        card.show(changed, overview.trendOf(sector), true);
        assertThat(find(SectorLines.class, card).first().getElement().getProperty("lines")).isSameAs(sent);
        assertThat(card.lines()).containsExactlyElementsOf(after);
    }

    @Test
    void a_card_says_its_sector_has_no_indicators_only_while_it_has_none() {
        navigate(DashboardView.class);
        Overview overview = dashboard.overview("2025-2030", dashboard.unitsWithIndicators("2025-2030").stream()
                .filter(u -> u.code().equals("tam-ky")).findFirst().orElseThrow().id());
        Sector sector = Sector.KINH_TE;
        var card = new SectorCard(sector, false);
        UI.getCurrent().add(card);

        card.show(overview.rowsOf(sector), overview.trendOf(sector), true);
        assertThat(card.getElement().getTextRecursively()).doesNotContain("Chưa có chỉ tiêu nào");
        assertThat(card.lines()).hasSameSizeAs(overview.rowsOf(sector)).isNotEmpty();

        card.show(List.of(), overview.trendOf(sector), true);
        assertThat(card.getElement().getTextRecursively()).contains("Chưa có chỉ tiêu nào trong lĩnh vực này.");
        assertThat(card.lines()).isEmpty();

        // a figure reported without a target is folded below the targets, and the fold goes when it does
        IndicatorRow r = overview.rowsOf(sector).getFirst();
        IndicatorRow figureOnly = new IndicatorRow(r.indicatorId() + 1_000_000, sector, "", "Số hộ kinh doanh", null,
                null, r.unitName(), "1.204", "Năm 2026", false, r.source(), Assessment.NONE, false, null);
        assertThat(figureOnly.isTarget()).as("no target, no verdict").isFalse();
        List<IndicatorRow> withFigure = new ArrayList<>(overview.rowsOf(sector));
        withFigure.add(figureOnly);
        card.show(withFigure, overview.trendOf(sector), true);
        assertThat(card.getElement().getTextRecursively()).contains("1 số liệu khác không có mục tiêu");
        assertThat(card.lines()).extracting(SectorLine::name).last().isEqualTo("Số hộ kinh doanh");
        assertThat(card.lines()).hasSameSizeAs(withFigure);

        card.show(overview.rowsOf(sector), overview.trendOf(sector), true);
        assertThat(card.getElement().getTextRecursively()).doesNotContain("Chưa có chỉ tiêu nào", "số liệu khác");
        assertThat(card.lines()).hasSameSizeAs(overview.rowsOf(sector));
    }

    @Test
    void lines_the_same_as_shown_are_not_set_anew_and_other_lines_are() {
        var lines = new SectorLines();
        List<SectorLine> shown = List.of(new SectorLine(1, "(1)", "Tỷ lệ <b>hộ</b> nghèo", "", "", "dưới 1%", "dưới 1%",
                "0,9%", "", "Năm 2026", false, "Dự kiến đạt", "arrow-up", "du-kien-dat", "Giảm đều"));
        lines.show(shown);
        String sent = lines.getElement().getProperty("lines");

        lines.show(List.copyOf(shown));
        assertThat(lines.getElement().getProperty("lines")).isSameAs(sent);
        assertThat(lines.lines()).containsExactlyElementsOf(shown);

        lines.show(List.of(shown.getFirst(), new SectorLine(2, "(2)", "Tỷ lệ BHYT", "", "", "trên 95%", "trên 95%", "",
                "", "", false, "Chưa đủ dữ liệu", "hourglass", "chua-du", "Chưa có số liệu")));
        assertThat(lines.getElement().getProperty("lines")).isNotEqualTo(sent);
        assertThat(lines.lines()).extracting(SectorLine::text).containsExactly(
                "(1)Tỷ lệ <b>hộ</b> nghèodưới 1%0,9%Năm 2026Dự kiến đạt",
                "(2)Tỷ lệ BHYTtrên 95%Chưa có số liệuChưa đủ dữ liệu");
    }
}
