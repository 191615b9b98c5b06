package vn.chitieu.dashboard;

import jakarta.annotation.PreDestroy;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.chitieu.datavalue.FiguresChanged;
import vn.chitieu.security.Roles;

/**
 * Tells every open dashboard that figures changed, once the change is committed: a listener never sees a figure that
 * is then rolled back. Listeners are called on a thread of their own, in order, so the person saving does not wait
 * while every open screen refreshes.
 */
@Service
public class LiveUpdates {

    private final Set<Consumer<FiguresChanged>> listeners = ConcurrentHashMap.newKeySet();
    private final ExecutorService dispatcher = Executors.newSingleThreadExecutor(
            Thread.ofVirtual().name("cap-nhat-truc-tiep").factory());

    /** Registers a screen of a signed-in viewer; run the returned action when it closes. */
    @PreAuthorize(Roles.SIGNED_IN)
    public Runnable register(Consumer<FiguresChanged> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void figuresChanged(FiguresChanged change) {
        dispatcher.execute(() -> listeners.forEach(listener -> listener.accept(change)));
    }

    @PreDestroy
    void stop() {
        dispatcher.shutdownNow();
    }
}
