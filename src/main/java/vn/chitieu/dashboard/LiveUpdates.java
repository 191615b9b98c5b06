package vn.chitieu.dashboard;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.chitieu.datavalue.FiguresChanged;

/**
 * Tells every open dashboard that figures changed, once the change is committed: a listener never sees a figure that
 * is then rolled back. Listeners are the open screens; each re-reads what it shows.
 */
@Service
public class LiveUpdates {

    private final Set<Consumer<FiguresChanged>> listeners = ConcurrentHashMap.newKeySet();

    /** Registers a screen; run the returned action when it closes. */
    public Runnable register(Consumer<FiguresChanged> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void figuresChanged(FiguresChanged change) {
        listeners.forEach(listener -> listener.accept(change));
    }
}
