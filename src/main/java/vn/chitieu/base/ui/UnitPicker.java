package vn.chitieu.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToIntFunction;

/**
 * A unit to choose among those the person may read, however many there are: the units are not sent with the page but
 * asked for a page at a time as the list opens and scrolls, matching what is typed against their name or code (the
 * services leave accents and case to the database's collation, so "tam ky" finds "Tam Kỳ"). An administrator at
 * national size reads 3,355 units; sending them all made the dashboard's first response 1.88 MB. A person with a
 * single unit sees it and has nothing to choose: where the picker stands in a layout, a plain text under the same
 * label takes its place ({@link #choose(Object, boolean)}), not a read-only combo box, which is the costliest element
 * of the dashboard's page for the browser to create (docs/quy-mo-quoc-gia.md). A person with several units sees, until
 * they first open it, a plain button in the field's look with the unit's name: the combo box is made when it is wanted
 * (a third of the browser's work on opening a province's dashboard), opened and focused in the button's place.
 *
 * @param <T> the feature's record for a unit; the feature's service finds them and checks the person's scope
 */
public class UnitPicker<T> extends ComboBox<T> {

    /** One page of the units whose name or code contains the search, in name order. */
    @FunctionalInterface
    public interface Page<T> {

        List<T> of(String search, int offset, int limit);
    }

    private static final String LABEL = "Đơn vị";
    private static final AtomicLong LABELS = new AtomicLong();

    private Page<T> page = (search, offset, limit) -> List.of();
    /**
     * What stands in the picker's place: its label with the unit's name (nothing to choose) or with a button (until the
     * person first asks for the list).
     */
    private final Div fixed = new Div();
    private final Span fixedLabel = new Span(LABEL);
    private final Span fixedName = new Span();
    /** The unit's name as a button that brings the combo box, for a person with several units. */
    private final NativeButton facade = new NativeButton();
    /** The button's words, cut short with an ellipsis as the combo box cuts a long name. */
    private final Span facadeName = new Span();
    /** Whether the name or the button stands in the picker's place. */
    private boolean standIn;
    /** Whether the person has asked for the list once: the combo box stays from then on. */
    private boolean asked;

    public UnitPicker(ItemLabelGenerator<T> label) {
        // the label is set once the name's label exists, which setLabel keeps in step
        setLabel(LABEL);
        addClassName("unit-picker");
        setItemLabelGenerator(label);
        setPlaceholder("Gõ tên hoặc mã để tìm");
        setAllowCustomValue(false);
        setWidth("18em");
        // the label names the unit for screen readers too, as the field's label did
        fixedLabel.addClassName("choice-label");
        long number = LABELS.incrementAndGet();
        fixedLabel.setId("unit-fixed-label-" + number);
        fixedName.addClassName("unit-fixed-name");
        facade.addClassName("unit-facade");
        facade.setId("unit-facade-" + number);
        facade.getElement().setAttribute("aria-haspopup", "listbox");
        // collapsed while it exists: opened, the combo box takes its place
        facade.getElement().setAttribute("aria-expanded", "false");
        facade.getElement().setAttribute("aria-labelledby", fixedLabel.getId().orElseThrow() + " " + facade.getId().orElseThrow());
        facade.add(facadeName);
        facade.addClickListener(e -> open());
        var field = new Div(fixedLabel, fixedName, facade);
        field.addClassName("unit-fixed-field");
        fixed.add(field);
        fixed.addClassName("unit-fixed");
        fixed.getElement().setAttribute("role", "group");
        fixed.getElement().setAttribute("aria-labelledby", fixedLabel.getId().orElseThrow());
        name("");
        addValueChangeListener(e -> name(e.getValue() == null ? "" : label.apply(e.getValue())));
        // a screen may choose the unit before it puts the picker in its layout: placed again once on the page
        addAttachListener(e -> e.getUI().beforeClientResponse(this, context -> place()));
        // a unit is always shown: emptying the field keeps the unit it had rather than a screen about nothing
        addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() == null && e.getOldValue() != null) {
                setValue(e.getOldValue());
            }
        });
    }

    /** The unit's name in the name and on the button; with none yet (offer()), the button says what it is for. */
    private void name(String name) {
        fixedName.setText(name);
        facadeName.setText(name.isEmpty() ? "Chọn đơn vị" : name);
        facade.getElement().getClassList().set("empty", name.isEmpty());
        facade.getElement().setAttribute("title", name.isEmpty() ? "Chọn đơn vị" : "Chọn đơn vị khác");
    }

    @Override
    public void setLabel(String label) {
        super.setLabel(label);
        fixedLabel.setText(label);
    }

    /** The name and the button in the picker's place take its width too. */
    @Override
    public void setWidth(String width) {
        super.setWidth(width);
        fixed.getStyle().set("--unit-picker-width", width);
    }

    /** Finds the units from now on with these (another term has other units); the value is left to the caller. */
    public void show(Page<T> page, ToIntFunction<String> count) {
        this.page = page;
        setItems(query -> page.of(query.getFilter().orElse("").strip(), query.getOffset(), query.getLimit()).stream(),
                query -> count.applyAsInt(query.getFilter().orElse("").strip()));
    }

    /** Shows this unit; read only when it is the only one (asked for two units: the list is read only when opened). */
    public void choose(T unit) {
        choose(unit, page.of("", 0, 2).size() > 1);
    }

    /**
     * Shows this unit, read only unless the person has another to choose (when the caller knows already). With nothing
     * to choose, the unit's name stands in the picker's place in its layout; with a choice again (another term), the
     * picker comes back.
     */
    public void choose(T unit, boolean several) {
        setValue(unit);
        stand(several);
    }

    /** Shows no unit yet, for the person to choose one (a screen that needs a unit and has none to assume). */
    public void offer() {
        setValue(null);
        stand(true);
    }

    /** The name (nothing to choose) or, until the list was first asked for, the button stands in the picker's place. */
    private void stand(boolean several) {
        setReadOnly(!several);
        standIn = !several || !asked;
        fixedName.setVisible(!several);
        facade.setVisible(several);
        place();
    }

    /** The combo box in the button's place, open on the units and focused, as if the person had opened it. */
    public void open() {
        asked = true;
        standIn = false;
        place();
        focus();
        setOpened(true);
    }

    /**
     * Shows no unit (the person reads none in the term): the picker, empty and with nothing to open, rather than a
     * blank name.
     */
    public void chooseNone() {
        setValue(null);
        setReadOnly(true);
        standIn = false;
        place();
    }

    /** The text, or the button, shown in the picker's place, for tests. */
    public Component fixed() {
        return fixed;
    }

    /** The button shown in the picker's place until the person first opens the list, for tests. */
    public NativeButton facade() {
        return facade;
    }

    /** The words on the button, for tests. */
    public String facadeText() {
        return facadeName.getText();
    }

    /** The picker or the name, whichever is wanted, where the other stands in whatever element holds it. */
    private void place() {
        Element out = (standIn ? this : fixed).getElement();
        Element parent = out.getParent();
        if (parent != null) {
            parent.setChild(parent.indexOfChild(out), (standIn ? fixed : this).getElement());
        }
    }
}
