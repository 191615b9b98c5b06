package vn.chitieu.base;

import org.jspecify.annotations.Nullable;

/**
 * Where a figure or target was read: the document, the place in it, and the words it used. Shown to users so they
 * can check a figure against the paper.
 *
 * @param document a short name of the document, e.g. "Báo cáo chính trị Đại hội phường Tam Kỳ (000)"
 * @param place    the section, endnote or table row
 * @param quote    the sentence as the document writes it
 */
public record Source(@Nullable String document, @Nullable String place, @Nullable String quote) {

    public static final Source NONE = new Source(null, null, null);

    /** "document, place" in one line, or empty when nothing is known. */
    public String label() {
        if (document == null) {
            return place == null ? "" : place;
        }
        return place == null ? document : document + " · " + place;
    }
}
