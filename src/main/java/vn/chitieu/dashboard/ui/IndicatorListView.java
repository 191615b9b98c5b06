package vn.chitieu.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.chitieu.base.ui.NativeChoice;
import vn.chitieu.base.ui.RefreshAfterAddress;
import vn.chitieu.dashboard.DashboardService;
import vn.chitieu.dashboard.DashboardService.UnitChoice;
import vn.chitieu.dashboard.IndicatorRow;
import vn.chitieu.dashboard.Tally;
import vn.chitieu.evaluation.Verdict;
import vn.chitieu.indicator.IndicatorService;
import vn.chitieu.indicator.Sector;
import vn.chitieu.indicator.Term;

/**
 * The indicators of a term, grouped by sector, with the target as written, the latest figure and where it comes
 * from. Cards rather than a wide grid so it reads the same on a wall screen and on a phone.
 */
@Route("chi-tieu")
@PageTitle("Danh sách chỉ tiêu · Chỉ tiêu")
@Menu(order = 1, icon = "vaadin:list", title = "Danh sách chỉ tiêu")
@PermitAll
class IndicatorListView extends VerticalLayout implements BeforeEnterObserver {

    static final String TERM_PARAMETER = "nhiem-ky";
    static final String UNIT_PARAMETER = "don-vi";

    private final DashboardService dashboard;
    /** A native select, as on the dashboard. */
    final NativeChoice<Term> term = new NativeChoice<>("Nhiệm kỳ", Term::code, Term::code);
    final UnitChoicePicker unit;
    final Div sectors = new Div();
    final Span summary = new Span();
    final Div notice = Address.notice();
    /** The address this view last wrote, as the browser shows it. */
    @Nullable String address;
    /** Held while the view opens: the list is judged once, for what the address asks. */
    private final RefreshAfterAddress refreshing = new RefreshAfterAddress(this::refresh);

    IndicatorListView(DashboardService dashboard, IndicatorService indicators) {
        this.dashboard = dashboard;
        this.unit = new UnitChoicePicker(dashboard);
        addClassName("indicator-list");
        setWidthFull();

        List<Term> terms = indicators.terms();
        term.setItems(terms);

        var filters = new FlexLayout(term, unit);
        filters.addClassName("filters");
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(FlexComponent.Alignment.END);
        summary.addClassName("summary");
        sectors.addClassName("sectors");
        add(new H1("Danh sách chỉ tiêu"), notice, filters, summary, sectors);

        term.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() == null) {
                term.setValue(e.getOldValue()); // no such term offered: the list always shows some term
                return;
            }
            // one unit at a time (with its former units), opening on the person's own; while the screen opens, the
            // address's unit is looked up with the term (Address.choose)
            if (e.getValue() != null && !refreshing.opening()) {
                unit.showTerm(e.getValue().code());
            }
        });
        unit.addValueChangeListener(e -> {
            if (e.getValue() == null && e.isFromClient()) {
                return; // emptied by the person: the picker puts the unit back
            }
            refreshing.request();
            if (e.isFromClient()) {
                notice.setVisible(false);
                updateUrl();
            }
        });
        // open on the running term: it is the one leadership watches
        terms.stream().filter(Term::isOpen).findFirst().or(() -> terms.stream().findFirst()).ifPresent(term::setValue);
    }

    /** Opens the term and unit named in the address, so a leader can bookmark or share exactly this view. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        List<String> problems = new ArrayList<>();
        refreshing.open(() -> problems.addAll(Address.choose(query, term, unit)));
        if (!problems.isEmpty()) {
            notice.setText(String.join(" ", problems));
            notice.setVisible(true);
            updateUrl();
        }
    }

    private void updateUrl() {
        Term selected = term.getValue();
        UnitChoice chosen = unit.getValue();
        if (selected == null) {
            return;
        }
        Map<String, String> parameters = new java.util.LinkedHashMap<>();
        parameters.put(TERM_PARAMETER, selected.code());
        if (chosen != null) {
            parameters.put(UNIT_PARAMETER, chosen.code());
        }
        address = Address.replace(this, "chi-tieu", parameters);
    }

    private void refresh() {
        Term selected = term.getValue();
        UnitChoice chosen = unit.getValue();
        sectors.removeAll();
        if (selected == null || chosen == null) {
            return;
        }
        List<IndicatorRow> rows = dashboard.indicatorList(selected.code(), chosen.id());
        Map<Sector, List<IndicatorRow>> bySector = new EnumMap<>(Sector.class);
        rows.forEach(row -> bySector.computeIfAbsent(row.sector(), s -> new ArrayList<>()).add(row));
        summary.setText(Tally.of(rows).headline(selected.isOpen()) + " · " + selected.label()
                + (selected.isOpen() ? " (đang thực hiện)" : " (đã kết thúc)"));
        for (Sector sector : Sector.values()) {
            sectors.add(sectorSection(sector, bySector.getOrDefault(sector, List.of()), selected.isOpen(),
                    chosen.code()));
        }
    }

    private static Component sectorSection(Sector sector, List<IndicatorRow> rows, boolean openTerm,
                                           String unitCode) {
        var section = new Div();
        section.addClassName("sector");
        section.getElement().setAttribute("data-sector", sector.name());
        var heading = new H2(sector.label());
        var count = new Span(rows.size() + " chỉ tiêu");
        count.addClassName("sector-count");
        heading.add(count);
        section.add(heading);
        if (rows.isEmpty()) {
            section.add(new Paragraph("Chưa có chỉ tiêu nào trong lĩnh vực này."));
        }
        rows.forEach(row -> section.add(indicatorCard(row, openTerm, unitCode)));
        return section;
    }

    private static Component indicatorCard(IndicatorRow row, boolean openTerm, String unitCode) {
        var card = new Div();
        card.addClassName("indicator");
        card.getElement().setAttribute("data-indicator", Long.toString(row.indicatorId()));

        var name = new Div();
        name.addClassName("indicator-name");
        if (!row.numberLabel().isEmpty()) {
            var number = new Span(row.numberLabel());
            number.addClassName("indicator-number");
            name.add(number);
        }
        name.add(IndicatorView.link(row.name(), row.indicatorId(), unitCode));
        var meta = new Div(new Span(row.unitName()));
        meta.addClassName("indicator-meta");
        if (row.sharedBy() != null) {
            meta.add(new Span(row.sharedLabel()));
        }
        if (row.measure() != null) {
            meta.add(new Span("ĐVT: " + row.measure()));
        }

        var figures = new Div(
                figure("Mục tiêu", row.targetText(), "—", "target"),
                figure("Kết quả mới nhất", latest(row), "Chưa có", "latest"));
        figures.addClassName("indicator-figures");
        var source = new Div(new Span("Nguồn: " + (row.source().isEmpty() ? "—" : row.source())));
        source.addClassName("indicator-source");
        if (row.latestLocked()) {
            figures.add(Marks.locked());
        }
        var verdict = new Div(Marks.badge(row.assessment(), openTerm));
        verdict.addClassName("indicator-verdict");
        var why = new Span(openTerm && row.assessment().projection() != null
                ? row.assessment().projection().explanation() : row.assessment().evaluation().explanation());
        why.addClassName("verdict-explanation");
        verdict.add(why);
        card.add(name, meta, figures, verdict, source);
        return card;
    }

    private static @Nullable String latest(IndicatorRow row) {
        if (!row.hasValue()) {
            return null;
        }
        return row.latestValue() + " · " + row.latestPeriod() + (row.latestIsEstimate() ? " · ước tính" : "");
    }

    private static Component figure(String label, @Nullable String value, String whenEmpty, String kind) {
        var caption = new Span(label);
        caption.addClassName("figure-label");
        var text = new Span(value == null || value.isBlank() ? whenEmpty : value);
        text.addClassName("figure-value");
        if (value == null || value.isBlank()) {
            text.addClassName("empty");
        }
        var figure = new Div(caption, text);
        figure.addClassName("figure");
        figure.addClassName(kind);
        return figure;
    }
}
