package vn.chitieu.indicator;

import java.time.Instant;

/**
 * A unit's own target for a shared indicator, in place of the shared one for that unit only: the text as written
 * (the authority) and the engine's reading of it, who set it and when.
 */
public record UnitTarget(long id, long indicatorId, long orgUnitId, String text, TargetForm form, String setBy,
                         Instant setAt, int version) {
}
