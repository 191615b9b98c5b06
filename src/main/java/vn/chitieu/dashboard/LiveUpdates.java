package vn.chitieu.dashboard;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.chitieu.base.SharedByUnits;
import vn.chitieu.datavalue.FiguresChanged;
import vn.chitieu.security.Roles;

/**
 * Tells every open dashboard that figures changed, once the change is committed: a listener never sees a figure that
 * is then rolled back. Listeners are called on threads of their own, one per core, so the person saving does not wait
 * while every open screen refreshes, and a hundred open screens refresh on every core rather than one after another
 * ({@code chitieu.live.threads} sets another number; twice as many made no difference to a fan-out, measured in
 * docs/quy-mo-quoc-gia.md, "Reached, not only drawn").
 * <p>
 * Several app nodes behind a proxy share one database and nothing else: a save writes a line to {@code figure_change}
 * in its own transaction (so the line exists exactly when the figure does), and each node reads the other nodes' lines
 * every {@code chitieu.live.poll-interval}. Screens on the saving node hear of it at once, without the database.
 * Lines are read by time (the last few seconds, each line once) rather than by id: ids are taken at insert and a
 * slower transaction can commit a smaller id after a larger one was read.
 * <p>
 * A screen whose browser went without a word (closed while offline, crashed, a laptop shut) sends no request again,
 * and Vaadin closes a UI that missed its heartbeats only when a request of its session comes: until the session timed
 * out, such a screen kept its listener and its UI, refreshed at every save. A {@link Screen} that says it is gone is
 * dropped here, every {@code chitieu.live.sweep}.
 */
@Service
public class LiveUpdates {

    private static final Logger log = LoggerFactory.getLogger(LiveUpdates.class);
    /** How far back each read looks; far more than any save takes from its insert to its commit. */
    private static final int WINDOW_SECONDS = 5;

    private final Set<Consumer<FiguresChanged>> listeners = ConcurrentHashMap.newKeySet();
    private final ExecutorService dispatcher;
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("doc-thay-doi-cac-nut").factory());
    private final JdbcClient jdbc;
    /** The dashboards' overviews, the units overviews: told of a change before any screen. */
    private final List<SharedByUnits<?, ?>> shared;
    private final String node = UUID.randomUUID().toString();
    private final Duration pollInterval;
    private final Duration keep;
    private final Duration sweep;
    /** Lines already passed on, by id, with when they were read: forgotten once out of the window. */
    private final Map<Long, Long> seen = new HashMap<>();
    private long polls;

    LiveUpdates(JdbcClient jdbc, List<SharedByUnits<?, ?>> shared,
                @Value("${chitieu.live.poll-interval:300ms}") Duration pollInterval,
                @Value("${chitieu.live.keep:10m}") Duration keep, @Value("${chitieu.live.sweep:10s}") Duration sweep,
                @Value("${chitieu.live.threads:0}") int threads) {
        this.dispatcher = Executors.newFixedThreadPool(
                threads > 0 ? threads : Math.max(2, Runtime.getRuntime().availableProcessors()),
                Thread.ofPlatform().daemon().name("cap-nhat-truc-tiep").factory());
        this.jdbc = jdbc;
        this.shared = shared;
        this.pollInterval = pollInterval;
        this.keep = keep;
        this.sweep = sweep;
    }

    /** A listener that can tell its screen is gone for good; it is then dropped and told so once. */
    public interface Screen extends Consumer<FiguresChanged> {

        boolean gone();

        /** Called once, after the listener is dropped: let the screen go. */
        void drop();
    }

    /** Registers a screen of a signed-in viewer; run the returned action when it closes. */
    @PreAuthorize(Roles.SIGNED_IN)
    public Runnable register(Consumer<FiguresChanged> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** The line for the other nodes, written in the saving transaction so it commits or rolls back with the figure. */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void recordForOtherNodes(FiguresChanged change) {
        jdbc.sql("""
                        INSERT INTO figure_change (org_unit_id, indicator_id, node, changed_at)
                        VALUES (:unit, :indicator, :node, NOW(3))""")
                .param("unit", change.orgUnitId()).param("indicator", change.indicatorId()).param("node", node)
                .update();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void figuresChanged(FiguresChanged change) {
        tell(change);
    }

    private void tell(FiguresChanged change) {
        // before any screen hears of it, so that the first to refresh computes the overview again and the rest share it
        shared.forEach(s -> s.forget(change.orgUnitId()));
        listeners.forEach(listener -> dispatcher.execute(() -> listener.accept(change)));
    }

    @EventListener(ApplicationReadyEvent.class)
    void startReading() {
        poller.scheduleWithFixedDelay(this::poll, pollInterval.toMillis(), pollInterval.toMillis(),
                TimeUnit.MILLISECONDS);
        poller.scheduleWithFixedDelay(this::dropGone, sweep.toMillis(), sweep.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Drops the screens that say they are gone. */
    void dropGone() {
        for (Consumer<FiguresChanged> listener : listeners) {
            try {
                if (listener instanceof Screen screen && screen.gone() && listeners.remove(screen)) {
                    screen.drop();
                }
            } catch (RuntimeException e) {
                log.debug("Không bỏ được một màn hình đã đóng: {}", e.getMessage());
            }
        }
    }

    /** Passes on the other nodes' changes of the last seconds not passed on yet; now and then deletes old lines. */
    void poll() {
        try {
            long now = System.nanoTime();
            jdbc.sql("""
                            SELECT id, org_unit_id, indicator_id FROM figure_change
                            WHERE changed_at >= NOW(3) - INTERVAL %d SECOND AND node <> :node ORDER BY id"""
                            .formatted(WINDOW_SECONDS))
                    .param("node", node)
                    .query(rs -> {
                        if (seen.putIfAbsent(rs.getLong(1), now) == null) {
                            tell(new FiguresChanged(rs.getLong(2), rs.getLong(3)));
                        }
                    });
            seen.values().removeIf(at -> now - at > TimeUnit.SECONDS.toNanos(2L * WINDOW_SECONDS));
            if (++polls % 200 == 0) {
                jdbc.sql("DELETE FROM figure_change WHERE changed_at < NOW(3) - INTERVAL :seconds SECOND")
                        .param("seconds", keep.toSeconds()).update();
            }
        } catch (RuntimeException e) {
            // the database away for a moment: the next read catches up on what is still within the window
            log.debug("Không đọc được thay đổi của các nút khác: {}", e.getMessage());
        }
    }

    @PreDestroy
    void stop() {
        poller.shutdownNow();
        dispatcher.shutdownNow();
    }
}
