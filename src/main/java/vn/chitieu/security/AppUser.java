package vn.chitieu.security;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.jdbc.core.mapping.AggregateReference;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import vn.chitieu.orgunit.OrgUnit;

/**
 * A person who signs in. The password is only ever held as a hash. {@code orgUnitId} is the unit their screens open
 * on; {@code units} are all the units they work on (it among them), {@code sectors} the sectors they answer for
 * (none: every sector).
 */
@Table("app_user")
public record AppUser(
        @Id @Nullable Long id,
        String username,
        String displayName,
        String passwordHash,
        Role role,
        @Nullable AggregateReference<OrgUnit, Long> orgUnitId,
        boolean enabled,
        boolean mustChangePassword,
        @MappedCollection(idColumn = "app_user_id") Set<UserUnit> units,
        @MappedCollection(idColumn = "app_user_id") Set<UserSector> sectors,
        @Version int version) {

    public AppUser {
        units = Set.copyOf(units);
        sectors = Set.copyOf(sectors);
    }

    /** Ids of the units this person works on, in id order. */
    public Set<Long> unitIds() {
        return units.stream().map(UserUnit::orgUnitId).collect(Collectors.toCollection(TreeSet::new));
    }

    /** Names of the sectors ({@code indicator.Sector} constants) this person answers for; empty means all. */
    public Set<String> sectorCodes() {
        return sectors.stream().map(UserSector::sector).collect(Collectors.toCollection(TreeSet::new));
    }

    public @Nullable Long primaryUnitId() {
        return orgUnitId == null ? null : orgUnitId.getId();
    }

    AppUser withPasswordHash(String hash, boolean mustChange) {
        return new AppUser(id, username, displayName, hash, role, orgUnitId, enabled, mustChange, units, sectors, version);
    }

    AppUser withEnabled(boolean on) {
        return new AppUser(id, username, displayName, passwordHash, role, orgUnitId, on, mustChangePassword, units,
                sectors, version);
    }

    AppUser withProfile(String name, Role newRole, @Nullable Long primaryUnit, Set<Long> unitIds, Set<String> sectorCodes) {
        return new AppUser(id, username, name, passwordHash, newRole,
                primaryUnit == null ? null : AggregateReference.to(primaryUnit), enabled, mustChangePassword,
                unitIds.stream().map(UserUnit::new).collect(Collectors.toSet()),
                sectorCodes.stream().map(UserSector::new).collect(Collectors.toSet()), version);
    }

    @Override
    public String toString() {
        // never print the hash into a log
        return "AppUser[" + username + ", " + role + "]";
    }

    /** One unit of an account (table app_user_unit). */
    @Table("app_user_unit")
    public record UserUnit(long orgUnitId) {
    }

    /** One sector of an account (table app_user_sector). */
    @Table("app_user_sector")
    public record UserSector(String sector) {
    }
}
