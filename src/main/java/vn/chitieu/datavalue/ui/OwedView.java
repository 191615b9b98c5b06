package vn.chitieu.datavalue.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.util.List;
import vn.chitieu.datavalue.EntryService;
import vn.chitieu.datavalue.OwedPeriod;

/**
 * "Việc của tôi", the start page of staff: every ended reporting period that still lacks figures from their units,
 * with its deadline and how late it is, each one click away from the entry sheet at that unit and period.
 */
@Route(OwedView.ROUTE)
@PageTitle("Việc của tôi · Chỉ tiêu")
@Menu(order = -1, icon = "vaadin:tasks", title = "Việc của tôi")
@RolesAllowed({"CAN_BO", "QUAN_TRI"})
class OwedView extends VerticalLayout {

    static final String ROUTE = "viec-cua-toi";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    final Paragraph summary = new Paragraph();
    final Div list = new Div();
    final List<OwedPeriod> owed;

    OwedView(EntryService entries) {
        addClassName("owed-view");
        setWidthFull();
        owed = entries.owed();
        long overdue = owed.stream().filter(OwedPeriod::overdue).count();
        summary.addClassName("owed-summary");
        summary.setText(owed.isEmpty() ? "Không còn kỳ báo cáo nào thiếu số liệu. Cảm ơn anh/chị!"
                : owed.size() + " kỳ báo cáo còn thiếu số liệu" + (overdue == 0 ? "" : ", " + overdue + " kỳ đã quá hạn")
                + ". Bấm vào một kỳ để nhập.");
        list.addClassName("owed-list");
        owed.forEach(o -> list.add(card(o)));
        add(new H1("Việc của tôi"), summary, list);
    }

    private static Component card(OwedPeriod o) {
        var title = new Span(o.period().label() + " · " + o.unitName());
        title.addClassName("owed-title");
        var done = new Span("Đã nhập " + o.entered() + "/" + o.expected() + " chỉ tiêu · còn thiếu " + o.missing());
        var deadline = new Span("Hạn nộp " + DAY.format(o.deadline()));
        deadline.addClassName("owed-deadline");
        var card = new Div(title, done, deadline);
        if (o.overdue()) {
            // words and an icon as well as the colour, never the colour alone
            var late = new Span(VaadinIcon.EXCLAMATION_CIRCLE.create(), new Span("Quá hạn"));
            late.addClassName("owed-overdue");
            card.add(late);
        }
        var open = new Anchor(EntryView.location(o.unitCode(), o.period()), "Nhập số liệu " + o.period().label());
        open.addClassName("owed-open");
        card.add(open);
        card.addClassName("owed-card");
        card.getElement().setAttribute("data-overdue", o.overdue());
        return card;
    }
}
