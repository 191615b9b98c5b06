package vn.chitieu.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Slows down and then stops password guessing, per account name and per client address, on the login form and on
 * HTTP Basic alike.
 * <p>
 * An account name may fail {@value #FREE_FAILURES} times; after that each attempt must wait a delay that doubles with
 * every failure (2 s, 4 s, 8 s, 16 s), and attempts made during the wait count as failures too, so a script that keeps
 * hammering gets the account locked at {@value #LOCK_AT} failures for {@link #LOCK_FOR}: at most 40 guesses an hour,
 * well under ASVS's 100. A signed-in person, the correct password during a lock included, is refused the same way.
 * <p>
 * An address (a ward office behind one NAT counts as one) may fail {@value #ADDRESS_FREE_FAILURES} times on real
 * password checks before the same doubling delay applies to everything from it, capped at a minute; it is not
 * locked, so one person's typos cannot lock out the whole office, but spraying many names from it stays slow.
 * <p>
 * Failures are kept in MariaDB (a restart does not lift a lock) and kept for names without an account too, so the
 * answers never tell whether an account exists.
 */
@Component
class SignInThrottle {

    static final int FREE_FAILURES = 5;
    static final int LOCK_AT = 10;
    static final Duration LOCK_FOR = Duration.ofMinutes(15);
    static final int ADDRESS_FREE_FAILURES = 20;
    static final Duration ADDRESS_MAX_DELAY = Duration.ofMinutes(1);
    /** Failures further back than this are forgotten. */
    static final Duration MEMORY = Duration.ofHours(1);

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.of("vi", "VN"));

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final AtomicReference<Instant> lastCleanUp = new AtomicReference<>(Instant.EPOCH);

    SignInThrottle(JdbcClient jdbc, TransactionTemplate tx, Clock clock) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.clock = clock;
    }

    /** What a failure did to an account name. */
    enum Outcome { COUNTED, LOCKED_NOW, ALREADY_LOCKED }

    /** Refuses the attempt if the name or the address must wait; counts a refusal of the name as a failure. */
    void check(String username, @Nullable String address) {
        Instant now = clock.instant();
        Optional<Row> account = read(accountKey(username));
        if (account.isPresent()) {
            Row row = account.get();
            if (row.lockedUntil() != null && row.lockedUntil().isAfter(now)) {
                throw locked(row.lockedUntil(), now, false);
            }
            Instant allowedAt = row.lockedUntil() == null ? row.allowedAt(FREE_FAILURES, LOCK_FOR) : null;
            if (allowedAt != null && allowedAt.isAfter(now) && !row.stale(now)) {
                if (failed(username) == Outcome.LOCKED_NOW) {
                    throw locked(now.plus(LOCK_FOR), now, true);
                }
                throw wait(Duration.between(now, allowedAt), "Đăng nhập sai nhiều lần.");
            }
        }
        if (address != null) {
            Optional<Row> client = read(addressKey(address));
            if (client.isPresent() && !client.get().stale(now)) {
                Instant allowedAt = client.get().allowedAt(ADDRESS_FREE_FAILURES, ADDRESS_MAX_DELAY);
                if (allowedAt != null && allowedAt.isAfter(now)) {
                    throw wait(Duration.between(now, allowedAt), "Máy này đã đăng nhập sai quá nhiều lần.");
                }
            }
        }
    }

    /** A wrong password (or a refused attempt) for this name. */
    Outcome failed(String username) {
        return count(accountKey(username), LOCK_AT);
    }

    /** A wrong password checked for a request from this address. */
    void failedFrom(String address) {
        count(addressKey(address), Integer.MAX_VALUE);
    }

    void succeeded(String username) {
        forget(username);
        cleanUpNowAndThen();
    }

    /** Lifts the lock and forgets the failures of an account name (administrator's unlock, password reset). */
    void forget(String username) {
        jdbc.sql("DELETE FROM sign_in_failure WHERE subject = ?").param(accountKey(username)).update();
    }

    /** Until when the account name is locked, if it is. */
    Optional<Instant> lockedUntil(String username) {
        Instant now = clock.instant();
        return read(accountKey(username)).map(Row::lockedUntil).filter(until -> until.isAfter(now));
    }

    private Outcome count(String subject, int lockAt) {
        Instant now = clock.instant();
        Outcome outcome = tx.execute(status -> {
            Optional<Row> existing = jdbc.sql("SELECT failures, last_failure, locked_until FROM sign_in_failure "
                    + "WHERE subject = ? FOR UPDATE").param(subject).query(Row::map).optional();
            if (existing.isPresent() && existing.get().lockedUntil() != null
                    && existing.get().lockedUntil().isAfter(now)) {
                return Outcome.ALREADY_LOCKED;
            }
            // a served lock or a long quiet spell starts the count afresh
            int failures = existing.filter(row -> row.lockedUntil() == null && !row.stale(now))
                    .map(Row::failures).orElse(0) + 1;
            Instant lockedUntil = failures >= lockAt ? now.plus(LOCK_FOR) : null;
            jdbc.sql("INSERT INTO sign_in_failure (subject, failures, last_failure, locked_until) VALUES (?, ?, ?, ?) "
                            + "ON DUPLICATE KEY UPDATE failures = VALUES(failures), last_failure = VALUES(last_failure), "
                            + "locked_until = VALUES(locked_until)")
                    .params(subject, failures, Timestamp.from(now), lockedUntil == null ? null : Timestamp.from(lockedUntil))
                    .update();
            return lockedUntil == null ? Outcome.COUNTED : Outcome.LOCKED_NOW;
        });
        return outcome == null ? Outcome.COUNTED : outcome;
    }

    private Optional<Row> read(String subject) {
        return jdbc.sql("SELECT failures, last_failure, locked_until FROM sign_in_failure WHERE subject = ?")
                .param(subject).query(Row::map).optional();
    }

    private void cleanUpNowAndThen() {
        Instant now = clock.instant();
        Instant last = lastCleanUp.get();
        if (last.plus(Duration.ofHours(1)).isBefore(now) && lastCleanUp.compareAndSet(last, now)) {
            Timestamp old = Timestamp.from(now.minus(Duration.ofDays(1)));
            jdbc.sql("DELETE FROM sign_in_failure WHERE last_failure < ? AND (locked_until IS NULL OR locked_until < ?)")
                    .params(old, Timestamp.from(now)).update();
        }
    }

    private SignInRefusedException locked(Instant until, Instant now, boolean lockedNow) {
        String time = TIME.format(until.atZone(clock.getZone() == null ? ZoneId.systemDefault() : clock.getZone()));
        return new SignInRefusedException("Tài khoản tạm khóa " + LOCK_FOR.toMinutes()
                + " phút vì đăng nhập sai nhiều lần. Thử lại sau " + time + " hoặc nhờ quản trị viên mở khóa.",
                Duration.between(now, until), lockedNow);
    }

    private static SignInRefusedException wait(Duration wait, String why) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        return new SignInRefusedException(why + " Vui lòng đợi " + seconds + " giây rồi thử lại.",
                Duration.ofSeconds(seconds), false);
    }

    static String accountKey(String username) {
        String name = username.strip().toLowerCase(Locale.ROOT);
        return "u:" + (name.length() > 90 ? name.substring(0, 90) : name);
    }

    private static String addressKey(String address) {
        return "ip:" + (address.length() > 90 ? address.substring(0, 90) : address);
    }

    record Row(int failures, Instant lastFailure, @Nullable Instant lockedUntil) {

        static Row map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
            Timestamp locked = rs.getTimestamp("locked_until");
            return new Row(rs.getInt("failures"), rs.getTimestamp("last_failure").toInstant(),
                    locked == null ? null : locked.toInstant());
        }

        boolean stale(Instant now) {
            return lastFailure.plus(MEMORY).isBefore(now);
        }

        /** When the next attempt may be made after these failures, or null if at once. */
        @Nullable Instant allowedAt(int free, Duration cap) {
            if (failures < free) {
                return null;
            }
            long seconds = 1L << Math.min(20, failures - free + 1);
            return lastFailure.plus(Duration.ofSeconds(Math.min(seconds, cap.toSeconds())));
        }
    }
}
