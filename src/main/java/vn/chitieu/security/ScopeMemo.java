package vn.chitieu.security;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The callers' scopes, remembered for the rest of the HTTP request they are read in (a Vaadin round trip: the several
 * service calls of a screen opening, each asking for the scope) or, outside a request (live refreshes pushed to a
 * screen, benchmarks), of the read-only transaction; never longer, and by account name, so never from one person to
 * another. An administrator's change to someone's units or sectors therefore takes effect at that person's next
 * request; a change of role or a disabled account already ends their sessions ({@link SignIns#endAll}). Only a
 * read-only transaction remembers: it sees one snapshot of the database (InnoDB's repeatable read), so reading the
 * scope again in it would give the same answer, whereas a transaction that writes may change the account itself.
 */
final class ScopeMemo {

    private static final String NAME = ScopeMemo.class.getName();

    private ScopeMemo() {
    }

    /** The scope remembered for this account in this request or transaction, else read now (and remembered). */
    static AccessScope get(String username, Supplier<AccessScope> read) {
        Map<String, AccessScope> memo = memo();
        if (memo == null) {
            return read.get();
        }
        AccessScope known = memo.get(username);
        if (known == null) {
            known = read.get();
            memo.put(username, known);
        }
        return known;
    }

    @SuppressWarnings("unchecked")
    private static @Nullable Map<String, AccessScope> memo() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            try {
                Object known = request.getAttribute(NAME, RequestAttributes.SCOPE_REQUEST);
                if (known != null) {
                    return (Map<String, AccessScope>) known;
                }
                Map<String, AccessScope> memo = java.util.Collections.synchronizedMap(new HashMap<>());
                request.setAttribute(NAME, memo, RequestAttributes.SCOPE_REQUEST);
                return memo;
            } catch (IllegalStateException requestOver) {
                // attributes of a request that has ended: not this request's to remember anything in
            }
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            return null;
        }
        Object known = TransactionSynchronizationManager.getResource(NAME);
        if (known != null) {
            return (Map<String, AccessScope>) known;
        }
        Map<String, AccessScope> memo = java.util.Collections.synchronizedMap(new HashMap<>());
        TransactionSynchronizationManager.bindResource(NAME, memo);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(NAME);
            }
        });
        return memo;
    }
}
