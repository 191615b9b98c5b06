package vn.chitieu.indicator.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.jdbc.core.mapping.AggregateReference;
import vn.chitieu.evaluation.ParseResult;
import vn.chitieu.evaluation.TargetReading;
import vn.chitieu.evaluation.Targets;
import vn.chitieu.indicator.Indicator;
import vn.chitieu.indicator.IndicatorService;
import vn.chitieu.indicator.Sector;
import vn.chitieu.indicator.SharedAssignment;
import vn.chitieu.indicator.TargetForm;
import vn.chitieu.indicator.Term;
import vn.chitieu.indicator.UnitTarget;
import vn.chitieu.orgunit.OrgUnit;
import vn.chitieu.orgunit.OrgUnitKind;

/**
 * The catalogue's "Chỉ tiêu chung" section: a parent unit's administrator assigns indicators to every unit of a kind
 * below it (the same target check and sectors as the catalogue: {@link IndicatorService#saveShared}), and a unit's
 * administrator sees the shared indicators it received, marked with who assigned them, and sets or clears its own
 * target for each ({@link IndicatorService#setUnitTarget}).
 */
class SharedCatalogue extends VerticalLayout {

    private final IndicatorService indicators;
    private final Supplier<@Nullable Term> term;
    final Select<OrgUnit> owner = new Select<>();
    final Grid<Indicator> assigned = new Grid<>();
    final Button add = new Button("Thêm chỉ tiêu chung", VaadinIcon.PLUS.create());
    final Select<OrgUnit> receiver = new Select<>();
    final Grid<Received> received = new Grid<>();
    private Set<Long> inactive = Set.of();

    /** A shared indicator as a unit received it: the shared one, and who assigned it with the unit's own target. */
    record Received(Indicator indicator, SharedAssignment assignment) {

        String sharedLabel() {
            return assignment.ownerName() == null ? "Chỉ tiêu chung" : "Chỉ tiêu chung của " + assignment.ownerName();
        }
    }

    SharedCatalogue(IndicatorService indicators, List<OrgUnit> units, Supplier<@Nullable Term> term,
                    @Nullable Long ownUnit) {
        this.indicators = indicators;
        this.term = term;
        addClassName("shared-catalogue");
        setPadding(false);
        setWidthFull();

        // a unit that has units below it can assign; every unit below one can receive
        Set<Long> parents = units.stream().filter(u -> u.parentId() != null).map(u -> u.parentId().getId())
                .collect(java.util.stream.Collectors.toSet());
        java.time.LocalDate today = java.time.LocalDate.now();
        owner.setLabel("Đơn vị giao");
        owner.setWidth("18rem");
        owner.setItems(units.stream().filter(u -> parents.contains(u.id()) && u.isCurrent(today)).toList());
        owner.setItemLabelGenerator(OrgUnit::name);
        owner.addValueChangeListener(e -> refresh());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> edit(null));

        assigned.addColumn(i -> i.name() + (inactive.contains(i.id()) ? " (ngừng theo dõi)" : ""))
                .setHeader("Chỉ tiêu chung").setWidth("16rem").setFlexGrow(3);
        assigned.addColumn(i -> i.appliesToKind() == null ? "" : "Mỗi " + kindWord(i.appliesToKind()))
                .setHeader("Áp dụng cho").setWidth("8rem").setFlexGrow(0);
        assigned.addColumn(i -> i.sector().label()).setHeader("Lĩnh vực").setWidth("9rem").setFlexGrow(0);
        assigned.addColumn(i -> i.targetText() == null ? "—" : i.targetText()).setHeader("Mục tiêu chung")
                .setWidth("8rem").setFlexGrow(1);
        assigned.addColumn(i -> readingOf(i)).setHeader("Hệ thống hiểu là").setWidth("9rem").setFlexGrow(1);
        assigned.addItemClickListener(e -> edit(e.getItem()));
        assigned.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        assigned.setAllRowsVisible(true);

        receiver.setLabel("Đơn vị nhận");
        receiver.setWidth("18rem");
        receiver.setItems(units.stream().filter(u -> u.parentId() != null && u.isCurrent(today)).toList());
        receiver.setItemLabelGenerator(OrgUnit::name);
        receiver.addValueChangeListener(e -> refresh());
        received.addColumn(r -> r.indicator().name()).setHeader("Chỉ tiêu").setWidth("16rem").setFlexGrow(3);
        received.addColumn(Received::sharedLabel).setHeader("Giao bởi").setWidth("12rem").setFlexGrow(1);
        received.addColumn(r -> r.indicator().targetText() == null ? "—" : r.indicator().targetText())
                .setHeader("Mục tiêu chung").setWidth("8rem").setFlexGrow(1);
        received.addColumn(r -> r.assignment().own() == null ? "Theo mục tiêu chung" : r.assignment().own().text())
                .setHeader("Mục tiêu riêng của đơn vị").setWidth("10rem").setFlexGrow(1);
        received.addItemClickListener(e -> editTarget(e.getItem()));
        received.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        received.setAllRowsVisible(true);

        var assigning = new FlexLayout(owner, add);
        assigning.addClassName("filters");
        assigning.setAlignItems(FlexComponent.Alignment.END);
        var receiving = new FlexLayout(receiver);
        receiving.addClassName("filters");
        add(new H2("Chỉ tiêu chung"),
                new Paragraph("Đơn vị cấp trên giao chỉ tiêu cho mọi đơn vị một cấp bên dưới (ví dụ mọi phường, xã "
                        + "của thành phố); mỗi đơn vị có thể đặt mục tiêu riêng, nếu không thì theo mục tiêu chung."),
                assigning, assigned, new H3("Chỉ tiêu chung đơn vị nhận"), receiving, received);
        owner.getListDataView().getItems().filter(u -> u.id().equals(ownUnit)).findFirst()
                .or(() -> owner.getListDataView().getItems().findFirst()).ifPresent(owner::setValue);
        // the person's own unit, else the first unit below the one shown as assigning
        receiver.getListDataView().getItems().filter(u -> u.id().equals(ownUnit)).findFirst()
                .or(() -> receiver.getListDataView().getItems().filter(u -> owner.getValue() != null
                        && u.parentId().getId().equals(owner.getValue().id())).findFirst())
                .ifPresent(receiver::setValue);
    }

    void refresh() {
        Term t = term.get();
        OrgUnit from = owner.getValue();
        inactive = t == null ? Set.of() : indicators.inactiveIds(t);
        assigned.setItems(t == null || from == null ? List.of() : indicators.sharedBy(t, from.id()));
        add.setEnabled(t != null && from != null);
        OrgUnit to = receiver.getValue();
        received.setItems(t == null || to == null ? List.of() : indicators.sharedAssignments(t, List.of(to.id()))
                .stream().filter(a -> !inactive.contains(a.indicatorId()))
                .map(a -> new Received(indicators.findById(a.indicatorId()).orElseThrow(), a)).toList());
    }

    private static String readingOf(Indicator indicator) {
        TargetReading reading = IndicatorService.targetReading(indicator);
        return reading == null ? "" : reading.describe();
    }

    private static String kindWord(OrgUnitKind kind) {
        return kind.label().toLowerCase(Locale.forLanguageTag("vi"));
    }

    /** The form for a new shared indicator of the chosen unit (null) or one it assigned. */
    SharedForm edit(@Nullable Indicator existing) {
        SharedForm form = new SharedForm(existing);
        form.dialog.open();
        return form;
    }

    /** Add or correct a shared indicator: which kind of unit below it applies to, and its target as written. */
    final class SharedForm {

        final Dialog dialog = new Dialog();
        final TextField name = new TextField("Tên chỉ tiêu");
        final Select<Sector> sector = new Select<>();
        final Select<OrgUnitKind> kind = new Select<>();
        final TextField measure = new TextField("Đơn vị tính (ĐVT)");
        final TextField target = new TextField("Mục tiêu chung (ghi như văn kiện)");
        final TextField responsible = new TextField("Phụ trách");
        final Span reading = new Span();
        final Button save = new Button("Lưu", VaadinIcon.CHECK.create());
        private final @Nullable Indicator existing;
        private final OrgUnit from;

        SharedForm(@Nullable Indicator existing) {
            this.existing = existing;
            this.from = java.util.Objects.requireNonNull(owner.getValue());
            dialog.setHeaderTitle((existing == null ? "Thêm chỉ tiêu chung của " : "Sửa chỉ tiêu chung của ")
                    + from.name());
            sector.setLabel("Lĩnh vực");
            sector.setItems(Sector.values());
            sector.setItemLabelGenerator(Sector::label);
            kind.setLabel("Áp dụng cho mỗi");
            kind.setItems(java.util.Arrays.stream(OrgUnitKind.values()).filter(k -> from.kind().mayContain(k)).toList());
            kind.setItemLabelGenerator(SharedCatalogue::kindWord);
            name.setRequired(true);
            target.setValueChangeMode(ValueChangeMode.LAZY);
            target.setHelperText("ví dụ: trên 95%, dưới 1%, giảm 11 hộ");
            reading.addClassName("target-reading");
            if (existing != null) {
                name.setValue(existing.name());
                sector.setValue(existing.sector());
                kind.setValue(existing.appliesToKind());
                kind.setReadOnly(true);
                measure.setValue(existing.unit() == null ? "" : existing.unit());
                target.setValue(existing.targetText() == null ? "" : existing.targetText());
                responsible.setValue(existing.responsible() == null ? "" : existing.responsible());
            } else {
                sector.setValue(Sector.VAN_HOA_XA_HOI);
                kind.getListDataView().getItems().findFirst().ifPresent(kind::setValue);
            }
            for (var field : List.of(target, measure, name)) {
                field.addValueChangeListener(e -> showReading());
            }
            showReading();
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.addClickListener(e -> save());
            var form = new FormLayout(name, sector, kind, measure, responsible, target);
            form.setColspan(name, 2);
            form.setColspan(target, 2);
            dialog.add(form, new Div(reading));
            dialog.getFooter().add(new Button("Hủy", e -> dialog.close()), save);
            if (existing != null && existing.id() != null && !inactive.contains(existing.id())) {
                var stop = new Button("Ngừng theo dõi", VaadinIcon.BAN.create(), e -> deactivate(existing));
                stop.getStyle().set("margin-inline-end", "auto");
                dialog.getFooter().addComponentAsFirst(stop);
            }
            dialog.setWidth("min(44rem, 95vw)");
        }

        /** The engine's reading of the target, or why it cannot be read. */
        void showReading() {
            reading.setText(SharedCatalogue.showReading(target, name.getValue(), measure.getValue(), null));
        }

        void save() {
            Term t = term.get();
            if (t == null || t.id() == null || name.getValue().isBlank() || sector.getValue() == null
                    || kind.getValue() == null) {
                error("Cần nhiệm kỳ, tên chỉ tiêu, lĩnh vực và cấp đơn vị áp dụng");
                return;
            }
            Indicator indicator = new Indicator(existing == null ? null : existing.id(), AggregateReference.to(t.id()),
                    sector.getValue(), null, kind.getValue(), null, name.getValue().strip(),
                    blankToNull(measure.getValue()), blankToNull(responsible.getValue()),
                    blankToNull(target.getValue()), null, null,
                    existing == null ? nextOrder() : existing.sortOrder(), existing == null ? null : existing.source(),
                    existing == null ? Set.of() : existing.plans(), existing == null ? 0 : existing.version());
            try {
                indicators.saveShared(indicator, from.id());
                dialog.close();
                refresh();
                Notification.show("Đã lưu chỉ tiêu chung", 3000, Notification.Position.TOP_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (IllegalArgumentException refused) {
                target.setInvalid(true);
                target.setErrorMessage(refused.getMessage());
            } catch (OptimisticLockingFailureException e) {
                error("Chỉ tiêu vừa được người khác sửa: đóng và mở lại để xem bản mới");
            }
        }

        private void deactivate(Indicator indicator) {
            indicators.deactivate(indicator.id(), "Đơn vị giao ngừng theo dõi chỉ tiêu chung");
            dialog.close();
            refresh();
        }

        private int nextOrder() {
            return assigned.getListDataView().getItems().mapToInt(Indicator::sortOrder).max().orElse(0) + 1;
        }
    }

    /** The form for a unit's own target of a shared indicator it received. */
    UnitTargetForm editTarget(Received row) {
        UnitTargetForm form = new UnitTargetForm(row);
        form.dialog.open();
        return form;
    }

    /** Set or clear a unit's own target: blank means the shared target applies. */
    final class UnitTargetForm {

        final Dialog dialog = new Dialog();
        final TextField target = new TextField("Mục tiêu riêng của đơn vị");
        final Span reading = new Span();
        final Button save = new Button("Lưu", VaadinIcon.CHECK.create());
        private final Received row;

        UnitTargetForm(Received row) {
            this.row = row;
            Indicator shared = row.indicator();
            UnitTarget own = row.assignment().own();
            dialog.setHeaderTitle(shared.name());
            target.setWidthFull();
            target.setValueChangeMode(ValueChangeMode.LAZY);
            target.setHelperText("Để trống: theo mục tiêu chung ("
                    + (shared.targetText() == null ? "không có mục tiêu" : shared.targetText()) + ")");
            target.setValue(own == null ? "" : own.text());
            target.addValueChangeListener(e -> showReading());
            reading.addClassName("target-reading");
            showReading();
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.addClickListener(e -> save());
            dialog.add(new Paragraph(row.sharedLabel() + " · " + (receiver.getValue() == null ? ""
                    : receiver.getValue().name())), target, new Div(reading));
            dialog.getFooter().add(new Button("Hủy", e -> dialog.close()), save);
            dialog.setWidth("min(36rem, 95vw)");
        }

        void showReading() {
            Indicator shared = row.indicator();
            TargetForm form = shared.target();
            reading.setText(target.getValue().isBlank() ? "Theo mục tiêu chung."
                    : SharedCatalogue.showReading(target, shared.name(), shared.unit() == null ? "" : shared.unit(),
                    form));
        }

        void save() {
            UnitTarget own = row.assignment().own();
            try {
                indicators.setUnitTarget(row.indicator().id(), row.assignment().unitId(), target.getValue(),
                        own == null ? 0 : own.version());
                dialog.close();
                refresh();
                Notification.show(target.getValue().isBlank() ? "Đơn vị theo mục tiêu chung" : "Đã lưu mục tiêu riêng",
                        3000, Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (IllegalArgumentException refused) {
                target.setInvalid(true);
                target.setErrorMessage(refused.getMessage());
            } catch (OptimisticLockingFailureException e) {
                error(e.getMessage());
            }
        }
    }

    /** The engine's reading of a typed target ("Hệ thống hiểu là: …"), marking the field when it cannot be read. */
    private static String showReading(TextField target, String name, String measure, @Nullable TargetForm stated) {
        if (target.getValue().isBlank()) {
            target.setInvalid(false);
            return "Không có mục tiêu: chỉ theo dõi số liệu.";
        }
        ParseResult<TargetReading> parsed = Targets.read(target.getValue(), blankToNull(measure), name, null,
                stated == null ? null : stated.horizon(), stated == null ? null : stated.horizonYear());
        target.setInvalid(!parsed.isOk());
        target.setErrorMessage(parsed.isOk() ? null : String.join("; ", parsed.errors()));
        return parsed.isOk() ? "Hệ thống hiểu là: " + parsed.orElseThrow().describe() : "";
    }

    private static void error(@Nullable String message) {
        Notification.show(message == null ? "Không lưu được" : message, 6000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private static @Nullable String blankToNull(String s) {
        return s.isBlank() ? null : s.strip();
    }
}
