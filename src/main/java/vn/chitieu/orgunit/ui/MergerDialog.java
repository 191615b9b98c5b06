package vn.chitieu.orgunit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import vn.chitieu.orgunit.OrgUnit;
import vn.chitieu.orgunit.OrgUnitKind;
import vn.chitieu.orgunit.OrgUnitService;
import vn.chitieu.orgunit.OrgUnitService.Merger;

/**
 * A merger as the 2025 reorganisation made them: the former units, the day the new unit begins, and the new unit. The
 * dialog says what will happen (who ends on which day) before anything is written; the service writes it all at once.
 */
class MergerDialog extends Dialog {

    private final OrgUnitService units;
    private final Runnable changed;
    final MultiSelectComboBox<OrgUnit> formers = new MultiSelectComboBox<>("Các đơn vị cũ");
    final DatePicker formedOn = VietnameseDates.picker("Ngày thành lập đơn vị mới");
    final TextField name = new TextField("Tên đơn vị mới");
    final TextField code = new TextField("Mã đơn vị mới");
    final Select<OrgUnitKind> kind = new Select<>();
    final ComboBox<OrgUnit> parent = new ComboBox<>("Trực thuộc");
    /** What the merger will do, in one sentence, updated as the form is filled in. */
    final Paragraph summary = new Paragraph();
    final Button save = new Button("Ghi nhận sáp nhập", VaadinIcon.CONNECT.create());
    private boolean codeTyped;

    MergerDialog(OrgUnitService units, List<OrgUnit> all, Runnable changed) {
        this.units = units;
        this.changed = changed;
        setHeaderTitle("Ghi nhận sáp nhập");
        setWidth("min(46em, 100vw)");
        addClassName("merger-dialog");

        // a unit merged into another, or ended, has no place in a new merger: the service refuses it too
        Set<Long> merged = all.stream().flatMap(u -> u.predecessorIds().stream()).collect(Collectors.toSet());
        List<OrgUnit> current = all.stream().filter(u -> u.validTo() == null && !merged.contains(u.id()))
                .sorted(Comparator.comparing(OrgUnit::name)).toList();
        formers.setItems(current);
        formers.setItemLabelGenerator(OrgUnit::name);
        formers.setRequired(true);
        formers.setHelperText("Các đơn vị hợp lại; chúng kết thúc vào ngày trước ngày thành lập");
        formedOn.setRequired(true);
        name.setRequired(true);
        name.setHelperText("Ví dụ Phường Tam Kỳ");
        code.setRequired(true);
        code.setHelperText("Chữ thường không dấu, số, gạch ngang, ví dụ tam-ky");
        kind.setLabel("Cấp");
        kind.setItems(OrgUnitKind.values());
        kind.setItemLabelGenerator(OrgUnitKind::label);
        kind.setValue(OrgUnitKind.PHUONG);
        parent.setItems(current);
        parent.setItemLabelGenerator(OrgUnit::name);
        parent.setClearButtonVisible(true);
        parent.setHelperText("Để trống: đơn vị cấp cao nhất");

        formers.addValueChangeListener(e -> {
            // the new unit usually takes the level and the place of the units it replaces
            Set<OrgUnit> chosen = e.getValue();
            if (!chosen.isEmpty()) {
                kind.setValue(chosen.iterator().next().kind());
                Set<Long> parents = new HashSet<>();
                chosen.forEach(u -> parents.add(u.parentIdValue()));
                if (parents.size() == 1 && parents.iterator().next() != null) {
                    Long id = parents.iterator().next();
                    current.stream().filter(u -> u.id().equals(id)).findFirst().ifPresent(parent::setValue);
                }
            }
            describe();
        });
        formedOn.addValueChangeListener(e -> describe());
        name.addValueChangeListener(e -> {
            if (!codeTyped) {
                code.setValue(units.suggestCode(e.getValue()));
            }
            describe();
        });
        code.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                codeTyped = !e.getValue().isBlank();
            }
            var problem = units.codeProblem(e.getValue());
            code.setInvalid(problem.isPresent() && !e.getValue().isBlank());
            code.setErrorMessage(problem.orElse(null));
        });

        var form = new FormLayout(formers, formedOn, name, code, kind, parent);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        form.setColspan(formers, 2);
        summary.addClassName("merger-summary");
        add(form, summary);

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> confirmAndSave());
        getFooter().add(new Button("Đóng", e -> close()), save);
        describe();
    }

    private void describe() {
        LocalDate day = formedOn.getValue();
        String formerNames = formers.getValue().stream().map(OrgUnit::name).sorted().collect(Collectors.joining(", "));
        if (formerNames.isEmpty() || day == null || name.getValue().isBlank()) {
            summary.setText("Chọn các đơn vị cũ, ngày thành lập và tên đơn vị mới.");
            return;
        }
        summary.setText(formerNames + " hoạt động đến hết ngày " + UnitsView.DATE.format(day.minusDays(1)) + "; "
                + name.getValue().strip() + " hoạt động từ ngày " + UnitsView.DATE.format(day)
                + ". Kết quả của các đơn vị cũ vẫn được giữ và xem được từ đơn vị mới.");
    }

    /** A merger cannot be undone (the former units stay ended), so it is asked once more. */
    private void confirmAndSave() {
        if (dateMissing()) {
            return;
        }
        var dialog = new ConfirmDialog("Ghi nhận sáp nhập?", summary.getText() + " Việc sáp nhập không hoàn tác được.",
                "Ghi nhận", e -> save());
        dialog.setCancelable(true);
        dialog.setCancelText("Thôi");
        dialog.setConfirmButtonTheme("primary");
        dialog.open();
    }

    private boolean dateMissing() {
        if (formedOn.getValue() != null) {
            return false;
        }
        formedOn.setInvalid(true);
        formedOn.setErrorMessage("Nhập ngày thành lập đơn vị mới, ví dụ 01/07/2025");
        return true;
    }

    void save() {
        if (dateMissing()) {
            return;
        }
        try {
            OrgUnit parentUnit = parent.getValue();
            OrgUnit formed = units.merge(new Merger(code.getValue(), name.getValue(), kind.getValue(),
                    parentUnit == null ? null : parentUnit.id(), Objects.requireNonNull(formedOn.getValue()),
                    formers.getValue().stream().map(OrgUnit::id).collect(Collectors.toSet())));
            Notification.show("Đã ghi nhận sáp nhập: " + formed.name())
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (IllegalArgumentException | DuplicateKeyException e) {
            // the service's refusals are Vietnamese sentences meant for the administrator
            Notification.show(e.getMessage(), 8000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            return;
        }
        changed.run();
        close();
    }
}
