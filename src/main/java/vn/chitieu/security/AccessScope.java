package vn.chitieu.security;

import java.util.Set;

/**
 * What the signed-in person may work on: the units assigned to their account (administrators and the system: every
 * unit) and the sectors they answer for (none assigned: every sector). Figures are written only for the assigned units;
 * they are read also for the units below them and the units they were formed from (Tam Kỳ's An Mỹ, An Xuân, Trường
 * Xuân), so a leader of a merged ward still sees its former wards' history.
 *
 * @param allUnits  whether every unit is in scope (QUAN_TRI and the system)
 * @param unitIds   the assigned units; empty for a person assigned none, who then may see no unit's figures
 * @param sectors   names of {@code indicator.Sector} constants; empty means every sector
 * @param readable  the assigned units with their sub-units and former units
 */
public record AccessScope(boolean allUnits, Set<Long> unitIds, Set<String> sectors, Set<Long> readable) {

    public AccessScope {
        unitIds = Set.copyOf(unitIds);
        sectors = Set.copyOf(sectors);
        readable = Set.copyOf(readable);
    }

    static AccessScope everything() {
        return new AccessScope(true, Set.of(), Set.of(), Set.of());
    }

    /** Whether the person's assigned units include this one (where they may write, by role). */
    public boolean coversUnit(long unitId) {
        return allUnits || unitIds.contains(unitId);
    }

    /** @param sector the name of an {@code indicator.Sector} constant, e.g. {@code "KINH_TE"} */
    public boolean coversSector(String sector) {
        return sectors.isEmpty() || sectors.contains(sector);
    }

    /** Whether the person may read this unit's figures: an assigned unit, one below it, or one it was formed from. */
    public boolean canRead(long unitId) {
        return allUnits || readable.contains(unitId);
    }

    /** Whether the person may write this unit's figures of this sector (their role permitting). */
    public boolean canWrite(long unitId, String sector) {
        return coversUnit(unitId) && coversSector(sector);
    }
}
