package vn.chitieu.base.ui;

/**
 * A screen's refresh, held while the screen opens. Its constructor chooses the default term and unit and its
 * {@code beforeEnter} then applies the address ({@code ?nhiem-ky=}, {@code ?don-vi=}, {@code ?ky=}); each choice
 * fires the value listeners, and refreshing in them computed what the screen shows for choices about to be replaced:
 * a dashboard opened at another unit's address computed the default unit's overview first. Held from construction
 * until the address is applied, then run once, whatever the address says.
 */
public final class RefreshAfterAddress {

    private final Runnable refresh;
    private boolean opening = true;

    public RefreshAfterAddress(Runnable refresh) {
        this.refresh = refresh;
    }

    /** Whether the screen is opening: its choices wait for the address, which may name others. */
    public boolean opening() {
        return opening;
    }

    /** Refreshes now; while the screen is opening, nothing: it refreshes once when the address is applied. */
    public void request() {
        if (!opening) {
            refresh.run();
        }
    }

    /** Applies the address with every refresh held, then refreshes once. Also when the router comes back here. */
    public void open(Runnable applyAddress) {
        opening = true;
        try {
            applyAddress.run();
        } finally {
            opening = false;
        }
        refresh.run();
    }
}
