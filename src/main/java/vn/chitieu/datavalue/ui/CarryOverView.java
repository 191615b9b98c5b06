package vn.chitieu.datavalue.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.chitieu.datavalue.CarryOverService;
import vn.chitieu.datavalue.CarryOverService.Line;
import vn.chitieu.datavalue.CarryOverService.Plan;
import vn.chitieu.indicator.IndicatorService;
import vn.chitieu.indicator.Term;
import vn.chitieu.orgunit.OrgUnitService;
import vn.chitieu.orgunit.ui.AssignableUnitPicker;
import vn.chitieu.security.UserService;

/**
 * The administrator starts a new term's catalogue from the previous term's: a preview of what is copied and which
 * baseline each indicator gets, then one all-or-nothing copy.
 */
@Route("chuyen-nhiem-ky")
@PageTitle("Chuyển danh mục sang nhiệm kỳ mới · Chỉ tiêu")
@Menu(order = 6, icon = "vaadin:copy", title = "Chuyển sang nhiệm kỳ mới")
@RolesAllowed("QUAN_TRI")
class CarryOverView extends VerticalLayout implements BeforeEnterObserver {

    private final CarryOverService carryOver;
    final Select<Term> from = new Select<>();
    final Select<Term> to = new Select<>();
    final AssignableUnitPicker unit;
    final Checkbox plainFigures = new Checkbox("Gồm cả các số liệu theo dõi không có mục tiêu");
    final Grid<Line> grid = new Grid<>();
    final Paragraph summary = new Paragraph();
    final Button copy = new Button("Sao chép", VaadinIcon.COPY.create());
    private @Nullable Plan plan;

    CarryOverView(CarryOverService carryOver, IndicatorService indicators, OrgUnitService units, UserService users) {
        this.carryOver = carryOver;
        addClassName("carry-over-view");
        setWidthFull();
        List<Term> terms = indicators.terms();
        from.setLabel("Từ nhiệm kỳ");
        from.setItems(terms.stream().filter(t -> !t.isOpen()).toList());
        from.setItemLabelGenerator(Term::code);
        to.setLabel("Sang nhiệm kỳ");
        to.setItems(terms.stream().filter(Term::isOpen).toList());
        to.setItemLabelGenerator(Term::code);
        // only units that exist today: former wards are not given a new term
        unit = new AssignableUnitPicker(units);

        grid.addColumn(l -> l.source().numberLabel()).setHeader("Số").setWidth("5rem").setFlexGrow(0);
        grid.addColumn(l -> l.source().name()).setHeader("Chỉ tiêu").setFlexGrow(3);
        grid.addColumn(l -> l.source().targetText() == null ? "—" : l.source().targetText()).setHeader("Mục tiêu cũ")
                .setFlexGrow(2);
        grid.addColumn(l -> l.baseline() == null ? "—" : l.baseline().valueText() + " (" + l.baseline().periodLabel()
                + (l.baseline().estimate() ? ", ước tính" : "") + ")").setHeader("Số liệu cơ sở").setFlexGrow(2);
        grid.addColumn(l -> l.present() ? "Đã có trong nhiệm kỳ mới: giữ nguyên"
                : l.warning() == null ? "Sẽ sao chép" : "Sẽ sao chép · " + l.warning()).setHeader("Xử lý")
                .setFlexGrow(3);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);

        copy.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        copy.addClickListener(e -> confirm());
        var filters = new FlexLayout(from, to, unit, plainFigures, copy);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("gap", "var(--lumo-space-m)");
        add(new H1("Chuyển danh mục sang nhiệm kỳ mới"), new Paragraph("Mỗi chỉ tiêu của nhiệm kỳ trước được sao "
                + "chép sang nhiệm kỳ mới với mục tiêu cũ làm điểm xuất phát (sửa lại ở Danh mục chỉ tiêu); kết quả năm "
                + "cuối nhiệm kỳ trước trở thành số liệu cơ sở. Chỉ tiêu đã có thì giữ nguyên."), filters, summary, grid);

        from.addValueChangeListener(e -> preview());
        to.addValueChangeListener(e -> preview());
        unit.addValueChangeListener(e -> preview());
        plainFigures.addValueChangeListener(e -> preview());
        from.getListDataView().getItems().reduce((a, b) -> b).ifPresent(from::setValue);
        to.getListDataView().getItems().findFirst().ifPresent(to::setValue);
        unit.showTerm(true, users.currentUnitId().orElse(null));
    }

    /** {@code ?don-vi=tam-ky} opens on that unit. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("don-vi").ifPresent(unit::chooseCode);
    }

    void preview() {
        if (from.getValue() == null || to.getValue() == null || unit.getValue() == null) {
            plan = null;
            grid.setItems(List.of());
            copy.setEnabled(false);
            return;
        }
        plan = carryOver.preview(from.getValue().code(), to.getValue().code(), unit.getValue().id(),
                plainFigures.getValue());
        grid.setItems(plan.lines());
        summary.setText(plan.toCopy() + " chỉ tiêu sẽ được sao chép, " + plan.baselines() + " có số liệu cơ sở; "
                + (plan.lines().size() - plan.toCopy()) + " đã có.");
        copy.setEnabled(plan.toCopy() > 0);
        copy.setText("Sao chép " + plan.toCopy() + " chỉ tiêu");
    }

    void confirm() {
        if (plan == null || plan.toCopy() == 0) {
            return;
        }
        var dialog = new ConfirmDialog("Sao chép danh mục", "Sao chép " + plan.toCopy() + " chỉ tiêu của "
                + unit.getValue().name() + " từ nhiệm kỳ " + from.getValue().code() + " sang " + to.getValue().code()
                + ", kèm " + plan.baselines() + " số liệu cơ sở?", "Sao chép", e -> copyNow());
        dialog.setCancelable(true);
        dialog.setCancelText("Hủy");
        dialog.open();
    }

    void copyNow() {
        try {
            Plan done = carryOver.copy(from.getValue().code(), to.getValue().code(), unit.getValue().id(),
                    plainFigures.getValue());
            Notification.show("Đã sao chép " + done.toCopy() + " chỉ tiêu, " + done.baselines() + " số liệu cơ sở",
                    5000, Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (RuntimeException e) {
            // the copy is one transaction: nothing of it was written
            Notification.show("Không sao chép được, chưa ghi gì: " + e.getMessage(), 8000,
                    Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        preview();
    }
}
