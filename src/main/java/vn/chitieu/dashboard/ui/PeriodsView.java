package vn.chitieu.dashboard.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.Grid.Column;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.chitieu.dashboard.DashboardService;
import vn.chitieu.dashboard.DashboardService.UnitChoice;
import vn.chitieu.dashboard.PeriodStatus;
import vn.chitieu.datavalue.DataValueService;
import vn.chitieu.indicator.IndicatorService;
import vn.chitieu.indicator.Term;

/**
 * Leadership's view of the reporting periods of a unit: how complete each one is, what is still missing, which are
 * overdue, and closing a period once reviewed, after a confirmation that says what is still missing (reopening needs
 * a reason and runs out by itself). On a phone the columns fold into one, so nothing is squeezed to a word a line.
 */
@Route("ky-bao-cao")
@PageTitle("Kỳ báo cáo · Chỉ tiêu")
@Menu(order = 4, icon = "vaadin:calendar-clock", title = "Kỳ báo cáo")
@RolesAllowed({"LANH_DAO", "QUAN_TRI"})
class PeriodsView extends VerticalLayout {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private final DashboardService dashboard;
    private final DataValueService values;
    private final boolean leader;
    private final @Nullable Term term;
    final UnitChoicePicker unit;
    final Select<Integer> year = new Select<>();
    final Grid<PeriodStatus> grid = new Grid<>();
    /** The wide layout's columns, and the one column that replaces them on a phone. */
    private final List<Column<PeriodStatus>> wide = new java.util.ArrayList<>();
    private final Column<PeriodStatus> compact;

    PeriodsView(DashboardService dashboard, DataValueService values, IndicatorService indicators,
                AuthenticationContext authentication) {
        this.dashboard = dashboard;
        this.values = values;
        this.leader = authentication.hasRole("LANH_DAO");
        this.term = indicators.openTerm().orElse(null);
        this.unit = new UnitChoicePicker(dashboard);
        addClassName("periods-view");
        setWidthFull();

        year.setLabel("Năm");
        if (term != null) {
            // the person's own unit first, whichever unit sorts first
            unit.showTerm(term.code());
            year.setItems(term.years());
            year.setValue(term.yearNearest(java.time.Clock.system(ZoneId.of("Asia/Ho_Chi_Minh"))));
        }
        unit.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                refresh();
            }
        });
        year.addValueChangeListener(e -> refresh());

        wide.add(grid.addColumn(s -> s.period().label()).setHeader("Kỳ").setAutoWidth(true).setFlexGrow(0));
        wide.add(grid.addComponentColumn(PeriodsView::completeness).setHeader("Đã nhập").setAutoWidth(true)
                .setFlexGrow(0));
        wide.add(grid.addComponentColumn(s -> missing(s, 4)).setHeader("Còn thiếu").setFlexGrow(3));
        wide.add(grid.addComponentColumn(PeriodsView::state).setHeader("Trạng thái").setFlexGrow(2));
        if (leader) {
            wide.add(grid.addComponentColumn(this::actions).setHeader("").setAutoWidth(true).setFlexGrow(0));
        }
        compact = grid.addComponentColumn(this::compactCell).setHeader("Kỳ · đã nhập · trạng thái");
        compact.setVisible(false);
        grid.setPartNameGenerator(s -> s.overdue() ? "overdue" : null);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);

        var filters = new FlexLayout(unit, year);
        filters.addClassName("filters");
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(FlexComponent.Alignment.END);
        add(new H1("Kỳ báo cáo"), filters, grid);
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        var page = event.getUI().getPage();
        page.retrieveExtendedClientDetails(details -> narrow(details.getWindowInnerWidth() < PHONE_WIDTH));
        page.addBrowserWindowResizeListener(resize -> narrow(resize.getWidth() < PHONE_WIDTH));
    }

    private static final int PHONE_WIDTH = 640;

    /** On a phone one column holds everything a row says, stacked; on a wider screen each has its column. */
    void narrow(boolean phone) {
        wide.forEach(column -> column.setVisible(!phone));
        compact.setVisible(phone);
    }

    private Component compactCell(PeriodStatus s) {
        var label = new Span(s.period().label());
        label.addClassName("period-label");
        var head = new Div(label, completeness(s));
        head.addClassName("period-head");
        var cell = new Div(head, state(s), missing(s, 2));
        if (leader) {
            cell.add(actions(s));
        }
        cell.addClassName("period-compact");
        return cell;
    }

    void refresh() {
        UnitChoice u = unit.getValue();
        Integer y = year.getValue();
        grid.setItems(term == null || u == null || y == null ? List.of() : dashboard.periods(term.code(), u.id(), y));
    }

    private static Component completeness(PeriodStatus s) {
        var text = new Span(s.entered() + "/" + s.expected() + " (" + s.percent() + "%)");
        text.addClassName(s.percent() == 100 ? "complete" : "incomplete");
        return text;
    }

    private static Component missing(PeriodStatus s, int shown) {
        if (s.missing().isEmpty()) {
            return new Span("—");
        }
        var box = new Div();
        if (s.overdue()) {
            var late = new Span("Quá hạn nộp số liệu · ");
            late.addClassName("overdue-label");
            box.add(late);
        }
        box.add(new Span(firstOf(s.missing(), shown)));
        return box;
    }

    /** "(1) …; (2) …; và 9 chỉ tiêu khác". */
    private static String firstOf(List<String> missing, int shown) {
        return String.join("; ", missing.stream().limit(shown).toList())
                + (missing.size() > shown ? "; và " + (missing.size() - shown) + " chỉ tiêu khác" : "");
    }

    private static Component state(PeriodStatus s) {
        if (s.reopenUntil() != null) {
            return stateLine(VaadinIcon.UNLOCK, "Đang mở lại đến " + TIME.format(s.reopenUntil()), "reopened");
        }
        if (s.closed()) {
            return stateLine(VaadinIcon.LOCK, "Đã khóa sổ · " + s.closedBy() + " · " + TIME.format(s.closedAt()),
                    "closed");
        }
        return stateLine(VaadinIcon.EDIT, "Đang nhập", "open");
    }

    private static Component stateLine(VaadinIcon icon, String text, String kind) {
        var line = new Span(icon.create(), new Span(text));
        line.addClassNames("period-state", kind);
        return line;
    }

    private Component actions(PeriodStatus s) {
        UnitChoice u = unit.getValue();
        if (s.closed() && s.reopenUntil() == null) {
            var reopen = new Button("Mở lại…", VaadinIcon.UNLOCK.create(), e -> askReopen(u, s));
            reopen.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            return reopen;
        }
        var close = new Button("Khóa sổ", VaadinIcon.LOCK.create(), e -> askClose(u, s));
        close.addThemeVariants(ButtonVariant.LUMO_SMALL);
        close.getElement().setAttribute("data-period", s.period().code());
        return close;
    }

    /** Closing is final for everyone but a reopening leader: say first how complete the period is. */
    ConfirmDialog askClose(UnitChoice u, PeriodStatus s) {
        String done = s.entered() + "/" + s.expected() + " chỉ tiêu đã nhập";
        var text = new Div(new Span(s.missing().isEmpty() ? done + ". Sau khi khóa sổ, không ai sửa được số liệu kỳ "
                + "này (kể cả qua nhập tệp và API) trừ khi mở lại có ghi lý do."
                : done + " — vẫn khóa sổ? Còn thiếu: " + firstOf(s.missing(), 6) + "."));
        ConfirmDialog ask = new ConfirmDialog();
        ask.setHeader("Khóa sổ " + s.period().label() + " · " + u.name());
        ask.setText(text);
        ask.setCancelable(true);
        ask.setCancelText("Chưa khóa");
        ask.setConfirmText(s.missing().isEmpty() ? "Khóa sổ" : "Vẫn khóa sổ");
        if (!s.missing().isEmpty()) {
            ask.setConfirmButtonTheme("error primary");
        }
        ask.addConfirmListener(e -> {
            values.lock(u.id(), s.period());
            Notification.show("Đã khóa sổ " + s.period().label() + " của " + u.name(), 4000,
                    Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            refresh();
        });
        ask.open();
        return ask;
    }

    private void askReopen(UnitChoice u, PeriodStatus s) {
        var reason = new TextArea("Lý do mở lại");
        reason.setWidthFull();
        reason.setRequired(true);
        reason.setHelperText("Ghi rõ số liệu nào cần sửa và vì sao; được lưu vào nhật ký");
        var hours = new IntegerField("Mở trong (giờ)");
        hours.setMin(1);
        hours.setMax(72);
        hours.setValue(24);
        hours.setStepButtonsVisible(true);
        var dialog = new Dialog("Mở lại " + s.period().label() + " · " + u.name());
        dialog.add(new VerticalLayout(reason, hours));
        var confirm = new Button("Mở lại", e -> {
            try {
                values.reopen(u.id(), s.period(), reason.getValue(), hours.getValue() == null ? 0 : hours.getValue());
                dialog.close();
                refresh();
            } catch (IllegalArgumentException | IllegalStateException error) {
                reason.setInvalid(true);
                reason.setErrorMessage(error.getMessage());
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Hủy", e -> dialog.close()), confirm);
        dialog.open();
    }
}
