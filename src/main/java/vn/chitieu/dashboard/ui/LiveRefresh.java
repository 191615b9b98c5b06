package vn.chitieu.dashboard.ui;

import com.vaadin.flow.component.UI;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.chitieu.dashboard.LiveUpdates;
import vn.chitieu.security.CurrentUser;

/** Keeps a screen in step with the figures of the unit it shows. */
final class LiveRefresh {

    private static final Logger log = LoggerFactory.getLogger(LiveRefresh.class);

    private LiveRefresh() {
    }

    /**
     * Re-reads the screen through its push connection whenever a figure of the unit it shows is saved. Many saves in
     * one import arrive as many events: one refresh is queued at a time. The refresh reads as the screen's viewer.
     * Call on attach (the viewer's request); run the returned action on detach.
     */
    static Runnable follow(UI ui, LiveUpdates live, Supplier<@Nullable Long> shownUnit, Runnable refresh) {
        Runnable asViewer = CurrentUser.bind(refresh);
        AtomicBoolean queued = new AtomicBoolean();
        return live.register(change -> {
            Long shown = shownUnit.get();
            if (shown != null && shown == change.orgUnitId() && queued.compareAndSet(false, true)) {
                ui.access(() -> {
                    queued.set(false);
                    asViewer.run();
                    // when each screen is done: the fan-out benchmark reads these lines
                    log.debug("Màn hình {} đã cập nhật theo đơn vị {}", ui.getUIId(), shown);
                });
            }
        });
    }
}
