package vn.chitieu.datavalue.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
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
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.chitieu.base.db.ConnectionPools;
import vn.chitieu.base.db.DatabaseOutage;
import vn.chitieu.base.ui.UnitPicker;
import vn.chitieu.base.ui.VerdictBadge;
import vn.chitieu.datavalue.DataValue;
import vn.chitieu.datavalue.DataValueService;
import vn.chitieu.datavalue.EntryRejectedException;
import vn.chitieu.datavalue.EntryService;
import vn.chitieu.datavalue.EntryService.Entry;
import vn.chitieu.datavalue.EntryService.SheetRow;
import vn.chitieu.datavalue.EntryService.SheetUnit;
import vn.chitieu.datavalue.Period;
import vn.chitieu.datavalue.ValueConflictException;
import vn.chitieu.evaluation.TermRollup;
import vn.chitieu.indicator.IndicatorService;
import vn.chitieu.indicator.Term;

/**
 * Staff enter a period's figures for a unit: one row per indicator of the running term, keyboard first (Tab across,
 * Enter down, Ctrl+S saves), each value read and judged as it is typed, a miss asking for its reason and remedy.
 * Unsaved rows are marked and leaving asks first. A figure someone else saved meanwhile is never overwritten
 * silently: both are shown and the person chooses. The address names the unit and period
 * ({@code nhap-ky?don-vi=tam-ky&ky=2026-Q3}), so "Việc của tôi" can open the sheet where figures are owed.
 */
@Route(EntryView.ROUTE)
@PageTitle("Nhập số liệu kỳ · Chỉ tiêu")
@Menu(order = 2, icon = "vaadin:edit", title = "Nhập số liệu kỳ")
@RolesAllowed({"CAN_BO", "QUAN_TRI"})
class EntryView extends VerticalLayout implements BeforeEnterObserver, BeforeLeaveObserver {

    static final String ROUTE = "nhap-ky";
    static final String UNIT_PARAMETER = "don-vi";
    static final String PERIOD_PARAMETER = "ky";
    private static final List<String> PARTS = List.of("Quý I", "Quý II", "Quý III", "Quý IV", "6 tháng", "9 tháng",
            "Cả năm");

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private final EntryService entries;
    private final DataValueService values;
    private final ConnectionPools pools;
    private final @Nullable Term term;
    final UnitPicker<SheetUnit> unit = new UnitPicker<>(SheetUnit::name);
    final Select<Integer> year = new Select<>();
    final Select<String> part = new Select<>();
    final Div sheet = new Div();
    final Span status = new Span();
    final Button save = new Button("Lưu (Ctrl+S)", VaadinIcon.CHECK.create());
    final List<RowEditor> editors = new ArrayList<>();
    private boolean locked;

    EntryView(EntryService entries, DataValueService values, IndicatorService indicators, ConnectionPools pools) {
        this.entries = entries;
        this.values = values;
        this.pools = pools;
        this.term = indicators.openTerm().orElse(null);
        addClassName("entry-view");
        setWidthFull();

        year.setLabel("Năm");
        part.setLabel("Kỳ");
        part.setItems(PARTS);
        if (term != null) {
            // only the units this person enters figures for, opening on their own
            unit.show(entries::sheetUnits, entries::countSheetUnits);
            entries.sheetUnit(null).ifPresent(unit::choose);
            year.setItems(term.years());
            year.setValue(term.yearNearest(java.time.Clock.system(ZoneId.of("Asia/Ho_Chi_Minh"))));
            part.setValue("Cả năm");
        }
        unit.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                loadIfClean(() -> unit.setValue(e.getOldValue()));
            }
        });
        year.addValueChangeListener(e -> loadIfClean(() -> year.setValue(e.getOldValue())));
        part.addValueChangeListener(e -> loadIfClean(() -> part.setValue(e.getOldValue())));

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> saveAll());
        // commit the field being typed in before saving: its value is otherwise sent only when it loses focus
        Shortcuts.addShortcutListener(this, this::saveAll, Key.KEY_S, KeyModifier.CONTROL).listenOn(this)
                .resetFocusOnActiveElement();

        var filters = new FlexLayout(unit, year, part, save);
        filters.addClassName("filters");
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(FlexComponent.Alignment.END);
        status.addClassName("entry-status");
        sheet.addClassName("entry-sheet");
        // Enter goes down to the next value in the browser itself: a round trip to the server would let the next
        // keystrokes of a fast typist land in the field just left
        sheet.getElement().executeJs("""
                this.addEventListener('keydown', e => {
                  const field = e.target.closest && e.target.closest('.entry-value vaadin-text-field');
                  if (e.key !== 'Enter' || !field) return;
                  const fields = [...this.querySelectorAll('.entry-value vaadin-text-field')];
                  const next = fields[fields.indexOf(field) + 1];
                  if (next) { e.preventDefault(); next.focus(); }
                });""");
        add(new H1("Nhập số liệu kỳ"), filters, status, sheet);
        load();
    }

    @Nullable Period period() {
        Integer y = year.getValue();
        String p = part.getValue();
        if (y == null || p == null) {
            return null;
        }
        return switch (p) {
            case "Quý I" -> Period.quarter(y, 1);
            case "Quý II" -> Period.quarter(y, 2);
            case "Quý III" -> Period.quarter(y, 3);
            case "Quý IV" -> Period.quarter(y, 4);
            case "6 tháng" -> Period.parse(y + "-6T");
            case "9 tháng" -> Period.parse(y + "-9T");
            default -> Period.year(y);
        };
    }

    /** The inverse of {@link #period()}: the choice of the "Kỳ" select for a period. */
    private static @Nullable String partOf(Period period) {
        return switch (period.kind()) {
            case QUARTER -> PARTS.get(period.part() - 1);
            case SIX_MONTHS -> "6 tháng";
            case NINE_MONTHS -> "9 tháng";
            case YEAR -> "Cả năm";
            case SPAN -> null;
        };
    }

    /** The unit and period the address names, when this person may enter figures there; otherwise the defaults. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        query.getSingleParameter(UNIT_PARAMETER).flatMap(entries::sheetUnit).ifPresent(unit::choose);
        query.getSingleParameter(PERIOD_PARAMETER).flatMap(EntryView::parsePeriod).ifPresent(period -> {
            String choice = partOf(period);
            if (choice != null && year.getListDataView().contains(period.yearFrom())) {
                year.setValue(period.yearFrom());
                part.setValue(choice);
            }
        });
    }

    private static java.util.Optional<Period> parsePeriod(String code) {
        try {
            return java.util.Optional.of(Period.parse(code));
        } catch (IllegalArgumentException notAPeriod) {
            return java.util.Optional.empty();
        }
    }

    /** The address of the sheet at a unit and period. */
    static String location(String unitCode, Period period) {
        return ROUTE + "?" + UNIT_PARAMETER + "=" + unitCode + "&" + PERIOD_PARAMETER + "=" + period.code();
    }

    private void loadIfClean(Runnable restore) {
        if (editors.stream().noneMatch(RowEditor::dirty)) {
            load();
            return;
        }
        ConfirmDialog ask = new ConfirmDialog("Còn số liệu chưa lưu",
                "Đổi đơn vị hoặc kỳ sẽ bỏ các thay đổi chưa lưu. Tiếp tục?", "Bỏ thay đổi", e -> load());
        ask.setCancelable(true);
        ask.setCancelText("Ở lại");
        ask.addCancelListener(e -> restore.run());
        ask.open();
    }

    /** Reads the sheet from the database, dropping unsaved edits. */
    void load() {
        sheet.removeAll();
        editors.clear();
        Period period = period();
        SheetUnit u = unit.getValue();
        if (term == null || period == null || u == null) {
            status.setText("Chưa có nhiệm kỳ đang thực hiện hoặc đơn vị để nhập.");
            save.setEnabled(false);
            return;
        }
        locked = values.isLocked(u.id(), period);
        status.removeAll();
        if (locked) {
            // a Vaadin icon, not the 🔒 character, which Debian's Chromium shows as an empty box
            status.add(VaadinIcon.LOCK.create(), new Span("Kỳ " + period.label() + " của " + u.name()
                    + " đã khóa sổ: chỉ xem, không sửa."));
        } else {
            status.setText(u.name() + " · " + period.label() + " · " + term.label());
        }
        status.getElement().setAttribute("data-locked", locked);
        save.setEnabled(!locked);
        sheet.add(header(period.previous()));
        String sector = null;
        for (SheetRow row : entries.sheet(term, u.id(), period)) {
            if (!row.indicator().sector().label().equals(sector)) {
                sector = row.indicator().sector().label();
                var heading = new Div(new Span(sector));
                heading.addClassName("entry-sector");
                sheet.add(heading);
            }
            RowEditor editor = new RowEditor(row, u.id(), period);
            editors.add(editor);
            sheet.add(editor.row);
        }
    }

    private static Div header(Period previous) {
        var header = new Div();
        header.addClassName("entry-header");
        for (String title : List.of("Chỉ tiêu · mục tiêu", "Kỳ trước: " + previous.label(), "Giá trị", "Ghi chú",
                "Nguyên nhân · giải pháp")) {
            header.add(new Span(title));
        }
        return header;
    }

    void saveAll() {
        List<RowEditor> dirty = editors.stream().filter(RowEditor::dirty).toList();
        if (locked || dirty.isEmpty()) {
            Notification.show(locked ? "Kỳ đã khóa sổ" : "Không có thay đổi để lưu", 3000,
                    Notification.Position.TOP_CENTER);
            return;
        }
        save(dirty.stream().map(RowEditor::entry).toList());
    }

    private void save(List<Entry> batch) {
        try {
            List<DataValue> saved = entries.saveAll(batch);
            Notification.show("Đã lưu " + saved.size() + " giá trị", 4000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            load();
        } catch (EntryRejectedException rejected) {
            editors.forEach(editor -> editor.showProblems(rejected.problems().get(editor.indicatorId())));
            Notification.show(rejected.getMessage(), 6000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        } catch (ValueConflictException conflict) {
            showConflicts(batch, conflict);
        } catch (RuntimeException e) {
            if (!pools.outage(e)) {
                throw e;
            }
            // the transaction wrote nothing; the rows keep what was typed and stay marked unsaved for another try
            Notification notification = Notification.show(DatabaseOutage.NOT_SAVED, 8000,
                    Notification.Position.TOP_CENTER);
            notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
            notification.addClassName("database-outage");
        }
    }

    /** Both figures side by side; the person keeps the saved one or writes theirs over it, knowingly. */
    void showConflicts(List<Entry> batch, ValueConflictException conflict) {
        var text = new Div();
        for (EntryService.Conflict c : conflict.conflicts()) {
            String name = editors.stream().filter(e -> e.indicatorId() == c.mine().indicatorId()).findFirst()
                    .map(e -> e.row.getElement().getAttribute("data-name")).orElse("");
            var line = new Div(new Span(name + ": giá trị của bạn \"" + c.mine().text() + "\"; " + c.theirs().updatedBy()
                    + " đã lưu \"" + c.theirs().valueText() + "\" lúc " + TIME.format(c.theirs().updatedAt())));
            line.addClassName("conflict-line");
            text.add(line);
        }
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader("Số liệu vừa được người khác lưu");
        dialog.setText(text);
        dialog.setCancelable(true);
        dialog.setCancelText("Giữ giá trị đã lưu");
        dialog.addCancelListener(e -> load());
        dialog.setConfirmText("Ghi giá trị của tôi");
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> save(batch.stream().map(entry -> conflict.conflicts().stream()
                .filter(c -> c.mine().equals(entry)).findFirst()
                .map(c -> new Entry(entry.indicatorId(), entry.orgUnitId(), entry.period(), entry.estimate(),
                        entry.text(), entry.note(), entry.reason(), entry.remedy(), c.theirs().id(),
                        c.theirs().version()))
                .orElse(entry)).toList()));
        dialog.open();
    }

    /** Every saved version of a value: who, when, what, and why. Nothing is ever deleted. */
    void showHistory(DataValue value) {
        var list = new Div();
        list.addClassName("history");
        for (DataValueService.Version v : values.versionsOf(value.id())) {
            var line = new Div(new Span("Phiên bản " + v.version() + " · " + TIME.format(v.savedAt()) + " · "
                    + v.savedBy() + ": "), new Span(v.valueText() + (v.estimate() ? " (ước tính)" : "")));
            if (v.note() != null) {
                line.add(new Span(" · Ghi chú: " + v.note()));
            }
            if (v.reason() != null || v.remedy() != null) {
                line.add(new Span(" · Nguyên nhân: " + Objects.requireNonNullElse(v.reason(), "—") + " · Giải pháp: "
                        + Objects.requireNonNullElse(v.remedy(), "—")));
            }
            list.add(line);
        }
        if (list.getChildren().findAny().isEmpty()) {
            list.add(new Span("Chưa có phiên bản nào được ghi lại (số liệu nạp từ văn kiện trước khi có lịch sử)."));
        }
        var dialog = new com.vaadin.flow.component.dialog.Dialog("Lịch sử: " + value.periodLabel());
        dialog.add(list);
        dialog.getFooter().add(new Button("Đóng", e -> dialog.close()));
        dialog.open();
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (editors.stream().anyMatch(RowEditor::dirty)) {
            var action = event.postpone();
            ConfirmDialog ask = new ConfirmDialog("Còn số liệu chưa lưu",
                    "Rời trang sẽ mất các thay đổi chưa lưu.", "Rời trang", e -> action.proceed());
            ask.setCancelable(true);
            ask.setCancelText("Ở lại");
            ask.open();
        }
    }

    /** The fields of one indicator's row, and what they held when loaded. */
    final class RowEditor {

        final SheetRow source;
        final long unitId;
        final Period period;
        final Div row = new Div();
        final TextField value = new TextField();
        final Checkbox estimate = new Checkbox("ước tính");
        final TextField note = new TextField();
        final TextArea reason = new TextArea();
        final TextArea remedy = new TextArea();
        final Span reading = new Span();
        final Div verdict = new Div();
        /** The one place where the row says what is wrong with it. */
        final Span problem = new Span();
        private final String loaded;

        RowEditor(SheetRow source, long unitId, Period period) {
            this.source = source;
            this.unitId = unitId;
            this.period = period;
            var indicator = source.indicator();
            DataValue current = source.current();
            row.addClassName("entry-row");
            row.getElement().setAttribute("data-name", indicator.numberLabel() + " " + indicator.name());

            var name = new Div(new Span(indicator.parentId() != null ? "↳ Trong đó: " + indicator.name()
                    : indicator.numberLabel() + " " + indicator.name()));
            name.addClassName("entry-name");
            var target = new Span("Mục tiêu: " + (indicator.targetText() == null ? "—" : indicator.targetText())
                    + (indicator.unit() == null ? "" : " · ĐVT: " + indicator.unit()));
            target.addClassName("entry-target");
            name.add(target);

            // the previous period of the same kind, named, so that "Kỳ trước" of Quý III is Quý II's figure
            DataValue previous = source.previous();
            var before = new Span(previous == null ? period.previous().label() + ": chưa có"
                    : previous.periodLabel() + ": " + previous.valueText() + (previous.estimate() ? " (ước tính)" : ""));
            before.addClassName("entry-previous");

            value.setAriaLabel("Giá trị " + indicator.name());
            value.setPlaceholder("ví dụ 96,4% hoặc 7/8");
            value.setValueChangeMode(ValueChangeMode.LAZY);
            value.setValueChangeTimeout(300);
            value.setValue(current == null ? "" : current.valueText());
            estimate.setValue(current != null && current.estimate());
            note.setAriaLabel("Ghi chú");
            note.setPlaceholder("Ghi chú");
            note.setValue(Objects.requireNonNullElse(current == null ? null : current.note(), ""));
            reason.setPlaceholder("Nguyên nhân");
            reason.setAriaLabel("Nguyên nhân");
            reason.setValue(Objects.requireNonNullElse(current == null ? null : current.reason(), ""));
            remedy.setPlaceholder("Giải pháp");
            remedy.setAriaLabel("Giải pháp");
            remedy.setValue(Objects.requireNonNullElse(current == null ? null : current.remedy(), ""));
            loaded = snapshot();
            reading.addClassName("entry-reading");
            problem.addClassName("entry-problem");
            var valueBox = new Div(value, estimate, reading, verdict, problem);
            valueBox.addClassName("entry-value");
            var why = new Div(reason, remedy);
            why.addClassName("entry-why");
            if (current != null && current.id() != null) {
                var history = new Button("Lịch sử", VaadinIcon.TIME_BACKWARD.create(), e -> showHistory(current));
                history.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
                history.getElement().setAttribute("tabindex", "-1");
                name.add(history);
            }
            if (indicator.responsible() != null) {
                var who = new Span("Phụ trách: " + indicator.responsible());
                who.addClassName("entry-target");
                name.add(who);
            }
            row.add(name, before, valueBox, note, why);
            for (var field : List.of(value, note)) {
                field.setReadOnly(locked);
                field.addValueChangeListener(e -> refresh());
            }
            for (var field : List.of(reason, remedy)) {
                field.setReadOnly(locked);
                field.setValueChangeMode(ValueChangeMode.LAZY);
                field.addValueChangeListener(e -> refresh());
            }
            estimate.setReadOnly(locked);
            estimate.addValueChangeListener(e -> refresh());
            refresh();
        }

        long indicatorId() {
            return source.indicator().id();
        }

        boolean dirty() {
            return !snapshot().equals(loaded);
        }

        private String snapshot() {
            return String.join("\u0001", value.getValue(), Boolean.toString(estimate.getValue()), note.getValue(),
                    reason.getValue(), remedy.getValue());
        }

        /** The engine's reading, verdict and problems, as the person types. */
        void refresh() {
            var check = entries.check(source.indicator(), value.getValue(), note.getValue(), source.previous(), period,
                    unitId);
            reading.setText(check.reading() == null ? "" : "= " + check.reading());
            verdict.removeAll();
            // a value that cannot stand gets no verdict beside its error: "Đạt" next to "104%" would contradict it
            if (check.reading() != null && check.problems().isEmpty()) {
                var e = check.evaluation();
                verdict.add(VerdictBadge.of(e.verdict(), e.exceeded(), e.estimate() || estimate.getValue(),
                        e.explanation()));
                if (check.projection() != null && check.projection().outlook() != TermRollup.Outlook.CHUA_DU_DU_LIEU) {
                    verdict.add(VerdictBadge.of(check.projection().outlook(), check.projection().explanation()));
                }
            }
            boolean needsWhy = check.needsReason();
            reason.setRequiredIndicatorVisible(needsWhy);
            remedy.setRequiredIndicatorVisible(needsWhy);
            reason.setInvalid(needsWhy && reason.getValue().isBlank());
            remedy.setInvalid(needsWhy && remedy.getValue().isBlank());
            List<String> problems = new ArrayList<>(check.problems());
            value.setInvalid(!problems.isEmpty());
            DataValueService.missingExplanation(check, reason.getValue(), remedy.getValue()).ifPresent(problems::add);
            showProblems(problems);
            row.getElement().setAttribute("data-dirty", dirty());
            row.getElement().setAttribute("title", dirty() ? "Chưa lưu" : "");
        }

        /** The row's problems as sentences, in one place under the value. */
        void showProblems(@Nullable List<String> problems) {
            problem.setText(problems == null ? "" : problems.stream().map(RowEditor::sentence)
                    .collect(java.util.stream.Collectors.joining(" ")));
        }

        private static String sentence(String text) {
            return text.endsWith(".") ? text : text + ".";
        }

        Entry entry() {
            DataValue stored = estimate.getValue() ? source.estimate() : source.official();
            return new Entry(indicatorId(), unitId, period, estimate.getValue(), value.getValue().strip(),
                    blankToNull(note.getValue()), blankToNull(reason.getValue()), blankToNull(remedy.getValue()),
                    stored == null ? null : stored.id(), stored == null ? 0 : stored.version());
        }

        private static @Nullable String blankToNull(String s) {
            return s.isBlank() ? null : s.strip();
        }
    }
}
