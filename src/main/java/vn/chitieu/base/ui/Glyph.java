package vn.chitieu.base.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A Vaadin icon drawn by the stylesheet ({@code glyphs.css}, written by tools/glyphs.mjs) on a plain span, not a
 * {@code <vaadin-icon>}. A {@code <vaadin-icon>} is a web component with its own shadow DOM, first render and style
 * injection; the dashboard's page had 48 of them, the largest single cost in the browser's opening of it. Decorative:
 * hidden from screen readers, the word beside it says what it means.
 */
public final class Glyph extends Span {

    /** The icons glyphs.css draws: a name it lacks would draw nothing, so it is refused where the glyph is made. */
    static final Set<String> DRAWN = drawn();

    /**
     * A glyph by the icon's name as glyphs.css has it ({@code check-circle}), or as {@code @Menu} writes it
     * ({@code vaadin:check-circle}).
     *
     * @throws IllegalArgumentException when glyphs.css does not draw it (tools/glyphs.mjs adds it)
     */
    public Glyph(String name) {
        String icon = name.startsWith("vaadin:") ? name.substring("vaadin:".length()) : name;
        if (!DRAWN.contains(icon)) {
            throw new IllegalArgumentException("glyphs.css has no icon " + icon + ": add it in tools/glyphs.mjs");
        }
        addClassName("glyph");
        getElement().setAttribute("data-icon", icon);
        getElement().setAttribute("aria-hidden", "true");
    }

    public Glyph(VaadinIcon icon) {
        this(name(icon));
    }

    /** The icon's name as glyphs.css has it: {@code VaadinIcon.CHECK_CIRCLE} → {@code check-circle}. */
    public static String name(VaadinIcon icon) {
        return icon.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The name this glyph draws. */
    public String icon() {
        return getElement().getAttribute("data-icon");
    }

    private static Set<String> drawn() {
        try (InputStream css = Glyph.class.getResourceAsStream("/META-INF/resources/glyphs.css")) {
            if (css == null) {
                throw new IllegalStateException("glyphs.css is missing from the class path");
            }
            return Pattern.compile("data-icon=\"([a-z0-9-]+)\"").matcher(new String(css.readAllBytes(),
                    StandardCharsets.UTF_8)).results().map(m -> m.group(1)).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
