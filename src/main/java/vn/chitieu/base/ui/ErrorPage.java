package vn.chitieu.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * What the three error pages share, inside the app's frame: what happened in Vietnamese, a way back (the previous
 * page, the dashboard), and the incident id that is also in the server's log next to the details. Never the
 * exception's text.
 */
abstract class ErrorPage extends VerticalLayout implements HasDynamicTitle {

    final H1 title = new H1();
    final Paragraph explanation = new Paragraph();
    final Span incident = new Span();
    private String pageTitle = "Lỗi · Chỉ tiêu";

    ErrorPage() {
        addClassName("error-page");
        incident.addClassName("incident-id");
        var back = new Button("Quay lại trang trước", VaadinIcon.ARROW_BACKWARD.create(),
                e -> UI.getCurrent().getPage().getHistory().back());
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var home = new Anchor("", "Về trang Tổng quan");
        home.addClassName("error-home");
        var ways = new HorizontalLayout(back, home);
        ways.setAlignItems(Alignment.CENTER);
        add(title, explanation, new Paragraph(incident), ways);
    }

    void show(String heading, String text, String incidentId) {
        title.setText(heading);
        explanation.setText(text);
        incident.setText("Mã sự cố: " + incidentId + " (báo mã này cho quản trị viên nếu cần hỗ trợ)");
        getElement().setAttribute("data-incident", incidentId);
        pageTitle = heading + " · Chỉ tiêu";
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }
}
