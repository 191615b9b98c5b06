package vn.chitieu.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;
import vn.chitieu.base.ui.chart.Chart;
import vn.chitieu.dashboard.DashboardService;
import vn.chitieu.dashboard.IndicatorDetail;
import vn.chitieu.dashboard.IndicatorRow;

/**
 * One indicator in full: target and how it is read, yearly plans, the verdict and how it was reached, every figure
 * (estimate and official) with each version — who, when, old → new, why — and the same indicator in the former
 * wards, drawn side by side.
 */
@Route("chi-tieu/:" + IndicatorView.ID + "([0-9]+)")
@PermitAll
class IndicatorView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID = "id";
    static final String UNIT_PARAMETER = DashboardView.UNIT_PARAMETER;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final DashboardService dashboard;
    private final Clock clock;
    private String title = "Chỉ tiêu";
    @Nullable IndicatorDetail detail;
    /** The units to choose from when a shared indicator was asked for without one; null otherwise. */
    @Nullable UnitChoicePicker choice;

    IndicatorView(DashboardService dashboard, Clock clock) {
        this.dashboard = dashboard;
        this.clock = clock;
        addClassName("indicator-page");
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong(ID).orElse(-1L);
        String unitCode = event.getLocation().getQueryParameters().getSingleParameter(UNIT_PARAMETER).orElse(null);
        removeAll();
        choice = null;
        // a shared indicator is shown for one unit it is assigned to: the address's, else the person's own
        DashboardService.SharedIndicator shared = dashboard.sharedIndicator(id).orElse(null);
        Long unitId = shared == null || unitCode == null ? null
                : dashboard.unitChoice(shared.termCode(), unitCode).map(DashboardService.UnitChoice::id).orElse(null);
        try {
            detail = unitCode != null && shared != null && unitId == null ? null
                    : dashboard.indicatorDetail(id, unitId).orElse(null);
        } catch (org.springframework.security.access.AccessDeniedException forbidden) {
            detail = null;
        }
        if (detail == null && shared != null) {
            title = shared.name() + " · Chỉ tiêu";
            showChoice(shared, unitCode);
            return;
        }
        if (detail == null) {
            // the same words whether it does not exist or may not be seen: the page does not tell which ids exist
            title = "Không có chỉ tiêu này · Chỉ tiêu";
            var notice = Address.notice();
            notice.setText("Không có chỉ tiêu số " + id + ", hoặc bạn không được xem chỉ tiêu này.");
            notice.setVisible(true);
            add(new RouterLink("← Tổng quan", DashboardView.class), notice);
            return;
        }
        title = detail.row().title() + " · Chỉ tiêu";
        show(detail);
    }

    /**
     * A shared indicator asked for without a unit it is assigned to (an administrator with no unit, an address naming
     * another unit): each unit has its own figures and target, so the page says so and offers the units to choose.
     */
    private void showChoice(DashboardService.SharedIndicator shared, @Nullable String unitCode) {
        var heading = new H1(shared.name());
        var notice = Address.notice();
        String kind = shared.kind().label().toLowerCase(java.util.Locale.ROOT);
        notice.setText("Đây là chỉ tiêu chung, giao cho từng " + kind + "; mỗi đơn vị có số liệu và mục tiêu riêng. "
                + (unitCode == null ? "Chọn đơn vị để xem."
                : "Đơn vị \"" + unitCode + "\" không có chỉ tiêu này hoặc bạn không được xem: chọn đơn vị khác."));
        notice.setVisible(true);
        var picker = new UnitChoicePicker(dashboard);
        picker.addClassName("shared-unit-choice");
        picker.showTerm(shared.termCode());
        picker.offer();
        picker.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                getUI().ifPresent(ui -> ui.navigate(IndicatorView.class,
                        new com.vaadin.flow.router.RouteParameters(ID, Long.toString(shared.id())),
                        forUnit(e.getValue().code())));
            }
        });
        choice = picker;
        add(new RouterLink("← Tổng quan", DashboardView.class), heading, notice, picker);
    }

    /** The address part that shows a shared indicator for this unit ({@code ?don-vi=}). */
    static com.vaadin.flow.router.QueryParameters forUnit(String unitCode) {
        return com.vaadin.flow.router.QueryParameters.of(UNIT_PARAMETER, unitCode);
    }

    /** An indicator's page, for the unit with this code ({@code ?don-vi=}) when one is given. */
    static String address(long indicatorId, @Nullable String unitCode) {
        String page = RouteConfiguration.forApplicationScope().getUrl(IndicatorView.class,
                new com.vaadin.flow.router.RouteParameters(ID, Long.toString(indicatorId)));
        return unitCode == null ? page : new Location(page, forUnit(unitCode)).getPathWithQueryParameters();
    }

    /**
     * A link to an indicator's page as a unit's screen shows it: with the unit in the address, so a shared indicator
     * opens with that unit's figures and target whoever follows it.
     */
    static RouterLink link(String text, long indicatorId, String unitCode) {
        var link = new RouterLink(text, IndicatorView.class,
                new com.vaadin.flow.router.RouteParameters(ID, Long.toString(indicatorId)));
        link.setQueryParameters(forUnit(unitCode));
        return link;
    }

    private void show(IndicatorDetail d) {
        IndicatorRow row = d.row();
        var back = new RouterLink("← Tổng quan", DashboardView.class);
        var dashboardOf = new java.util.LinkedHashMap<String, String>();
        dashboardOf.put(DashboardView.TERM_PARAMETER, d.termCode());
        dashboardOf.put(DashboardView.UNIT_PARAMETER, d.unitCode());
        back.setQueryParameters(com.vaadin.flow.router.QueryParameters.simple(dashboardOf));
        back.addClassName("back");
        var heading = new H1(row.title());
        var meta = new Paragraph(row.unitName() + " · Nhiệm kỳ " + d.termCode() + " · " + row.sector().label()
                + (row.measure() == null ? "" : " · ĐVT: " + row.measure())
                + (d.responsible() == null ? "" : " · Phụ trách: " + d.responsible()));
        meta.addClassName("meta");

        var verdict = new Div(Marks.badge(row.assessment(), d.openTerm()));
        verdict.addClassName("verdict-block");
        verdict.add(new Paragraph("Cách đánh giá: " + row.assessment().evaluation().explanation()));
        if (d.openTerm() && row.assessment().projection() != null) {
            verdict.add(new Paragraph("Dự báo đến cuối nhiệm kỳ: " + row.assessment().projection().explanation()));
        }

        var target = new Div(fact("Mục tiêu (nguyên văn)", row.targetText() == null ? "Không có mục tiêu" : row.targetText()),
                fact("Cách hiểu của hệ thống", d.targetReading() == null ? "—" : d.targetReading()),
                fact("Kết quả mới nhất", row.hasValue() ? row.latestValue() + " · " + row.latestPeriod()
                        + (row.latestIsEstimate() ? " · ước tính" : " · chính thức") : "Chưa có"),
                fact("Nguồn", row.source().isEmpty() ? "—" : row.source()));
        target.addClassName("facts");
        add(back, heading, meta, verdict, target);
        if (d.sourceQuote() != null) {
            var quote = new Paragraph("“" + d.sourceQuote() + "”");
            quote.addClassName("quote");
            add(quote);
        }

        add(new H2("Kế hoạch từng năm"));
        if (d.plans().isEmpty()) {
            add(new Paragraph("Chưa giao kế hoạch năm."));
        } else {
            var plans = new Div();
            plans.addClassName("plans");
            d.plans().forEach(p -> plans.add(fact("Năm " + p.year(), p.text())));
            add(plans);
        }

        if (!d.periods().isEmpty() && d.units().stream().anyMatch(u -> u.values().stream().anyMatch(v -> v != null))) {
            add(new H2(d.units().size() > 1 ? "Số liệu của phường và các phường trước sáp nhập" : "Số liệu theo kỳ"),
                    new Chart(Charts.byUnit(d, "280px")));
        }

        add(new H2("Lịch sử số liệu"));
        if (d.history().isEmpty()) {
            add(new Paragraph("Chưa có số liệu nào."));
        }
        d.history().forEach(figure -> add(figure(figure)));
    }

    private Component figure(IndicatorDetail.Figure f) {
        var card = new Div();
        card.addClassName("history-figure");
        card.getElement().setAttribute("data-value", Long.toString(f.id()));
        var head = new Div(new Span(f.period()), new Span(f.valueText()),
                new Span(f.estimate() ? "Ước tính" : "Chính thức"));
        head.addClassName("history-head");
        if (f.locked()) {
            head.add(Marks.locked());
        }
        String fromDocument = f.documentValueBeforeCorrection();
        if (fromDocument != null) {
            var corrected = new Span("Đã đính chính · văn bản ghi: " + fromDocument);
            corrected.addClassName("corrected");
            head.add(corrected);
        }
        card.add(head);
        if (f.note() != null) {
            card.add(new Paragraph("Ghi chú: " + f.note()));
        }
        if (f.reason() != null) {
            card.add(new Paragraph("Nguyên nhân: " + f.reason()));
        }
        if (f.remedy() != null) {
            card.add(new Paragraph("Giải pháp: " + f.remedy()));
        }
        if (!f.source().isEmpty()) {
            var source = new Paragraph("Nguồn: " + f.source());
            source.addClassName("source");
            card.add(source);
        }
        Element list = new Element("ol");
        list.getClassList().add("versions");
        String previous = null;
        for (IndicatorDetail.Change c : f.changes()) {
            Element item = new Element("li");
            String when = WHEN.format(c.savedAt().atZone(clock.getZone()));
            String change = previous == null ? "nhập " + c.valueText() : previous + " → " + c.valueText();
            String why = c.reason() != null ? " · nguyên nhân: " + c.reason() : c.note() != null ? " · ghi chú: " + c.note() : "";
            item.setText("Lần " + c.version() + " · " + when + " · " + c.savedByLabel() + " · " + change
                    + (c.estimate() ? " (ước tính)" : "") + why);
            list.appendChild(item);
            previous = c.valueText();
        }
        card.getElement().appendChild(list);
        return card;
    }

    private static Component fact(String label, String value) {
        var caption = new Span(label);
        caption.addClassName("figure-label");
        var text = new Span(value);
        text.addClassName("figure-value");
        var fact = new Div(caption, text);
        fact.addClassName("figure");
        return fact;
    }
}
