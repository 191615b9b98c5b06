package vn.chitieu.dashboard.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.chitieu.dashboard.DashboardService;
import vn.chitieu.dashboard.DashboardService.Overview;
import vn.chitieu.dashboard.DashboardService.UnitChoice;
import vn.chitieu.dashboard.LiveUpdates;
import vn.chitieu.datavalue.Period;
import vn.chitieu.indicator.IndicatorService;
import vn.chitieu.indicator.Sector;
import vn.chitieu.indicator.Term;

/**
 * The wall screen of the ward office: no menu and no controls, large type, one sector at a time, the next every
 * {@code giay} seconds (default {@value #DEFAULT_SECONDS}), live like the dashboard. Opened by the read-only
 * TRINH_CHIEU account, whose session the push connection and heartbeats keep alive.
 */
@Route(value = WallScreenView.ROUTE, autoLayout = false)
@PageTitle("Trình chiếu · Chỉ tiêu")
@PermitAll
class WallScreenView extends Div implements BeforeEnterObserver {

    static final String ROUTE = "trinh-chieu";
    static final String SECONDS_PARAMETER = "giay";
    static final int DEFAULT_SECONDS = 20;

    private final DashboardService dashboard;
    private final IndicatorService indicators;
    private final LiveUpdates live;
    private final Clock clock;
    final Span title = new Span();
    final Span headline = new Span();
    final Span stamp = new Span();
    final Span position = new Span();
    final SectorCard card;
    private @Nullable Term term;
    private @Nullable UnitChoice unit;
    private @Nullable Period asOf;
    private int seconds = DEFAULT_SECONDS;
    int shown;
    private @Nullable Overview overview;
    private @Nullable Runnable unregister;
    private @Nullable Registration poll;

    WallScreenView(DashboardService dashboard, IndicatorService indicators, LiveUpdates live,
                   Clock clock) {
        this.dashboard = dashboard;
        this.indicators = indicators;
        this.live = live;
        this.clock = clock;
        addClassName("wall-screen");
        title.addClassName("wall-title");
        headline.addClassName("wall-headline");
        stamp.addClassName("stamp");
        position.addClassName("wall-position");
        card = new SectorCard(Sector.values()[0], true);
        var top = new Div(title, stamp);
        top.addClassName("wall-top");
        var bottom = new Div(headline, position);
        bottom.addClassName("wall-bottom");
        add(top, card, bottom);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        List<Term> terms = indicators.terms();
        term = query.getSingleParameter(DashboardView.TERM_PARAMETER)
                .flatMap(code -> terms.stream().filter(t -> t.code().equals(code)).findFirst())
                .or(() -> terms.stream().filter(Term::isOpen).findFirst())
                .or(() -> terms.stream().findFirst()).orElse(null);
        if (term == null) {
            return;
        }
        String code = term.code();
        // the unit the address names, else the account's own: one unit looked up, not every unit it may read
        unit = dashboard.unitShown(code, query.getSingleParameter(DashboardView.UNIT_PARAMETER).orElse(null), null)
                .unit();
        asOf = query.getSingleParameter(DashboardView.PERIOD_PARAMETER).flatMap(WallScreenView::period).orElse(null);
        seconds = query.getSingleParameter(SECONDS_PARAMETER).flatMap(WallScreenView::seconds).orElse(DEFAULT_SECONDS);
        refresh();
    }

    private static java.util.Optional<Period> period(String code) {
        try {
            return java.util.Optional.of(Period.parse(code));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    private static java.util.Optional<Integer> seconds(String text) {
        try {
            int value = Integer.parseInt(text.strip());
            return java.util.Optional.of(Math.max(5, Math.min(600, value)));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        ui.setPollInterval(seconds * 1000);
        poll = ui.addPollListener(e -> next());
        unregister = LiveRefresh.follow(ui, live, () -> unit == null ? null : unit.id(), this::refresh);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().setPollInterval(-1);
        if (poll != null) {
            poll.remove();
        }
        if (unregister != null) {
            unregister.run();
        }
    }

    /** The next sector, round the five. */
    void next() {
        shown = (shown + 1) % Sector.values().length;
        showSector();
    }

    void refresh() {
        if (term == null || unit == null) {
            title.setText("Chưa có nhiệm kỳ hay đơn vị nào để trình chiếu");
            return;
        }
        overview = dashboard.overview(term.code(), unit.id(), asOf);
        title.setText(unit.name() + " · Nhiệm kỳ " + term.code());
        Period shownPeriod = asOf != null ? asOf : overview.periods().stream().findFirst().orElse(null);
        headline.setText(overview.tally().headline(term.isOpen())
                + (shownPeriod == null ? "" : " · số liệu đến " + shownPeriod.label()));
        stamp.setText("Cập nhật lúc " + DashboardView.STAMP.format(overview.readAt().atZone(clock.getZone())));
        showSector();
    }

    private void showSector() {
        if (overview == null || term == null) {
            return;
        }
        Sector sector = Sector.values()[shown];
        card.show(sector, overview.rowsOf(sector), overview.trendOf(sector), term.isOpen());
        position.setText("Lĩnh vực " + (shown + 1) + "/" + Sector.values().length + " · chuyển sau " + seconds + " giây");
    }
}
