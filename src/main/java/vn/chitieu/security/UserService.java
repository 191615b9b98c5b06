package vn.chitieu.security;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.jdbc.core.mapping.AggregateReference;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chitieu.orgunit.OrgUnit;

@Service
public class UserService {

    static final int MIN_PASSWORD_LENGTH = 10;

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;

    UserService(AppUserRepository users, PasswordEncoder passwordEncoder) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
    }

    @PreAuthorize(Roles.ADMIN)
    @Transactional
    public AppUser create(String username, String displayName, String rawPassword, Role role, @Nullable Long orgUnitId) {
        String name = username.strip();
        if (!name.matches("[a-z0-9._-]{3,64}")) {
            throw new IllegalArgumentException(
                    "Tên đăng nhập chỉ gồm chữ thường không dấu, số, dấu chấm, gạch dưới, gạch ngang (3-64 ký tự)");
        }
        if (rawPassword.length() < MIN_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("Mật khẩu cần ít nhất " + MIN_PASSWORD_LENGTH + " ký tự");
        }
        if (users.findByUsername(name).isPresent()) {
            throw new DuplicateKeyException("Tên đăng nhập " + name + " đã có");
        }
        AggregateReference<OrgUnit, Long> unit = orgUnitId == null ? null : AggregateReference.to(orgUnitId);
        return users.save(new AppUser(null, name, displayName, passwordEncoder.encode(rawPassword), role, unit, true, 0));
    }

    @PreAuthorize(Roles.ADMIN)
    @Transactional(readOnly = true)
    public List<AppUser> findAll() {
        return users.findAll();
    }

    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public Optional<AppUser> findByUsername(String username) {
        return users.findByUsername(username);
    }

    /** The unit the signed-in person works for, so screens open on it. */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public Optional<Long> currentUnitId() {
        return CurrentUser.username().flatMap(users::findByUsername)
                .flatMap(user -> Optional.ofNullable(user.orgUnitId())).map(ref -> ref.getId());
    }

    /** Whether anybody can sign in yet; asked at start-up before any user exists. */
    @Transactional(readOnly = true)
    boolean hasUsers() {
        return users.count() > 0;
    }
}
