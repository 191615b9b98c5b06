package vn.chitieu.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.internal.MockVaadin;
import com.vaadin.flow.component.Component;
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
    void a_refresh_with_one_changed_figure_replaces_that_line_only() {
        navigate(DashboardView.class);
        Overview overview = dashboard.overview("2025-2030", dashboard.unitsWithIndicators("2025-2030").stream()
                .filter(u -> u.code().equals("tam-ky")).findFirst().orElseThrow().id());
        Sector sector = overview.rows().stream().filter(IndicatorRow::hasValue).findFirst().orElseThrow().sector();
        List<IndicatorRow> rows = overview.rowsOf(sector);
        var card = new SectorCard(sector, false);
        UI.getCurrent().add(card);
        card.show(rows, overview.trendOf(sector), true);
        List<Component> before = lines(card);

        List<IndicatorRow> changed = new ArrayList<>(rows);
        IndicatorRow first = rows.getFirst();
        changed.set(0, first.withNumberLabel(first.numberLabel() + "a"));
        card.show(changed, overview.trendOf(sector), true);
        List<Component> after = lines(card);

        assertThat(after).hasSameSizeAs(before);
        assertThat(after.getFirst()).isNotSameAs(before.getFirst());
        assertThat(after.subList(1, after.size())).containsExactlyElementsOf(before.subList(1, before.size()));
        assertThat(((SectorLine) after.getFirst()).number()).isEqualTo(first.numberLabel() + "a");

        card.show(changed, overview.trendOf(sector), true);
        assertThat(lines(card)).containsExactlyElementsOf(after);
    }

    private List<Component> lines(SectorCard card) {
        return find(SectorLine.class, card).all().stream().map(Component.class::cast).toList();
    }
}
