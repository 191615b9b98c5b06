package vn.chitieu.base.text;

import java.text.Normalizer;
import java.util.Locale;

/** Names compared as people read them: case, spacing and Unicode form do not matter. */
public final class Names {

    private Names() {
    }

    /** The form two names share when a person would call them the same. */
    public static String key(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }
}
