package vn.chitieu.dashboard;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.chitieu.base.SharedByUnits;
import vn.chitieu.dashboard.DashboardService.Overview;
import vn.chitieu.datavalue.Period;

/**
 * One overview per (term, unit, period shown, state of the data), computed once and shared by every screen showing it:
 * all the dashboards and wall screens of a unit refresh at the same save, and 41 of them computing the same overview
 * 41 times is what made a save take 1.8 s to reach them. The fingerprint the caller reads (figures, catalogue, locks,
 * term) sees every change, so entries do not expire.
 */
@Component
class SharedOverviews extends SharedByUnits<SharedOverviews.Key, Overview> {

    /** Enough for every unit open on a busy node; beyond it everything is dropped and computed again. */
    private static final int MAX_ENTRIES = 256;

    record Key(String term, long unit, @Nullable Period asOf) {
    }

    SharedOverviews() {
        super(MAX_ENTRIES, null);
    }
}
