package vn.chitieu.indicator.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
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
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jdbc.core.mapping.AggregateReference;
import vn.chitieu.evaluation.Horizon;
import vn.chitieu.evaluation.ParseResult;
import vn.chitieu.indicator.AnnualPlan;
import vn.chitieu.evaluation.TargetReading;
import vn.chitieu.evaluation.Targets;
import vn.chitieu.indicator.Indicator;
import vn.chitieu.indicator.IndicatorService;
import vn.chitieu.indicator.Sector;
import vn.chitieu.indicator.TargetForm;
import vn.chitieu.indicator.Term;
import vn.chitieu.orgunit.OrgUnit;
import vn.chitieu.orgunit.OrgUnitService;
import vn.chitieu.orgunit.OrgUnitService.UnitOption;
import vn.chitieu.base.ui.UnitPicker;
import vn.chitieu.orgunit.ui.AssignableUnitPicker;
import vn.chitieu.security.UserService;

/**
 * The administrator's catalogue of a term's targets: add or correct an indicator, with the target written as the
 * resolution writes it and the engine's reading shown beside it before anything is saved; stop tracking one (kept
 * with its history) and track it again.
 */
@Route("danh-muc")
@PageTitle("Danh mục chỉ tiêu · Chỉ tiêu")
@Menu(order = 5, icon = "vaadin:book", title = "Danh mục chỉ tiêu")
@RolesAllowed("QUAN_TRI")
class CatalogueView extends VerticalLayout implements BeforeEnterObserver {

    private final IndicatorService indicators;
    private final OrgUnitService orgUnits;
    private final List<OrgUnit> units;
    private final @Nullable Long ownUnit;
    final Select<Term> term = new Select<>();
    final AssignableUnitPicker unit;
    final Checkbox showInactive = new Checkbox("Hiện cả chỉ tiêu đã ngừng theo dõi");
    final Grid<Indicator> grid = new Grid<>();
    private Set<Long> inactive = Set.of();
    /** Set while a new term picks its unit: the term's own refresh follows. */
    private boolean choosingUnit;
    final SharedCatalogue shared;

    CatalogueView(IndicatorService indicators, OrgUnitService orgUnits, UserService users) {
        this.indicators = indicators;
        this.orgUnits = orgUnits;
        this.units = orgUnits.findAll();
        this.ownUnit = users.currentUnitId().orElse(null);
        this.unit = new AssignableUnitPicker(orgUnits);
        addClassName("catalogue-view");
        setWidthFull();

        term.setLabel("Nhiệm kỳ");
        term.setItems(indicators.terms());
        term.setItemLabelGenerator(Term::code);
        term.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                // an administrator with no unit of their own sees a unit that has a catalogue, not an empty one;
                // the unit it shows for the new term is read once, below, not again for each change of the picker
                choosingUnit = true;
                try {
                    unit.showTerm(e.getValue().isOpen(), ownUnit != null ? ownUnit
                            : indicators.firstUnitWithCatalogue(e.getValue()).orElse(null));
                } finally {
                    choosingUnit = false;
                }
            }
            refresh();
        });
        var add = new Button("Thêm chỉ tiêu", VaadinIcon.PLUS.create(), e -> edit(null));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        // fixed widths where auto width took the whole row and left the name one word a line
        grid.addColumn(Indicator::numberLabel).setHeader("Số").setWidth("4rem").setFlexGrow(0);
        grid.addColumn(i -> (i.parentId() == null ? i.name() : "↳ Trong đó: " + i.name())
                + (inactive.contains(i.id()) ? " (ngừng theo dõi)" : "")).setHeader("Chỉ tiêu")
                .setWidth("16rem").setFlexGrow(3);
        grid.addColumn(i -> i.sector().label()).setHeader("Lĩnh vực").setWidth("9rem").setFlexGrow(0);
        grid.addColumn(i -> i.targetText() == null ? "—" : i.targetText()).setHeader("Mục tiêu").setWidth("8rem")
                .setFlexGrow(1);
        grid.addColumn(i -> {
            TargetReading reading = IndicatorService.targetReading(i);
            return reading == null ? "" : reading.describe();
        }).setHeader("Hệ thống hiểu là").setWidth("9rem").setFlexGrow(1);
        grid.addColumn(i -> i.responsible() == null ? "" : i.responsible()).setHeader("Phụ trách").setWidth("8rem")
                .setFlexGrow(0);
        grid.addColumn(i -> i.plans().stream().sorted(java.util.Comparator.comparingInt(AnnualPlan::year))
                .map(p -> p.year() + ": " + p.text()).collect(java.util.stream.Collectors.joining("; ")))
                .setHeader("Kế hoạch năm").setWidth("10rem").setFlexGrow(1);
        grid.setPartNameGenerator(i -> inactive.contains(i.id()) ? "inactive" : null);
        grid.addItemClickListener(e -> edit(e.getItem()));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);

        showInactive.addValueChangeListener(e -> refresh());
        unit.addValueChangeListener(e -> {
            if (!choosingUnit) {
                refresh();
            }
        });
        var filters = new FlexLayout(term, unit, add, showInactive);
        filters.addClassName("filters");
        filters.setAlignItems(FlexComponent.Alignment.END);
        // on a phone the fields go below each other instead of widening the row past the screen
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        shared = new SharedCatalogue(indicators, units, term::getValue, ownUnit);
        term.addValueChangeListener(e -> shared.refresh());
        add(new H1("Danh mục chỉ tiêu"), filters, grid, shared);
        indicators.openTerm().ifPresent(term::setValue);
    }

    /** {@code ?don-vi=tam-ky} opens on that unit. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("don-vi").ifPresent(unit::chooseCode);
    }

    /**
     * The unit's own indicators of the term in the resolution's order, each "Trong đó…" sub-row right under its
     * indicator. One unit's catalogue is read, whatever the country's size.
     */
    void refresh() {
        Term t = term.getValue();
        Long u = unit.unitId();
        inactive = t == null ? Set.of() : indicators.inactiveIds(t);
        // shared indicators (one for every unit of a kind) are in their own section, with who assigned them
        List<Indicator> all = t == null || u == null ? List.of() : indicators.catalogueOfUnit(t, u).stream()
                .filter(i -> !i.shared() && (showInactive.getValue() || !inactive.contains(i.id()))).toList();
        List<Indicator> ordered = new java.util.ArrayList<>();
        all.stream().filter(i -> i.parentId() == null).forEach(parent -> {
            ordered.add(parent);
            all.stream().filter(i -> i.parentId() != null && i.parentId().getId().equals(parent.id()))
                    .forEach(ordered::add);
        });
        grid.setItems(ordered);
    }

    private List<Indicator> topLevel() {
        return grid.getListDataView().getItems().filter(i -> i.parentId() == null).toList();
    }

    /** The form for a new indicator (null) or an existing one. */
    IndicatorForm edit(@Nullable Indicator existing) {
        IndicatorForm form = new IndicatorForm(existing);
        form.dialog.open();
        return form;
    }

    /** Add or correct one indicator; the target's reading is shown as it is typed. */
    final class IndicatorForm {

        final Dialog dialog = new Dialog();
        final TextField number = new TextField("Số (như trong Nghị quyết)");
        final TextField name = new TextField("Tên chỉ tiêu");
        final Select<Sector> sector = new Select<>();
        final UnitPicker<UnitOption> unit = new UnitPicker<>(UnitOption::name);
        final TextField measure = new TextField("Đơn vị tính (ĐVT)");
        final TextField target = new TextField("Mục tiêu (ghi như văn kiện)");
        final Select<Horizon> horizon = new Select<>();
        final TextField responsible = new TextField("Phụ trách");
        final Select<Indicator> parent = new Select<>();
        final java.util.Map<Integer, TextField> plans = new java.util.LinkedHashMap<>();
        final Span reading = new Span();
        final Button save = new Button("Lưu", VaadinIcon.CHECK.create());
        private final @Nullable Indicator existing;

        IndicatorForm(@Nullable Indicator existing) {
            this.existing = existing;
            dialog.setHeaderTitle(existing == null ? "Thêm chỉ tiêu" : "Sửa chỉ tiêu " + existing.numberLabel());
            sector.setLabel("Lĩnh vực");
            sector.setItems(Sector.values());
            sector.setItemLabelGenerator(Sector::label);
            // a running term's indicator goes to a unit that still exists, never a former ward
            boolean running = term.getValue() != null && term.getValue().isOpen();
            unit.show((search, offset, limit) -> orgUnits.assignable(running, search, offset, limit),
                    search -> orgUnits.countAssignable(running, search));
            horizon.setLabel("Kỳ hạn (nếu văn kiện nói riêng)");
            horizon.setItems(Horizon.values());
            horizon.setItemLabelGenerator(h -> h == null ? "Theo lời mục tiêu" : h.label());
            horizon.setEmptySelectionAllowed(true);
            horizon.setEmptySelectionCaption("Theo lời mục tiêu");
            parent.setLabel("Là dòng \"Trong đó…\" của chỉ tiêu");
            parent.setItems(topLevel().stream().filter(i -> existing == null || !i.id().equals(existing.id())).toList());
            parent.setItemLabelGenerator(i -> i == null ? "Không (chỉ tiêu độc lập)" : i.numberLabel() + " " + i.name());
            parent.setEmptySelectionAllowed(true);
            parent.setEmptySelectionCaption("Không (chỉ tiêu độc lập)");
            Term selected = term.getValue();
            if (selected != null) {
                // the base year is the previous term's last: plans start the year after
                selected.years().stream().skip(1).forEach(year -> {
                    // "Năm 2026" under one heading: "Kế hoạch năm 2026" did not fit five to a row
                    var plan = new TextField("Năm " + year);
                    plan.setPlaceholder("ví dụ: 96%, giảm 07 hộ");
                    plan.setValueChangeMode(ValueChangeMode.LAZY);
                    plan.addValueChangeListener(e -> checkPlan(plan));
                    plans.put(year, plan);
                });
            }
            name.setRequired(true);
            target.setValueChangeMode(ValueChangeMode.LAZY);
            target.setHelperText("ví dụ: trên 95%, dưới 0,5%, 13/13 xã, giảm 11 hộ, bình quân hằng năm trên 9%");
            reading.addClassName("target-reading");
            if (existing != null) {
                number.setValue(existing.number() == null ? "" : existing.number());
                name.setValue(existing.name());
                sector.setValue(existing.sector());
                // its own unit is shown even when it is no longer offered (a former ward of a past term)
                if (existing.orgUnitId() != null) {
                    orgUnits.option(existing.orgUnitId().getId()).ifPresent(unit::setValue);
                }
                measure.setValue(existing.unit() == null ? "" : existing.unit());
                target.setValue(existing.targetText() == null ? "" : existing.targetText());
                horizon.setValue(existing.target() == null ? null : existing.target().horizon());
                responsible.setValue(existing.responsible() == null ? "" : existing.responsible());
                if (existing.parentId() != null) {
                    topLevel().stream().filter(i -> i.id().equals(existing.parentId().getId())).findFirst()
                            .ifPresent(parent::setValue);
                }
                existing.plans().forEach(p -> {
                    if (plans.containsKey(p.year())) {
                        plans.get(p.year()).setValue(p.text());
                    }
                });
            } else {
                sector.setValue(Sector.XAY_DUNG_DANG);
                // the unit whose catalogue is shown, else the administrator's own, not whichever unit sorts first
                // (a former ward "(cũ)")
                Long shown = CatalogueView.this.unit.unitId();
                orgUnits.assignableUnit(running, shown == null ? ownUnit : shown).ifPresent(unit::setValue);
            }
            for (var field : List.of(target, measure, name)) {
                field.addValueChangeListener(e -> showReading());
            }
            horizon.addValueChangeListener(e -> showReading());
            showReading();
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.addClickListener(e -> save());
            var form = new FormLayout(number, name, sector, unit, measure, responsible, target, horizon, parent);
            form.setColspan(name, 2);
            form.setColspan(target, 2);
            form.setColspan(parent, 2);
            var planForm = new FormLayout();
            plans.values().forEach(planForm::add);
            planForm.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 2), new FormLayout.ResponsiveStep("30rem", 5));
            var planTitle = new Span("Kế hoạch năm (con số, ví dụ 96%)");
            planTitle.addClassName("plan-title");
            dialog.add(form, new Div(reading), planTitle, planForm);
            dialog.getFooter().add(new Button("Hủy", e -> dialog.close()), save);
            if (existing != null && existing.id() != null) {
                var tracking = inactive.contains(existing.id())
                        ? new Button("Theo dõi lại", VaadinIcon.PLAY.create(), e -> reactivate(existing))
                        : new Button("Ngừng theo dõi…", VaadinIcon.BAN.create(), e -> askDeactivate(existing));
                tracking.getStyle().set("margin-inline-end", "auto");
                dialog.getFooter().addComponentAsFirst(tracking);
            }
            dialog.setWidth("min(52rem, 95vw)");
        }

        /** The engine's reading of the target, or why it cannot be read. */
        void showReading() {
            if (target.getValue().isBlank()) {
                reading.setText("Không có mục tiêu: chỉ theo dõi số liệu.");
                target.setInvalid(false);
                return;
            }
            ParseResult<TargetReading> parsed = Targets.read(target.getValue(), blankToNull(measure.getValue()),
                    name.getValue(), null, horizon.getValue(), null);
            target.setInvalid(!parsed.isOk());
            target.setErrorMessage(parsed.isOk() ? null : String.join("; ", parsed.errors()));
            reading.setText(parsed.isOk() ? "Hệ thống hiểu là: " + parsed.orElseThrow().describe() : "");
        }

        /**
         * A plan is written like a target ("96%", "&gt;1.500", "Giảm 07 hộ", "Duy trì không còn hộ đói…"): the one plan
         * check reads it, in the unit and with the name typed so far, and says why it cannot be kept.
         */
        private @Nullable AnnualPlan checkPlan(TextField plan) {
            plan.setInvalid(false);
            plan.setHelperText(null);
            int year = plans.entrySet().stream().filter(e -> e.getValue() == plan).findFirst().orElseThrow().getKey();
            Term t = term.getValue();
            if (t == null || plan.getValue().isBlank()) {
                return null;
            }
            IndicatorService.PlanCheck check = indicators.checkPlan(draft(t, null), year, plan.getValue());
            if (!check.ok()) {
                plan.setInvalid(true);
                plan.setErrorMessage(String.join("; ", check.refusals()));
                return null;
            }
            plan.setHelperText(check.reading() == null ? null : "Hệ thống hiểu là: " + check.reading());
            return check.plan();
        }

        /** The indicator as the form stands, with these plans: what is checked, and what is saved. */
        private Indicator draft(Term t, @Nullable Set<AnnualPlan> yearly) {
            String typedName = name.getValue().isBlank() ? "Chỉ tiêu mới" : name.getValue().strip();
            return new Indicator(existing == null ? null : existing.id(),
                    AggregateReference.to(t.id()), sector.getValue() == null ? Sector.XAY_DUNG_DANG : sector.getValue(),
                    unit.getValue() == null ? null : AggregateReference.to(unit.getValue().id()),
                    unit.getValue() == null ? vn.chitieu.orgunit.OrgUnitKind.PHUONG : null,
                    blankToNull(number.getValue().replaceAll("[()]", "")), typedName,
                    blankToNull(measure.getValue()), blankToNull(responsible.getValue()),
                    blankToNull(target.getValue()), TargetForm.horizon(horizon.getValue(), null),
                    parent.getValue() == null ? null : AggregateReference.to(parent.getValue().id()),
                    existing == null ? nextOrder() : existing.sortOrder(),
                    existing == null ? null : existing.source(), yearly == null ? Set.of() : yearly,
                    existing == null ? 0 : existing.version());
        }

        void save() {
            Term t = term.getValue();
            if (t == null || unit.getValue() == null || name.getValue().isBlank() || sector.getValue() == null) {
                Notification.show("Cần nhiệm kỳ, đơn vị, lĩnh vực và tên chỉ tiêu", 4000,
                        Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_ERROR);
                return;
            }
            Set<AnnualPlan> yearly = new java.util.HashSet<>();
            for (TextField plan : plans.values()) {
                AnnualPlan checked = checkPlan(plan);
                if (plan.isInvalid()) {
                    // nothing is written while one plan cannot be read
                    return;
                }
                if (checked != null) {
                    yearly.add(checked);
                }
            }
            Indicator indicator = draft(t, yearly);
            try {
                indicators.save(indicator);
                dialog.close();
                refresh();
                Notification.show("Đã lưu chỉ tiêu", 3000, Notification.Position.TOP_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (IllegalArgumentException e) {
                target.setInvalid(true);
                target.setErrorMessage(e.getMessage());
            } catch (org.springframework.dao.DuplicateKeyException e) {
                Notification.show(e.getMessage(), 6000, Notification.Position.TOP_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            } catch (org.springframework.dao.OptimisticLockingFailureException e) {
                Notification.show("Chỉ tiêu vừa được người khác sửa: đóng và mở lại để xem bản mới", 6000,
                        Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        }

        private void reactivate(Indicator indicator) {
            try {
                indicators.reactivate(indicator.id());
                dialog.close();
                refresh();
                Notification.show("Đã theo dõi lại chỉ tiêu " + indicator.numberLabel(), 3000,
                        Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (IllegalArgumentException refused) {
                Notification.show(refused.getMessage(), 6000, Notification.Position.TOP_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        }

        ConfirmDialog askDeactivate(Indicator indicator) {
            var why = new TextField("Lý do");
            why.setWidthFull();
            why.setRequired(true);
            var text = new Div(new Span("Chỉ tiêu và toàn bộ số liệu, lịch sử được giữ lại; chỉ tiêu rời danh mục đang "
                    + "theo dõi, trang Tổng quan và màn hình nhập số liệu cho đến khi được theo dõi lại."), why);
            ConfirmDialog ask = new ConfirmDialog();
            ask.setHeader("Ngừng theo dõi " + indicator.numberLabel() + " " + indicator.name());
            ask.setText(text);
            ask.setCancelable(true);
            ask.setCancelText("Hủy");
            ask.setConfirmText("Ngừng theo dõi");
            ask.setConfirmButtonTheme("error primary");
            ask.setCloseOnEsc(true);
            ask.addConfirmListener(e -> {
                try {
                    indicators.deactivate(indicator.id(), why.getValue());
                    dialog.close();
                    refresh();
                } catch (IllegalArgumentException refused) {
                    Notification.show(refused.getMessage(), 6000, Notification.Position.TOP_CENTER)
                            .addThemeVariants(NotificationVariant.LUMO_ERROR);
                }
            });
            ask.open();
            return ask;
        }

        private int nextOrder() {
            return grid.getListDataView().getItems().mapToInt(Indicator::sortOrder).max().orElse(0) + 1;
        }
    }

    private static @Nullable String blankToNull(String s) {
        return s.isBlank() ? null : s.strip();
    }
}
