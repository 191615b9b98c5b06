package vn.chitieu.dashboard.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.chitieu.base.ui.Glyph;
import vn.chitieu.base.ui.NativeChoice;
import vn.chitieu.base.ui.PlainButton;
import vn.chitieu.base.ui.RefreshAfterAddress;
import vn.chitieu.base.ui.chart.Chart;
import vn.chitieu.dashboard.DashboardService;
import vn.chitieu.dashboard.DashboardService.Overview;
import vn.chitieu.dashboard.DashboardService.UnitChoice;
import vn.chitieu.dashboard.LiveUpdates;
import vn.chitieu.datavalue.Period;
import vn.chitieu.indicator.IndicatorService;
import vn.chitieu.indicator.Sector;
import vn.chitieu.indicator.Term;
import vn.chitieu.security.CurrentUser;
import vn.chitieu.security.Roles;

/**
 * What a Bí thư opens every Monday: for a term and a unit, the counts in one line, a card per sector with a badge per
 * indicator and its trend chart, and for a closed term the merged ward beside its former wards. It follows every
 * save and import live.
 */
@Route("")
@RouteAlias("tong-quan")
@PageTitle("Tổng quan · Chỉ tiêu")
@Menu(order = 0, icon = "vaadin:dashboard", title = "Tổng quan")
@PermitAll
class DashboardView extends Div implements BeforeEnterObserver {

    static final String TERM_PARAMETER = "nhiem-ky";
    static final String UNIT_PARAMETER = "don-vi";
    static final String PERIOD_PARAMETER = "ky";
    static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("HH:mm");
    static final DateTimeFormatter PRINT_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final DashboardService dashboard;
    private final LiveUpdates live;
    private final Clock clock;
    /**
     * Native selects for the term and the period: Vaadin's select scrolls its chosen item into view when given a value
     * (the page laid out once more while it opens), and a combo box was the browser's largest cost in opening the
     * dashboard (docs/quy-mo-quoc-gia.md).
     */
    final NativeChoice<Term> term = new NativeChoice<>("Nhiệm kỳ", Term::code, Term::code);
    final UnitChoicePicker unit;
    final NativeChoice<Period> period = new NativeChoice<>("Số liệu đến kỳ", Period::code, Period::label);
    final Div notice = Address.notice();
    final Span headline = new Span();
    final Span stamp = new Span();
    final Span printHeader = new Span();
    final Anchor wallScreen = new Anchor();
    final Div comparison = new Div();
    final Map<Sector, SectorCard> cards = new EnumMap<>(Sector.class);
    private @Nullable Runnable unregister;
    /** Held while the view opens: the overview is computed once, for what the address asks. */
    private final RefreshAfterAddress refreshing = new RefreshAfterAddress(this::refresh);
    /** The period the person chose (or the address named); null follows the latest period with figures. */
    private @Nullable Period picked;
    /** The periods the picker offers now. */
    private List<Period> shownPeriods = List.of();
    /** The address this view last wrote, as the browser shows it. */
    @Nullable String address;

    DashboardView(DashboardService dashboard, IndicatorService indicators, LiveUpdates live,
                  Clock clock) {
        this.dashboard = dashboard;
        this.live = live;
        this.clock = clock;
        this.unit = new UnitChoicePicker(dashboard);
        addClassName("dashboard");

        List<Term> terms = indicators.terms();
        term.setItems(terms);
        period.addClassName("period-picker");
        stamp.addClassName("stamp");
        var print = new PlainButton(VaadinIcon.PRINT, "In",
                e -> e.getSource().getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()")));
        wallScreen.add(new Glyph(VaadinIcon.DESKTOP), new Span("Trình chiếu"));
        wallScreen.addClassName("wall-link");
        var filters = new FlexLayout(term, unit, period, stamp, print, wallScreen);
        filters.addClassName("filters");
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(FlexComponent.Alignment.END);
        headline.addClassName("headline");
        printHeader.addClassName("print-header");
        comparison.addClassName("comparison");

        var grid = new Div();
        grid.addClassName("sector-grid");
        for (Sector sector : Sector.values()) {
            var card = new SectorCard(sector, false);
            cards.put(sector, card);
            grid.add(card);
        }
        add(new H1("Tổng quan thực hiện Nghị quyết"), printHeader, notice, filters, headline, grid, comparison);

        term.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() == null) {
                term.setValue(e.getOldValue()); // no such term offered: a dashboard always shows some term
                return;
            }
            // while the screen opens, the address's unit is looked up with the term (Address.choose)
            if (e.getValue() != null && !refreshing.opening()) {
                unit.showTerm(e.getValue().code());
            }
            if (e.isFromClient()) {
                picked = null;
                notice.setVisible(false);
                updateUrl();
            }
        });
        unit.addValueChangeListener(e -> {
            if (e.getValue() == null && e.isFromClient()) {
                return; // emptied by the person: the picker puts the unit back
            }
            if (e.isFromClient()) {
                // another unit has other periods: open it on its latest
                picked = null;
                notice.setVisible(false);
            }
            refreshing.request();
            if (e.isFromClient()) {
                updateUrl();
            }
        });
        period.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() == null) {
                period.setValue(e.getOldValue()); // no such period offered: a dashboard always shows some period
            } else if (e.isFromClient()) {
                picked = e.getValue();
                notice.setVisible(false);
                refresh();
                updateUrl();
            }
        });
        terms.stream().filter(Term::isOpen).findFirst().or(() -> terms.stream().findFirst()).ifPresent(term::setValue);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // the wall screen's account has one page
        if (CurrentUser.hasRole(Roles.TRINH_CHIEU)) {
            event.forwardTo(WallScreenView.class);
            return;
        }
        QueryParameters query = event.getLocation().getQueryParameters();
        List<String> problems = new java.util.ArrayList<>();
        refreshing.open(() -> {
            problems.addAll(Address.choose(query, term, unit));
            query.getSingleParameter(PERIOD_PARAMETER).ifPresent(code -> {
                try {
                    picked = Period.parse(code);
                } catch (IllegalArgumentException e) {
                    problems.add(Address.unknownPeriod(code));
                }
            });
        });
        if (!problems.isEmpty()) {
            notice.setText(String.join(" ", problems));
            notice.setVisible(true);
            updateUrl();
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        unregister = LiveRefresh.follow(event.getUI(), live, unit::unitId, this::refresh);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (unregister != null) {
            unregister.run();
            unregister = null;
        }
    }

    private Map<String, String> parameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (term.getValue() != null) {
            parameters.put(TERM_PARAMETER, term.getValue().code());
        }
        if (unit.getValue() != null) {
            parameters.put(UNIT_PARAMETER, unit.getValue().code());
        }
        if (picked != null) {
            parameters.put(PERIOD_PARAMETER, picked.code());
        }
        return parameters;
    }

    private void updateUrl() {
        address = Address.replace(this, "", parameters());
    }

    void refresh() {
        Term selected = term.getValue();
        UnitChoice chosen = unit.getValue();
        if (selected == null || chosen == null) {
            return;
        }
        Overview overview = dashboard.overview(selected.code(), chosen.id(), picked);
        showPeriods(overview);
        boolean open = selected.isOpen();
        headline.setText(overview.tally().headline(open) + asOfLabel());
        headline.getElement().setAttribute("data-open", Boolean.toString(open));
        var readAt = overview.readAt().atZone(clock.getZone());
        stamp.setText("Cập nhật lúc " + STAMP.format(readAt));
        printHeader.setText(chosen.name() + " · " + selected.label() + (open ? " (đang thực hiện)" : " (đã kết thúc)")
                + asOfLabel() + " · In lúc " + PRINT_DATE.format(readAt));
        wallScreen.setHref(new Location(WallScreenView.ROUTE, QueryParameters.simple(parameters()))
                .getPathWithQueryParameters());

        cards.forEach((sector, card) -> {
            card.ofUnit(chosen.code());
            card.show(overview.rowsOf(sector), overview.trendOf(sector), open);
        });
        showComparison(selected, chosen);
    }

    /**
     * The periods with figures, newest first, and the one shown: the person's choice, else the latest. A period the
     * address named that has no figures yet is offered too, so the picker always says what is shown.
     */
    private void showPeriods(Overview overview) {
        List<Period> periods = new java.util.ArrayList<>(overview.periods());
        if (picked != null && !periods.contains(picked)) {
            periods.add(picked);
            periods.sort(DashboardService.NEWEST_FIRST);
        }
        // the same periods after a live refresh: the picker keeps its items rather than sending them again
        if (!periods.equals(shownPeriods)) {
            period.setItems(periods);
            shownPeriods = List.copyOf(periods);
        }
        period.setVisible(!periods.isEmpty());
        period.setValue(picked != null ? picked : periods.isEmpty() ? null : periods.getFirst());
    }

    /** " · số liệu đến Quý III/2026": the period every figure on the screen was reported by. */
    private String asOfLabel() {
        return period.getValue() == null ? "" : " · số liệu đến " + period.getValue().label();
    }

    private void showComparison(Term selected, UnitChoice chosen) {
        comparison.removeAll();
        if (selected.isOpen()) {
            comparison.setVisible(false);
            return;
        }
        var found = dashboard.wardComparison(selected.code(), chosen.id());
        comparison.setVisible(found.isPresent());
        found.ifPresent(c -> {
            comparison.add(new H2("So sánh với các phường trước sáp nhập"),
                    new Chart(Charts.comparison(c)), ComparisonTable.of(c));
        });
    }
}
