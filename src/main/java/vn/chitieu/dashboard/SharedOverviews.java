package vn.chitieu.dashboard;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.chitieu.dashboard.DashboardService.Overview;
import vn.chitieu.datavalue.Period;

/**
 * One overview per (term, unit, period shown, state of the data), computed once and shared by every screen showing it:
 * all the dashboards and wall screens of a unit refresh at the same save, and 41 of them computing the same overview
 * 41 times is what made a save take 1.8 s to reach them. A unit's entries are forgotten when its figures change, here
 * or on another node ({@link LiveUpdates} tells this before any screen); the fingerprint the caller reads with each
 * lookup (figures, catalogue, locks, term) catches changes that send no event. No access decision is made here: the
 * caller checks the person's scope before asking.
 */
@Component
class SharedOverviews {

    /** Enough for every unit open on a busy node; beyond it everything is dropped and computed again. */
    private static final int MAX_ENTRIES = 256;

    record Key(String term, long unit, @Nullable Period asOf) {
    }

    private record Entry(String fingerprint, long generation, Overview overview) {
    }

    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();
    /** Changes seen per unit: an overview computed while its unit changed is not kept. */
    private final Map<Long, Long> generations = new ConcurrentHashMap<>();

    Overview get(Key key, String fingerprint, Supplier<Overview> compute) {
        long generation = generations.getOrDefault(key.unit(), 0L);
        Entry entry = entries.get(key);
        if (entry != null && entry.generation() == generation && entry.fingerprint().equals(fingerprint)) {
            return entry.overview();
        }
        Overview overview = compute.get();
        if (generations.getOrDefault(key.unit(), 0L) == generation) {
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
            entries.put(key, new Entry(fingerprint, generation, overview));
        }
        return overview;
    }

    /** The unit's figures changed: its overviews are computed again at the next request. */
    void forget(long unitId) {
        generations.merge(unitId, 1L, Long::sum);
        entries.keySet().removeIf(key -> key.unit() == unitId);
    }
}
