package vn.chitieu.base;

import java.security.SecureRandom;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An error a user met, under a short id that is both shown to them and written in the log with the full exception,
 * so a support call ("mã sự cố 7F3A-91C2") leads straight to the stack trace. The exception's own text never reaches
 * the user: it may hold SQL, paths or data of others.
 */
public final class Incident {

    private static final Logger log = LoggerFactory.getLogger(Incident.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private Incident() {
    }

    /** Logs an unexpected failure with a new incident id and returns the id. */
    public static String record(String where, Throwable error) {
        String id = newId();
        log.error("Sự cố {} ({}): {}", id, where, error.toString(), error);
        return id;
    }

    /** Logs an expected refusal (not found, no permission) with a new incident id, without a stack trace. */
    public static String note(String what, String where) {
        String id = newId();
        log.info("Sự cố {}: {} ({})", id, what, where.replaceAll("\\p{Cntrl}", "?"));
        return id;
    }

    static String newId() {
        byte[] bytes = new byte[4];
        RANDOM.nextBytes(bytes);
        String hex = HexFormat.of().withUpperCase().formatHex(bytes);
        return hex.substring(0, 4) + "-" + hex.substring(4);
    }
}
