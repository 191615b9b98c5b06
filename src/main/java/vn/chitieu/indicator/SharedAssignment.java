package vn.chitieu.indicator;

import org.jspecify.annotations.Nullable;

/**
 * A shared indicator (one for every unit of a kind) that applies to a unit: assigned by a unit above it, or by no one
 * (every unit of the kind).
 *
 * @param ownerName the unit that assigned it ("Thành phố Đà Nẵng"); null when no unit did
 * @param own       the unit's own target for it; null: the shared target applies
 */
public record SharedAssignment(long indicatorId, long unitId, @Nullable Long ownerId, @Nullable String ownerName,
                               @Nullable UnitTarget own) {
}
