package vn.chitieu.base.db;

import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Tells a database that is away (stopped, unreachable, its pool timing out) from every other failure, so screens can
 * say "not saved, try again" at once and the API can answer 503, instead of an internal error. Looks through the
 * causes: Spring Data JDBC wraps a lost connection in its own exception.
 */
public final class DatabaseOutage {

    /** What a screen says when a save met a database that is away; the rows stay marked unsaved. */
    public static final String NOT_SAVED = "Mất kết nối cơ sở dữ liệu — chưa lưu, thử lại";

    private DatabaseOutage() {
    }

    public static boolean isOutage(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof DataAccessResourceFailureException || t instanceof CannotCreateTransactionException
                    || t instanceof TransactionSystemException || t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException) {
                return true;
            }
        }
        return false;
    }
}
