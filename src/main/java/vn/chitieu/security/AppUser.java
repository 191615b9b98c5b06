package vn.chitieu.security;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.jdbc.core.mapping.AggregateReference;
import org.springframework.data.relational.core.mapping.Table;
import vn.chitieu.orgunit.OrgUnit;

/** A person who signs in. The password is only ever held as a hash. */
@Table("app_user")
public record AppUser(
        @Id @Nullable Long id,
        String username,
        String displayName,
        String passwordHash,
        Role role,
        @Nullable AggregateReference<OrgUnit, Long> orgUnitId,
        boolean enabled,
        @Version int version) {

    @Override
    public String toString() {
        // never print the hash into a log
        return "AppUser[" + username + ", " + role + "]";
    }
}
