package vn.chitieu.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;

/** What the fan-out benchmarks share: their accounts on the commune {@link NationalData#COMMUNE}, and small sums. */
final class FanOut {

    static final int VIEWERS = 100;
    static final String STAFF = "bench-canbo-xa";
    static final String PASSWORD = "chitieu-demo";
    static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private FanOut() {
    }

    static String viewer(int i) {
        return String.format(Locale.ROOT, "bench-xem-%03d", i);
    }

    /** The viewers and the staff account, copied from the commune's leader (same password hash), once. */
    static void accounts(JdbcTemplate jdbc) {
        jdbc.update("""
                INSERT IGNORE INTO app_user (username, display_name, password_hash, role, org_unit_id)
                SELECT CONCAT('bench-xem-', LPAD(s.seq, 3, '0')), CONCAT('Người xem thử tải ', s.seq), u.password_hash,
                       'LANH_DAO', u.org_unit_id
                FROM seq_1_to_%d s JOIN app_user u ON u.username = ?""".formatted(VIEWERS), NationalData.COMMUNE_LEADER);
        jdbc.update("""
                INSERT IGNORE INTO app_user (username, display_name, password_hash, role, org_unit_id)
                SELECT ?, 'Cán bộ xã thử tải', password_hash, 'CAN_BO', org_unit_id FROM app_user WHERE username = ?""",
                STAFF, NationalData.COMMUNE_LEADER);
        jdbc.update("""
                INSERT IGNORE INTO app_user_unit (app_user_id, org_unit_id)
                SELECT u.id, u.org_unit_id FROM app_user u
                WHERE u.username LIKE 'bench-xem-%' OR u.username = ?""", STAFF);
    }

    /** The lines of a report, each also printed with the prefix as it is added. */
    static List<String> report(String prefix) {
        return new ArrayList<>() {
            @Override
            public boolean add(String line) {
                System.out.println(prefix + " " + line);
                return super.add(line);
            }
        };
    }

    static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    /** The sum of times in µs, in ms (unknown ones, -1, left out). */
    static long millis(List<Long> micros) {
        return micros.stream().filter(t -> t >= 0).mapToLong(Long::longValue).sum() / 1000;
    }

    /** "median / last" of the times, or a dash when there are none. */
    static String spread(List<Long> times) {
        return times.isEmpty() ? "—" : median(times) + " / " + last(times);
    }

    static long last(List<Long> times) {
        return times.stream().mapToLong(Long::longValue).max().orElseThrow();
    }

    /** Over saves, the median of each save's median (or of each save's last) time; -1 when none has any. */
    static <S> long middle(List<S> saves, Function<S, List<Long>> times, boolean last) {
        List<Long> each = saves.stream().map(times).filter(t -> !t.isEmpty())
                .map(t -> last ? last(t) : median(t)).toList();
        return each.isEmpty() ? -1 : median(each);
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
