package vn.chitieu.security;

import java.util.Optional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** The name of whoever is calling, for "who entered this" columns and the audit log. */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static Optional<String> username() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return Optional.of(auth.getName());
    }

    /** Whether the caller has a role, e.g. {@link Roles#QUAN_TRI}. */
    public static boolean hasRole(String role) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getAuthorities().stream().anyMatch(a -> ("ROLE_" + role).equals(a.getAuthority()));
    }

    /**
     * The task, to be run later on another thread as the person calling now: a screen refreshed by a push from
     * someone else's save reads with its own viewer's rights, not the saver's (nor none).
     */
    public static Runnable bind(Runnable task) {
        SecurityContext owner = SecurityContextHolder.getContext();
        return () -> {
            SecurityContext previous = SecurityContextHolder.getContext();
            SecurityContextHolder.setContext(owner);
            try {
                task.run();
            } finally {
                SecurityContextHolder.setContext(previous);
            }
        };
    }

    public static String require() {
        return username().orElseThrow(() -> new IllegalStateException("Chưa đăng nhập"));
    }
}
