package vn.chitieu.security;

import java.util.function.LongPredicate;
import org.springframework.stereotype.Component;
import vn.chitieu.orgunit.UnitReach;

/** The units feature's question of who may read which unit, answered with the one read rule, {@link AccessScope}. */
@Component
class CurrentUnitReach implements UnitReach {

    private final UserService users;

    CurrentUnitReach(UserService users) {
        this.users = users;
    }

    @Override
    public LongPredicate current() {
        return users.currentScope()::canRead;
    }
}
