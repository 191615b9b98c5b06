package vn.chitieu.security;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.jdbc.core.mapping.AggregateReference;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Accounts: who may sign in, with which role, for which units and sectors. Administrators create, change, disable and
 * reset accounts; everybody changes their own password and can sign out everywhere. Every change is published as a
 * {@link SecurityEvent} inside its transaction, so it is audited or not made at all.
 */
@Service
public class UserService {

    static final int MIN_PASSWORD_LENGTH = PasswordPolicy.MIN_LENGTH;

    private static final java.util.regex.Pattern USERNAME = java.util.regex.Pattern.compile("[a-z0-9._-]{3,64}");

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final SignInThrottle throttle;
    private final SignIns signIns;
    private final JdbcClient jdbc;

    UserService(AppUserRepository users, PasswordEncoder passwordEncoder, ApplicationEventPublisher events,
                SignInThrottle throttle, SignIns signIns, JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.throttle = throttle;
        this.signIns = signIns;
    }

    /** An account with a password chosen now (demo data, the first administrator), working on one unit or none. */
    @PreAuthorize(Roles.ADMIN)
    @Transactional
    public AppUser create(String username, String displayName, String rawPassword, Role role, @Nullable Long orgUnitId) {
        String name = checkedName(username);
        PasswordPolicy.require(rawPassword, name);
        AppUser user = new AppUser(null, name, displayName.strip(), passwordEncoder.encode(rawPassword), role, null,
                true, false, Set.of(), Set.of(), 0)
                .withProfile(displayName.strip(), role, orgUnitId, orgUnitId == null ? Set.of() : Set.of(orgUnitId),
                        Set.of());
        AppUser saved = users.save(user);
        publish(SecurityEvent.CREATED, saved, null, describe(saved));
        return saved;
    }

    /**
     * An account created by an administrator, with a temporary password the person must replace at the first
     * sign-in. The temporary password is returned once, to be handed over, and never stored in clear.
     *
     * @param primaryUnit the unit the person's screens open on; added to {@code units} if missing
     * @param sectors     names of {@code indicator.Sector} constants; empty: every sector
     */
    @PreAuthorize(Roles.ADMIN)
    @Transactional
    public NewPassword createAccount(String username, String displayName, Role role, @Nullable Long primaryUnit,
                                     Set<Long> units, Set<String> sectors) {
        String name = checkedName(username);
        String temporary = PasswordPolicy.temporary();
        AppUser user = new AppUser(null, name, checkedDisplayName(displayName), passwordEncoder.encode(temporary), role,
                null, true, true, Set.of(), Set.of(), 0)
                .withProfile(checkedDisplayName(displayName), role, primaryUnit, withPrimary(primaryUnit, units), sectors);
        AppUser saved = users.save(user);
        publish(SecurityEvent.CREATED, saved, null, describe(saved));
        return new NewPassword(saved, temporary);
    }

    /** Changes name, role, units and sectors of an account; the old and new values go into the audit log. */
    @PreAuthorize(Roles.ADMIN)
    @Transactional
    public AppUser updateAccount(long id, String displayName, Role role, @Nullable Long primaryUnit, Set<Long> units,
                                 Set<String> sectors) {
        AppUser before = get(id);
        if (before.role() == Role.QUAN_TRI && role != Role.QUAN_TRI) {
            requireAnotherAdministrator(before);
        }
        AppUser after = users.save(before.withProfile(checkedDisplayName(displayName), role, primaryUnit,
                withPrimary(primaryUnit, units), sectors));
        if (!describe(before).equals(describe(after))) {
            publish(SecurityEvent.CHANGED, after, describe(before), describe(after));
        }
        if (before.role() != after.role()) {
            // a new role must not ride on sessions signed in under the old one
            signIns.endAll(after.username(), null);
        }
        return after;
    }

    /** Disabling ends the account's sessions and wall-screen sign-ins at once; enabling lets it sign in again. */
    @PreAuthorize(Roles.ADMIN)
    @Transactional
    public AppUser setEnabled(long id, boolean enabled) {
        AppUser before = get(id);
        if (before.enabled() == enabled) {
            return before;
        }
        if (!enabled) {
            if (before.username().equals(CurrentUser.require())) {
                throw new IllegalArgumentException("Không thể tự khóa tài khoản của chính mình");
            }
            if (before.role() == Role.QUAN_TRI) {
                requireAnotherAdministrator(before);
            }
        }
        AppUser after = users.save(before.withEnabled(enabled));
        publish(enabled ? SecurityEvent.ENABLED : SecurityEvent.DISABLED, after, null, null);
        if (!enabled) {
            signIns.endAll(after.username(), null);
        } else {
            throttle.forget(after.username());
        }
        return after;
    }

    /**
     * A new temporary password for someone who forgot theirs: they must replace it at the next sign-in. Their
     * sessions and wall-screen sign-ins end, and a sign-in lock is lifted.
     */
    @PreAuthorize(Roles.ADMIN)
    @Transactional
    public NewPassword resetPassword(long id) {
        AppUser before = get(id);
        String temporary = PasswordPolicy.temporary();
        AppUser after = users.save(before.withPasswordHash(passwordEncoder.encode(temporary), true));
        throttle.forget(after.username());
        signIns.endAll(after.username(), null);
        publish(SecurityEvent.PASSWORD_RESET, after, null, "mật khẩu tạm thời, phải đổi khi đăng nhập");
        return new NewPassword(after, temporary);
    }

    /** Lifts a sign-in lock (too many wrong passwords) before it runs out. */
    @PreAuthorize(Roles.ADMIN)
    @Transactional
    public void unlock(long id) {
        AppUser user = get(id);
        throttle.forget(user.username());
        publish(SecurityEvent.UNLOCKED, user, null, null);
    }

    /** Ends every session and wall-screen sign-in of the account, e.g. a wall screen that was taken away. */
    @PreAuthorize(Roles.ADMIN)
    @Transactional
    public void revokeSignIns(long id) {
        AppUser user = get(id);
        signIns.endAll(user.username(), null);
        publish(SecurityEvent.SIGN_INS_REVOKED, user, null, null);
    }

    @PreAuthorize(Roles.ADMIN)
    @Transactional(readOnly = true)
    public List<AppUser> findAll() {
        return users.findAll();
    }

    /** Every account with its sign-in lock, if one is running, for the accounts screen. */
    @PreAuthorize(Roles.ADMIN)
    @Transactional(readOnly = true)
    public List<Account> accounts() {
        return users.findAll().stream()
                .sorted(java.util.Comparator.comparing(AppUser::username))
                .map(user -> new Account(user, throttle.lockedUntil(user.username()).orElse(null)))
                .toList();
    }

    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public Optional<AppUser> findByUsername(String username) {
        return users.findByUsername(username);
    }

    /**
     * The signed-in person's own new password. The current one is asked again, so a session left open does not let
     * someone else take the account over. Other sessions and wall-screen sign-ins end; this one continues.
     */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional
    public void changeOwnPassword(String currentPassword, String newPassword) {
        AppUser me = users.findByUsername(CurrentUser.require())
                .orElseThrow(() -> new IllegalStateException("Tài khoản hệ thống không có mật khẩu"));
        if (!passwordEncoder.matches(currentPassword, me.passwordHash())) {
            throw new IllegalArgumentException("Mật khẩu hiện tại không đúng");
        }
        if (passwordEncoder.matches(newPassword, me.passwordHash())) {
            throw new IllegalArgumentException("Mật khẩu mới phải khác mật khẩu hiện tại");
        }
        PasswordPolicy.require(newPassword, me.username());
        AppUser after = users.save(me.withPasswordHash(passwordEncoder.encode(newPassword), false));
        signIns.endAll(after.username(), currentSessionId());
        publish(SecurityEvent.PASSWORD_CHANGED, after, null, null);
    }

    /** Why a password would be refused, in Vietnamese; empty when it is acceptable. For forms, before saving. */
    @PreAuthorize(Roles.SIGNED_IN)
    public Optional<String> passwordProblem(String password) {
        return PasswordPolicy.problem(password, CurrentUser.require());
    }

    /** Whether the signed-in person still has a temporary password to replace. */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public boolean mustChangePassword() {
        return CurrentUser.username().flatMap(users::findByUsername).map(AppUser::mustChangePassword).orElse(false);
    }

    /** Ends every session (this one too) and every wall-screen sign-in of the signed-in person. */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional
    public void signOutEverywhere() {
        AppUser me = users.findByUsername(CurrentUser.require())
                .orElseThrow(() -> new IllegalStateException("Tài khoản hệ thống không đăng nhập ở đâu"));
        signIns.endAll(me.username(), null);
        publish(SecurityEvent.SIGNED_OUT_EVERYWHERE, me, null, null);
    }

    /** The unit the signed-in person works for, so screens open on it. */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public Optional<Long> currentUnitId() {
        return CurrentUser.username().flatMap(users::findByUsername)
                .flatMap(user -> Optional.ofNullable(user.orgUnitId())).map(ref -> ref.getId());
    }

    /**
     * Which units and sectors the signed-in person may work on, for services to enforce. Administrators (and
     * start-up work running as the system) cover everything. Read in one query and remembered for the rest of the
     * request or transaction ({@link ScopeMemo}): a screen's service calls each ask for it.
     */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public AccessScope currentScope() {
        if (CurrentUser.hasRole(Roles.QUAN_TRI)) {
            return AccessScope.everything();
        }
        return CurrentUser.username().map(name -> ScopeMemo.get(name, () -> scopeOf(name)))
                .orElseGet(() -> new AccessScope(false, Set.of(), Set.of(), Set.of()));
    }

    /**
     * Refuses (403, naming the unit) a person reading a unit outside their reach: assigned, below an assigned one,
     * or one an assigned unit was formed from. The one read check every service asks.
     */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public long requireReadable(long unitId) {
        if (!currentScope().canRead(unitId)) {
            String name = jdbc.sql("SELECT name FROM org_unit WHERE id = :id").param("id", unitId)
                    .query(String.class).optional().orElse("đơn vị này");
            throw new org.springframework.security.access.AccessDeniedException(
                    "Tài khoản của bạn không được xem số liệu của " + name);
        }
        return unitId;
    }

    /**
     * An account's units, its sectors and the units it may read, in one round trip (the account aggregate and the
     * lineage were four): its units with every unit below them and every unit any of them was formed from,
     * transitively, walked in the database from its units only. UNION (not UNION ALL) stops at units already reached.
     */
    private AccessScope scopeOf(String username) {
        Set<Long> units = new TreeSet<>();
        Set<String> sectors = new TreeSet<>();
        Set<Long> readable = new java.util.HashSet<>();
        jdbc.sql("""
                        WITH RECURSIVE mine (id) AS (
                            SELECT uu.org_unit_id FROM app_user a JOIN app_user_unit uu ON uu.app_user_id = a.id
                            WHERE a.username = :name),
                        reach (id) AS (
                            SELECT id FROM mine
                            UNION SELECT c.id FROM org_unit c JOIN reach r ON c.parent_id = r.id
                            UNION SELECT p.predecessor_id FROM org_unit_predecessor p
                                  JOIN reach r ON p.org_unit_id = r.id)
                        SELECT 'U', id, NULL FROM mine
                        UNION ALL SELECT 'R', id, NULL FROM reach
                        UNION ALL SELECT 'S', NULL, s.sector
                            FROM app_user a JOIN app_user_sector s ON s.app_user_id = a.id
                            WHERE a.username = :name""")
                .param("name", username)
                .query(rs -> {
                    switch (rs.getString(1)) {
                        case "U" -> units.add(rs.getLong(2));
                        case "R" -> readable.add(rs.getLong(2));
                        default -> sectors.add(rs.getString(3));
                    }
                });
        return new AccessScope(false, units, sectors, readable);
    }

    /** Whether anybody can sign in yet; asked at start-up before any user exists. */
    @Transactional(readOnly = true)
    boolean hasUsers() {
        return users.count() > 0;
    }

    /** An account with the temporary password just given to it (shown once to the administrator). */
    public record NewPassword(AppUser account, String temporaryPassword) {

        @Override
        public String toString() {
            return "NewPassword[" + account.username() + "]";
        }
    }

    /** An account as the accounts screen lists it: with the end of a running sign-in lock. */
    public record Account(AppUser user, @Nullable Instant lockedUntil) {
    }

    private AppUser get(long id) {
        return users.findById(id).orElseThrow(() -> new IllegalArgumentException("Không có tài khoản này"));
    }

    private void requireAnotherAdministrator(AppUser leaving) {
        boolean another = users.findAll().stream().anyMatch(u -> u.role() == Role.QUAN_TRI && u.enabled()
                && !u.username().equals(leaving.username()));
        if (!another) {
            throw new IllegalArgumentException("Phải còn ít nhất một quản trị viên đang hoạt động");
        }
    }

    private String checkedName(String username) {
        String name = username.strip();
        if (!USERNAME.matcher(name).matches()) {
            throw new IllegalArgumentException(
                    "Tên đăng nhập chỉ gồm chữ thường không dấu, số, dấu chấm, gạch dưới, gạch ngang (3-64 ký tự)");
        }
        if (users.findByUsername(name).isPresent()) {
            throw new DuplicateKeyException("Tên đăng nhập " + name + " đã có");
        }
        return name;
    }

    private static String checkedDisplayName(String displayName) {
        String name = displayName.strip();
        if (name.isEmpty() || name.length() > 255) {
            throw new IllegalArgumentException("Nhập họ và tên (tối đa 255 ký tự)");
        }
        return name;
    }

    private static Set<Long> withPrimary(@Nullable Long primaryUnit, Set<Long> units) {
        Set<Long> all = new TreeSet<>(units);
        if (primaryUnit != null) {
            all.add(primaryUnit);
        }
        return all;
    }

    private static String describe(AppUser user) {
        return "tên=" + user.displayName() + "; vai trò=" + user.role() + "; đơn vị chính="
                + (user.primaryUnitId() == null ? "-" : user.primaryUnitId()) + "; đơn vị=" + user.unitIds()
                + "; lĩnh vực=" + (user.sectors().isEmpty() ? "tất cả" : user.sectorCodes());
    }

    private void publish(String action, AppUser account, @Nullable String before, @Nullable String after) {
        events.publishEvent(new SecurityEvent(action, CurrentUser.require(), account.id(), before, after));
    }

    private static @Nullable String currentSessionId() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        return request == null ? null : request.getSessionId();
    }
}
