package vn.chitieu.resolution;

import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.chitieu.evaluation.Horizon;
import vn.chitieu.indicator.Sector;

/**
 * One target of the catalogue as read from the resolution's text, before anything is written; every field can be
 * corrected by a person, after which {@link ResolutionReader#check} reads it again.
 *
 * @param label       the numbering as printed: "(1)", "1.", "a)"; empty for a bullet or a run-on list
 * @param sector      the heading it stands under, or the sector its subject names; null when neither says
 * @param name        the subject, without "phấn đấu", "đạt" and the figure
 * @param unit        đơn vị tính: "%", "hộ", "xếp loại"; null when the target has none
 * @param targetText  the target as the resolution writes it
 * @param horizon     over what time it is to be met; null when the target could not be read
 * @param reading     the engine's reading in words, or null when it could not read the target
 * @param errors      why the row cannot be saved as it stands, each a sentence a person can act on
 * @param parts       a compound target's parts ("100% các trường…; 100% các trường…"), saved as its sub-rows
 * @param existing    set when the unit's catalogue for the term already has this target: what it has
 */
public record ProposedTarget(
        String label,
        @Nullable Sector sector,
        String name,
        @Nullable String unit,
        String targetText,
        @Nullable Horizon horizon,
        @Nullable Integer horizonYear,
        @Nullable String reading,
        List<String> errors,
        List<ProposedTarget> parts,
        @Nullable String existing) {

    public ProposedTarget {
        errors = List.copyOf(errors);
        parts = List.copyOf(parts);
    }

    /** The number the catalogue stores: "6" for "(6)", "a" for "a)"; null when the text gives none. */
    public @Nullable String number() {
        String n = label.replaceAll("[^\\p{L}\\p{N}.]", "").replaceAll("\\.$", "");
        return n.isEmpty() ? null : n;
    }

    /** "hằng năm", "bình quân năm", "đến năm 2030", "cả nhiệm kỳ". */
    public String horizonWords() {
        if (horizon == null) {
            return "";
        }
        return horizon == Horizon.BY_YEAR && horizonYear != null ? "đến năm " + horizonYear : horizon.label();
    }

    /** Whether the row, and each of its parts, can be written. */
    public boolean isReadable() {
        return errors.isEmpty() && parts.stream().allMatch(ProposedTarget::isReadable);
    }

    public ProposedTarget withExisting(@Nullable String what) {
        return new ProposedTarget(label, sector, name, unit, targetText, horizon, horizonYear, reading, errors, parts,
                what);
    }

    /** The same row with the fields a person corrected, read again by the engine. */
    public ProposedTarget edited(String newLabel, @Nullable Sector newSector, String newName, @Nullable String newUnit,
                                 String newTarget, @Nullable Horizon newHorizon) {
        return ResolutionReader.check(new ProposedTarget(newLabel.strip(), newSector, newName.strip(),
                newUnit == null || newUnit.isBlank() ? null : newUnit.strip(), newTarget.strip(), newHorizon,
                newHorizon == horizon ? horizonYear : null, null, List.of(), parts, existing));
    }
}
