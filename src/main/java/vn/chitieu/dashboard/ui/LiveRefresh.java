package vn.chitieu.dashboard.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.server.VaadinSession;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.chitieu.dashboard.LiveUpdates;
import vn.chitieu.datavalue.FiguresChanged;
import vn.chitieu.security.CurrentUser;

/** Keeps a screen in step with the figures of the unit it shows. */
final class LiveRefresh implements LiveUpdates.Screen {

    private static final Logger log = LoggerFactory.getLogger(LiveRefresh.class);
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    /** Heartbeats a browser may miss before its screen is taken for gone: Vaadin's own rule. */
    private static final int MISSED_HEARTBEATS = 3;
    private static final Path SCHEDSTAT = Path.of("/proc/thread-self/schedstat");

    private final UI ui;
    private final Supplier<@Nullable Long> shownUnit;
    private final Runnable asViewer;
    private final AtomicBoolean queued = new AtomicBoolean();
    /** Taken for gone after this long without a heartbeat; 0: never (heartbeats off). */
    private final long staleAfterMillis;

    LiveRefresh(UI ui, Supplier<@Nullable Long> shownUnit, Runnable refresh) {
        this.ui = ui;
        this.shownUnit = shownUnit;
        this.asViewer = CurrentUser.bind(refresh);
        // read here, in the viewer's request: the session's settings may only be read under its lock
        int heartbeat = ui.getSession().getConfiguration().getHeartbeatInterval();
        this.staleAfterMillis = heartbeat > 0 ? MISSED_HEARTBEATS * heartbeat * 1000L : 0;
    }

    /**
     * Re-reads the screen through its push connection whenever a figure of the unit it shows is saved. Many saves in
     * one import arrive as many events: one refresh is queued at a time. The refresh reads as the screen's viewer.
     * Call on attach (the viewer's request); run the returned action on detach.
     */
    static Runnable follow(UI ui, LiveUpdates live, Supplier<@Nullable Long> shownUnit, Runnable refresh) {
        return live.register(new LiveRefresh(ui, shownUnit, refresh));
    }

    @Override
    public void accept(FiguresChanged change) {
        Long shown = shownUnit.get();
        if (shown != null && shown == change.orgUnitId() && queued.compareAndSet(false, true)) {
            // measured only for the debug line: nothing is read per refresh when it is off
            boolean timed = log.isDebugEnabled();
            long cpu = timed ? CPU.getCurrentThreadCpuTime() : -1;
            long started = timed ? System.nanoTime() : 0;
            long waited = timed ? waitedForCpu() : -1;
            AtomicBoolean here = new AtomicBoolean();
            try {
                ui.access(() -> {
                    queued.set(false);
                    asViewer.run();
                    here.set(true);
                });
            } catch (UIDetachedException closedMeanwhile) {
                // its detach unregisters it
                return;
            }
            // when each screen is done and the server time it took (its refresh and its push, when run on this
            // thread rather than queued behind a request of the same session): the fan-out benchmark reads these.
            // Its CPU, its wall-clock time and of that the time spent ready to run but waiting for a core: the rest
            // is waiting on something else (the database, a lock)
            if (here.get() && timed) {
                log.debug("Màn hình {} đã cập nhật theo đơn vị {}: {} µs CPU, {} µs, chờ CPU {} µs", ui.getUIId(),
                        shown, cpu < 0 ? -1 : (CPU.getCurrentThreadCpuTime() - cpu) / 1_000,
                        (System.nanoTime() - started) / 1_000, waited < 0 ? -1 : (waitedForCpu() - waited) / 1_000);
            }
        }
    }

    /** How long this thread has waited, runnable, for a core so far (ns; Linux's schedstat), or -1 where unknown. */
    private static long waitedForCpu() {
        try {
            return Long.parseLong(Files.readString(SCHEDSTAT).trim().split(" ")[1]);
        } catch (IOException | RuntimeException unknown) {
            return -1;
        }
    }

    /** Closed, or its browser has missed three heartbeats: nothing will ask for this screen again. */
    @Override
    public boolean gone() {
        if (ui.getSession() == null || ui.isClosing()) {
            return true;
        }
        return staleAfterMillis > 0
                && System.currentTimeMillis() - ui.getInternals().getLastHeartbeatTimestamp() > staleAfterMillis;
    }

    /**
     * What Vaadin does to a UI that missed its heartbeats at the next request of its session, done now, since none
     * may come: closed and removed from the session, so the screen and everything it holds can go.
     */
    @Override
    public void drop() {
        try {
            ui.access(() -> {
                ui.close();
                VaadinSession session = ui.getSession();
                if (session != null) {
                    session.removeUI(ui);
                }
            });
        } catch (UIDetachedException alreadyGone) {
            // removed by Vaadin meanwhile
        }
    }
}
