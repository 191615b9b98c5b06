package vn.chitieu.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasOrderedComponents;
import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * A unit to choose among those the person may read, however many there are: the units are not sent with the page but
 * asked for a page at a time as the list opens and scrolls, matching what is typed against their name or code (the
 * services leave accents and case to the database's collation, so "tam ky" finds "Tam Kỳ"). An administrator at
 * national size reads 3,355 units; sending them all made the dashboard's first response 1.88 MB. A person with a
 * single unit sees it and has nothing to choose: where the picker stands in a layout, a plain text under the same
 * label takes its place ({@link #choose(Object, boolean)}), not a read-only combo box, which is the costliest element
 * of the dashboard's page for the browser to create (docs/quy-mo-quoc-gia.md).
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

    private Page<T> page = (search, offset, limit) -> List.of();
    /** What stands in the picker's place for a person with one unit: the label and the unit's name. */
    private final Div fixed = new Div();
    private final Span fixedName = new Span();

    public UnitPicker(ItemLabelGenerator<T> label) {
        super(LABEL);
        addClassName("unit-picker");
        setItemLabelGenerator(label);
        setPlaceholder("Gõ tên hoặc mã để tìm");
        setAllowCustomValue(false);
        setWidth("18em");
        var fixedLabel = new Span(LABEL);
        fixedLabel.addClassName("choice-label");
        fixedName.addClassName("unit-fixed-name");
        fixed.add(fixedLabel, fixedName);
        fixed.addClassName("unit-fixed");
        addValueChangeListener(e -> fixedName.setText(e.getValue() == null ? "" : label.apply(e.getValue())));
        // a unit is always shown: emptying the field keeps the unit it had rather than a screen about nothing
        addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() == null && e.getOldValue() != null) {
                setValue(e.getOldValue());
            }
        });
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
        setReadOnly(!several);
        if (several) {
            replace(fixed, this);
        } else {
            replace(this, fixed);
        }
    }

    /** Shows no unit (the person reads none in the term): the picker, empty, in its place rather than a blank name. */
    public void chooseNone() {
        setValue(null);
        replace(fixed, this);
    }

    /** The text shown instead of the picker when there is nothing to choose, for tests. */
    public Component fixed() {
        return fixed;
    }

    private static void replace(Component shown, Component instead) {
        shown.getParent().ifPresent(parent -> {
            if (parent instanceof HasOrderedComponents layout) {
                layout.replace(shown, instead);
            }
        });
    }
}
