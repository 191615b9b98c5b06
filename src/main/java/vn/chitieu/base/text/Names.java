package vn.chitieu.base.text;

import java.text.Normalizer;
import java.util.Locale;

/** Names compared as people read them: case, spacing and Unicode form do not matter. */
public final class Names {

    private Names() {
    }

    /** The form two names share when a person would call them the same. */
    public static String key(String name) {
        return SPACES.matcher(Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT)).replaceAll(" ")
                .strip();
    }

    /** Compiled once: a units overview keys the names of a province's 2,940 indicators. */
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
}
