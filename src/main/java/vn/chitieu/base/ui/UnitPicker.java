package vn.chitieu.base.ui;

import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.combobox.ComboBox;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * A unit to choose among those the person may read, however many there are: the units are not sent with the page but
 * asked for a page at a time as the list opens and scrolls, matching what is typed against their name or code (the
 * services leave accents and case to the database's collation, so "tam ky" finds "Tam Kỳ"). An administrator at
 * national size reads 3,355 units; sending them all made the dashboard's first response 1.88 MB. A person with a
 * single unit sees it and has nothing to choose.
 *
 * @param <T> the feature's record for a unit; the feature's service finds them and checks the person's scope
 */
public class UnitPicker<T> extends ComboBox<T> {

    /** One page of the units whose name or code contains the search, in name order. */
    @FunctionalInterface
    public interface Page<T> {

        List<T> of(String search, int offset, int limit);
    }

    private Page<T> page = (search, offset, limit) -> List.of();

    public UnitPicker(ItemLabelGenerator<T> label) {
        super("Đơn vị");
        addClassName("unit-picker");
        setItemLabelGenerator(label);
        setPlaceholder("Gõ tên hoặc mã để tìm");
        setAllowCustomValue(false);
        setWidth("18em");
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

    /** Shows this unit, read only unless the person has another to choose (when the caller knows already). */
    public void choose(T unit, boolean several) {
        setValue(unit);
        setReadOnly(!several);
    }
}
