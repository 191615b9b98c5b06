package vn.chitieu.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API tokens: a script or the IOC calls {@code /api/**} with {@code Authorization: Bearer …} as the account that
 * created the token, without its password. A token is 256 random bits, shown once when created; only its SHA-256 is
 * kept, so a copy of the database signs nobody in. Each person creates and revokes their own tokens; an
 * administrator can revoke anybody's (a script that leaked, a person who left). Creating and revoking are audited.
 */
@Service
public class ApiTokenService {

    static final String PREFIX = "ct_";
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ApiTokenService(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** A token as listed: never the token itself, only its first characters to tell tokens apart. */
    public record ApiToken(long id, String username, String label, String hint, Instant createdAt,
                           @Nullable LocalDate lastUsedOn, @Nullable Instant revokedAt) {

        public boolean active() {
            return revokedAt == null;
        }
    }

    /** A token just created: {@code token} is shown to the person once and kept nowhere. */
    public record NewToken(ApiToken token, String secret) {

        @Override
        public String toString() {
            return "NewToken[" + token.label() + "]";
        }
    }

    /** A new token for the signed-in person's own account. */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional
    public NewToken create(String label) {
        String name = label == null ? "" : label.strip();
        if (name.isEmpty() || name.length() > 100) {
            throw new IllegalArgumentException("Ghi tên cho mã (tối đa 100 ký tự), ví dụ \"IOC tỉnh\" hoặc \"script "
                    + "báo cáo quý\", để sau này biết mã nào dùng ở đâu");
        }
        if (CurrentUser.hasRole(Roles.TRINH_CHIEU)) {
            throw new org.springframework.security.access.AccessDeniedException(
                    "Tài khoản trình chiếu không dùng API");
        }
        String username = CurrentUser.require();
        long userId = userId(username);
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        String hint = secret.substring(0, PREFIX.length() + 6) + "…";
        Instant now = clock.instant();
        jdbc.sql("INSERT INTO api_token (app_user_id, label, token_hash, hint, created_at) "
                        + "VALUES (:user, :label, :hash, :hint, :at)")
                .param("user", userId).param("label", name).param("hash", hash(secret)).param("hint", hint)
                .param("at", java.sql.Timestamp.from(now)).update();
        long id = jdbc.sql("SELECT id FROM api_token WHERE token_hash = :hash").param("hash", hash(secret))
                .query(Long.class).single();
        events.publishEvent(new SecurityEvent(SecurityEvent.API_TOKEN_CREATED, username, userId, null,
                "mã API \"" + name + "\" (" + hint + ")"));
        return new NewToken(new ApiToken(id, username, name, hint, now, null, null), secret);
    }

    /** The signed-in person's tokens, newest first, revoked ones included. */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<ApiToken> mine() {
        return select("WHERE u.username = :username", CurrentUser.require());
    }

    /** Every account's tokens, for an administrator. */
    @PreAuthorize(Roles.ADMIN)
    @Transactional(readOnly = true)
    public List<ApiToken> all() {
        return select("", null);
    }

    /** Revokes a token of one's own, or, for an administrator, anybody's. Calls made with it are refused at once. */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional
    public void revoke(long id) {
        ApiToken token = select("WHERE t.id = :id", null, id).stream().findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Không có mã API này"));
        if (!token.username().equals(CurrentUser.require()) && !CurrentUser.hasRole(Roles.QUAN_TRI)) {
            throw new org.springframework.security.access.AccessDeniedException("Chỉ thu hồi được mã của chính mình");
        }
        if (!token.active()) {
            return;
        }
        jdbc.sql("UPDATE api_token SET revoked_at = :at WHERE id = :id AND revoked_at IS NULL")
                .param("at", java.sql.Timestamp.from(clock.instant())).param("id", id).update();
        events.publishEvent(new SecurityEvent(SecurityEvent.API_TOKEN_REVOKED, CurrentUser.require(),
                userId(token.username()), null, "mã API \"" + token.label() + "\" (" + token.hint() + ") của "
                + token.username()));
    }

    /**
     * The account a presented token belongs to, if the token is one of ours and not revoked. Called before anybody is
     * signed in, by the API's filter; marks the day the token was last used (one write per token and day at most).
     */
    @Transactional
    Optional<String> usernameFor(String secret) {
        if (!secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        String hash = hash(secret);
        Optional<String> username = jdbc.sql("""
                        SELECT u.username FROM api_token t JOIN app_user u ON u.id = t.app_user_id
                        WHERE t.token_hash = :hash AND t.revoked_at IS NULL""")
                .param("hash", hash).query(String.class).optional();
        username.ifPresent(u -> jdbc.sql("UPDATE api_token SET last_used_on = :today WHERE token_hash = :hash "
                        + "AND (last_used_on IS NULL OR last_used_on <> :today)")
                .param("today", LocalDate.now(clock.withZone(VIETNAM))).param("hash", hash).update());
        return username;
    }

    private List<ApiToken> select(String where, @Nullable String username, Object... id) {
        var sql = jdbc.sql("""
                SELECT t.id, u.username, t.label, t.hint, t.created_at, t.last_used_on, t.revoked_at
                FROM api_token t JOIN app_user u ON u.id = t.app_user_id
                """ + where
                + " ORDER BY t.created_at DESC, t.id DESC");
        if (username != null) {
            sql = sql.param("username", username);
        }
        if (id.length > 0) {
            sql = sql.param("id", id[0]);
        }
        return sql.query((rs, n) -> new ApiToken(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getTimestamp(5).toInstant(), rs.getObject(6, LocalDate.class),
                rs.getTimestamp(7) == null ? null : rs.getTimestamp(7).toInstant())).list();
    }

    private long userId(String username) {
        return jdbc.sql("SELECT id FROM app_user WHERE username = :username").param("username", username)
                .query(Long.class).optional()
                .orElseThrow(() -> new IllegalStateException("Tài khoản hệ thống không có mã API"));
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
