package vn.chitieu.dataimport;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;

/**
 * A commit that lost a race: another import created the same new indicator or unit at the same moment, and the
 * database's unique key refused the second copy. Nothing of this file was written; sent again, it finds them.
 */
public class ImportConflictException extends RuntimeException {

    ImportConflictException(Throwable cause) {
        super("Một lần nhập khác vừa tạo cùng chỉ tiêu hoặc đơn vị này cùng lúc; tệp này chưa được ghi dòng nào. "
                + "Gửi lại tệp: lần này các chỉ tiêu đã có sẵn và chỉ số liệu được ghi", cause);
    }

    /** A duplicate key, or the deadlock two transactions inserting the same key can end in. */
    static boolean isConcurrentWrite(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof DuplicateKeyException || t instanceof PessimisticLockingFailureException) {
                return true;
            }
        }
        return false;
    }
}
