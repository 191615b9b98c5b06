package vn.chitieu.base.ui;

import com.vaadin.browserless.ComponentTester;
import com.vaadin.flow.internal.nodefeature.ElementPropertyMap;
import com.vaadin.flow.internal.nodefeature.PropertyChangeDeniedException;
import java.util.Arrays;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/**
 * Does to a {@link NativeChoice} what the browser does: reads the options it was sent and sends back the key of the
 * one picked, as a synchronised property change from the client.
 */
public class NativeChoiceTester<T> extends ComponentTester<NativeChoice<T>> {

    public NativeChoiceTester(NativeChoice<T> choice) {
        super(choice);
    }

    /** The options the browser was given, as it shows them. */
    public List<String> getOptions() {
        return sent().stream().map(NativeChoice.Option::text).toList();
    }

    /** Picks the option with this text, as a person would. */
    public void select(String text) {
        ensureComponentIsUsable();
        sendKey(sent().stream().filter(o -> o.text().equals(text)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Không có lựa chọn “" + text + "”: " + getOptions()))
                .key());
    }

    /** Sends this key as the chosen one, whether or not it was offered (an altered request). */
    public void sendKey(String key) {
        ensureComponentIsUsable();
        try {
            getComponent().getElement().getNode().getFeature(ElementPropertyMap.class)
                    .deferredUpdateFromClient("value", key).run();
        } catch (PropertyChangeDeniedException e) {
            // the element does not accept this property from the browser: Flow would refuse the request too
            throw new IllegalStateException(e);
        }
    }

    private List<NativeChoice.Option> sent() {
        return Arrays.asList(JsonMapper.shared().readValue(
                getComponent().getElement().getProperty("options", "[]"), NativeChoice.Option[].class));
    }
}
