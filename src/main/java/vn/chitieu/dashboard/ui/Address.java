package vn.chitieu.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.chitieu.base.ui.NativeChoice;
import vn.chitieu.indicator.Term;

/**
 * The address bar says what the screen shows. An address naming a unit or term the person may not see, or that does
 * not exist, is answered with a short sentence and rewritten to what is shown, never silently shown as something else.
 */
final class Address {

    private Address() {
    }

    /** The line above the screen that says the address was corrected; hidden until there is something to say. */
    static Div notice() {
        var notice = new Div();
        notice.addClassName("address-notice");
        notice.getElement().setAttribute("role", "status");
        notice.setVisible(false);
        return notice;
    }

    /**
     * Selects the term and unit the address names ({@code nhiem-ky}, {@code don-vi}), else the screen's default term
     * and the person's unit; returns a sentence for each it names that is not among the choices, saying what is shown
     * instead.
     */
    static List<String> choose(QueryParameters query, NativeChoice<Term> term, UnitChoicePicker unit) {
        List<String> problems = new ArrayList<>();
        query.getSingleParameter(DashboardView.TERM_PARAMETER).ifPresent(code -> term.getItems().stream()
                .filter(t -> t.code().equals(code)).findFirst().ifPresentOrElse(term::setValue,
                        () -> problems.add(unknownTerm(code, term.getValue() == null ? "—"
                                : term.getValue().code()))));
        // the unit once the term is known, in one call (the term's listener leaves it to this while the screen opens)
        String code = query.getSingleParameter(DashboardView.UNIT_PARAMETER).orElse(null);
        if (term.getValue() != null && !unit.showTerm(term.getValue().code(), code)) {
            problems.add(unknownUnit(code, unit.getValue() == null ? "—" : unit.getValue().name()));
        }
        return problems;
    }

    static String unknownUnit(String code, String shown) {
        return "Không có đơn vị “" + code + "” hoặc bạn không được xem đơn vị đó. Đang hiện " + shown + ".";
    }

    static String unknownTerm(String code, String shown) {
        return "Không có nhiệm kỳ “" + code + "”. Đang hiện nhiệm kỳ " + shown + ".";
    }

    static String unknownPeriod(String code) {
        return "Kỳ “" + code + "” không đúng dạng (ví dụ 2026-Q3, 2026-6T, 2026). Đang hiện số liệu mới nhất.";
    }

    /**
     * Replaces the address without a new history entry. Run at the end of the round trip, so it comes after the
     * router's own update of the address when the person navigated here.
     */
    static String replace(Component view, String route, Map<String, String> parameters) {
        String address = new Location(route, QueryParameters.simple(parameters)).getPathWithQueryParameters();
        UI ui = view.getUI().orElseGet(UI::getCurrent);
        if (ui != null) {
            ui.beforeClientResponse(ui, context -> ui.getPage().getHistory().replaceState(null, address));
        }
        return address;
    }
}
