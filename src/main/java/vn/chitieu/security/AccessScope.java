package vn.chitieu.security;

import java.util.Set;

/**
 * What the signed-in person may work on: the units assigned to their account (administrators and the system: every
 * unit) and the sectors they answer for (none assigned: every sector). Assigned units are taken literally; a service
 * that also shows a unit's former units (Tam Kỳ's An Mỹ, An Xuân, Trường Xuân) widens the set with the lineage itself.
 *
 * @param allUnits  whether every unit is in scope (QUAN_TRI and the system)
 * @param unitIds   the assigned units; empty for a person assigned none, who then may see no unit's figures
 * @param sectors   names of {@code indicator.Sector} constants; empty means every sector
 */
public record AccessScope(boolean allUnits, Set<Long> unitIds, Set<String> sectors) {

    public AccessScope {
        unitIds = Set.copyOf(unitIds);
        sectors = Set.copyOf(sectors);
    }

    static AccessScope everything() {
        return new AccessScope(true, Set.of(), Set.of());
    }

    public boolean coversUnit(long unitId) {
        return allUnits || unitIds.contains(unitId);
    }

    /** @param sector the name of an {@code indicator.Sector} constant, e.g. {@code "KINH_TE"} */
    public boolean coversSector(String sector) {
        return sectors.isEmpty() || sectors.contains(sector);
    }
}
