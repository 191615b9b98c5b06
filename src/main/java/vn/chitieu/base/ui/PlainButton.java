package vn.chitieu.base.ui;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * A button with an icon and a word, drawn by the browser's own {@code <button>} in Lumo's tertiary look
 * ({@code .plain-button} in styles.css): a {@code <vaadin-button>} is one more web component for the page to create.
 */
public final class PlainButton extends NativeButton {

    public PlainButton(VaadinIcon icon, String text, ComponentEventListener<ClickEvent<NativeButton>> listener) {
        super("", listener);
        add(new Glyph(icon), new Span(text));
        addClassName("plain-button");
    }
}
