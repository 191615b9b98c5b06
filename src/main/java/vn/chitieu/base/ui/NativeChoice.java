package vn.chitieu.base.ui;

import com.vaadin.flow.component.AbstractSinglePropertyField;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.function.SerializableFunction;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * One of a few items (a term, a period) in a native select that {@code chitieu-choice.js} draws from one JSON
 * property. For the short lists every screen opens with: in production mode the dashboard's two combo boxes for these
 * cost the browser more than anything else on the page, and an element per option would cost the server a node each
 * (docs/quy-mo-quoc-gia.md). A long or searchable list stays a combo box ({@link UnitPicker}).
 *
 * <p>The browser knows an item by its key only; a key the server did not offer (an altered request: the select has
 * no empty option) becomes no value, which the screens' listeners answer by putting the value back.
 *
 * @param <T> the item: its key must be unique among the items
 */
@Tag("chitieu-choice")
@JsModule("./base/chitieu-choice.js")
public class NativeChoice<T> extends AbstractSinglePropertyField<NativeChoice<T>, @Nullable T>
        implements HasLabel, HasStyle {

    /** An option as the browser is given it. */
    record Option(String key, String text) {
    }

    private final SerializableFunction<T, String> key;
    private final SerializableFunction<T, String> text;
    private List<T> items = List.of();

    public NativeChoice(String label, SerializableFunction<T, String> key, SerializableFunction<T, String> text) {
        super("value", null, String.class, (choice, chosen) -> choice.itemOf(chosen),
                (choice, item) -> choice.keyOf(item));
        this.key = key;
        this.text = text;
        setLabel(label);
    }

    /** Offers these items; the value is left to the caller. */
    public void setItems(List<T> items) {
        this.items = List.copyOf(items);
        getElement().setProperty("options", JsonMapper.shared().writeValueAsString(
                this.items.stream().map(item -> new Option(key.apply(item), text.apply(item))).toList()));
    }

    public List<T> getItems() {
        return items;
    }

    private @Nullable T itemOf(@Nullable String chosen) {
        return items.stream().filter(item -> Objects.equals(key.apply(item), chosen)).findFirst().orElse(null);
    }

    private String keyOf(@Nullable T item) {
        return item == null ? "" : key.apply(item);
    }
}
