package vn.chitieu.orgunit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import vn.chitieu.orgunit.OrgUnit;
import vn.chitieu.orgunit.OrgUnitKind;
import vn.chitieu.orgunit.OrgUnitService;
import vn.chitieu.orgunit.OrgUnitService.NewUnit;

/**
 * One unit: a new one (name, code suggested from the name, level, parent, start date), or an existing one to rename,
 * move, end, bring back or delete. The code and level of an existing unit are fixed: addresses and files use the code.
 */
class UnitDialog extends Dialog {

    private final OrgUnitService units;
    private final @Nullable OrgUnit unit;
    private final Runnable changed;
    final TextField name = new TextField("Tên đơn vị");
    final TextField code = new TextField("Mã");
    final Select<OrgUnitKind> kind = new Select<>();
    final ComboBox<OrgUnit> parent = new ComboBox<>("Trực thuộc");
    final DatePicker validFrom = VietnameseDates.picker("Hiệu lực từ");
    final Button save = new Button("Lưu", VaadinIcon.CHECK.create());
    final DatePicker lastDay = VietnameseDates.picker("Ngày cuối cùng hoạt động");
    final Button deactivate = new Button("Ngừng hoạt động", VaadinIcon.BAN.create());
    final Button reactivate = new Button("Hoạt động lại", VaadinIcon.REFRESH.create());
    final Button delete = new Button("Xóa đơn vị", VaadinIcon.TRASH.create());
    /** Why the unit cannot be deleted, when it cannot. */
    final Paragraph attached = new Paragraph();
    /** Whether the administrator typed a code: then the name no longer suggests one. */
    private boolean codeTyped;

    UnitDialog(OrgUnitService units, List<OrgUnit> all, @Nullable OrgUnit unit, Clock clock, Runnable changed) {
        this.units = units;
        this.unit = unit;
        this.changed = changed;
        setHeaderTitle(unit == null ? "Thêm đơn vị" : unit.name());
        setWidth("min(46em, 100vw)");
        addClassName("unit-dialog");

        name.setRequired(true);
        name.setHelperText("Ghi đủ cấp, ví dụ Phường Tam Kỳ, Khối phố Mỹ Thạch Đông");
        code.setRequired(true);
        code.setHelperText("Chữ thường không dấu, số, gạch ngang; dùng trong địa chỉ, ví dụ tam-ky");
        kind.setLabel("Cấp");
        kind.setItems(OrgUnitKind.values());
        kind.setItemLabelGenerator(OrgUnitKind::label);
        kind.setValue(OrgUnitKind.PHUONG);
        LocalDate today = LocalDate.now(clock);
        parent.setItems(all.stream().filter(u -> u.isCurrent(today) && (unit == null || !u.id().equals(unit.id())))
                .toList());
        parent.setItemLabelGenerator(OrgUnit::name);
        parent.setClearButtonVisible(true);
        parent.setHelperText("Để trống: đơn vị cấp cao nhất");
        validFrom.setHelperText("Để trống nếu không rõ");

        var form = new FormLayout(name, code, kind, parent, validFrom);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        add(form);

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        if (unit == null) {
            name.addValueChangeListener(e -> {
                if (!codeTyped) {
                    code.setValue(units.suggestCode(e.getValue()));
                    code.setInvalid(false);
                }
            });
            code.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    codeTyped = !e.getValue().isBlank();
                }
                var problem = units.codeProblem(e.getValue());
                code.setInvalid(problem.isPresent() && !e.getValue().isBlank());
                code.setErrorMessage(problem.orElse(null));
            });
        } else {
            name.setValue(unit.name());
            code.setValue(unit.code());
            code.setReadOnly(true);
            kind.setValue(unit.kind());
            kind.setReadOnly(true);
            all.stream().filter(u -> u.id().equals(unit.parentIdValue())).findFirst().ifPresent(parent::setValue);
            validFrom.setValue(unit.validFrom());
            validFrom.setReadOnly(true);
            add(lifecycle(unit, clock));
        }
        getFooter().add(new Button("Đóng", e -> close()), save);
    }

    /** Ending, bringing back and deleting, with what keeps a unit from being deleted said plainly. */
    private com.vaadin.flow.component.Component lifecycle(OrgUnit existing, Clock clock) {
        long id = existing.id();
        List<String> attachments = units.attachments(id);
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.setEnabled(attachments.isEmpty());
        attached.setText(attachments.isEmpty()
                ? "Chưa có gì gắn với đơn vị này: có thể xóa nếu đã tạo nhầm."
                : "Không xóa được: đơn vị đã có " + String.join(", ", attachments)
                + ". Hãy cho ngừng hoạt động thay vì xóa; kết quả của đơn vị vẫn được giữ.");
        delete.addClickListener(e -> confirm("Xóa " + existing.name() + "?",
                "Đơn vị bị xóa hẳn khỏi danh sách. Việc xóa được ghi nhật ký.", "Xóa",
                () -> act(() -> {
                    units.delete(id);
                    return null;
                }, "Đã xóa " + existing.name())));

        lastDay.setValue(LocalDate.now(clock));
        deactivate.addClickListener(e -> {
            LocalDate day = lastDay.getValue();
            if (day == null) {
                lastDay.setInvalid(true);
                lastDay.setErrorMessage("Chọn ngày cuối cùng đơn vị hoạt động");
                return;
            }
            confirm("Cho " + existing.name() + " ngừng hoạt động?", "Đơn vị hoạt động đến hết ngày "
                    + UnitsView.DATE.format(day) + "; số liệu và lịch sử của đơn vị vẫn được giữ.", "Ngừng hoạt động",
                    () -> act(() -> units.deactivate(id, day), "Đã ghi " + existing.name() + " ngừng hoạt động"));
        });
        reactivate.addClickListener(e -> act(() -> units.reactivate(id), existing.name() + " hoạt động trở lại"));

        boolean ended = existing.validTo() != null;
        lastDay.setVisible(!ended);
        deactivate.setVisible(!ended);
        reactivate.setVisible(ended);
        var actions = new HorizontalLayout(lastDay, deactivate, reactivate, delete);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        actions.setWrap(true);
        var box = new com.vaadin.flow.component.html.Div(new H3("Ngừng hoạt động hoặc xóa"), actions, attached);
        box.addClassName("unit-lifecycle");
        return box;
    }

    void save() {
        Long parentId = parent.getValue() == null ? null : parent.getValue().id();
        if (unit == null) {
            act(() -> units.create(new NewUnit(code.getValue(), name.getValue(), kind.getValue(), parentId,
                    validFrom.getValue())), "Đã thêm " + name.getValue().strip());
        } else {
            act(() -> units.update(unit.id(), name.getValue(), parentId), "Đã lưu " + name.getValue().strip());
        }
    }

    private void act(Supplier<@Nullable Object> action, String done) {
        try {
            action.get();
        } catch (IllegalArgumentException | DuplicateKeyException e) {
            // the service's refusals are Vietnamese sentences meant for the administrator
            Notification.show(e.getMessage(), 8000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            return;
        }
        Notification.show(done).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        changed.run();
        close();
    }

    private static void confirm(String header, String text, String confirmText, Runnable action) {
        var dialog = new ConfirmDialog(header, text, confirmText, e -> action.run());
        dialog.setCancelable(true);
        dialog.setCancelText("Thôi");
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }
}
