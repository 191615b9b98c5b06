package vn.chitieu.security;

import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The signed-in principal: Spring's user plus whether the password is a temporary one that must be replaced. */
final class AccountDetails extends User {

    private final boolean mustChangePassword;

    AccountDetails(AppUser user) {
        super(user.username(), user.passwordHash(), user.enabled(), true, true, true,
                List.of(new SimpleGrantedAuthority(user.role().authority())));
        this.mustChangePassword = user.mustChangePassword();
    }

    boolean mustChangePassword() {
        return mustChangePassword;
    }

    // User's equals/hashCode (by name) are what the session registry keys sessions on: keep them
}
