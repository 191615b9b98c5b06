package vn.chitieu.base;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Read models computed from some units' figures, computed once and shared by every screen showing them until one of
 * those units changes: every dashboard and wall screen of a unit refreshes at the same save, and each computing the
 * same thing again is what made a save slow to reach them. The application's live updates tell {@link #forget} of
 * every unit whose figures changed (here or on another node) before any screen hears of it; the fingerprint the
 * caller reads with each lookup catches what sends no event (catalogue edits, locks, the term, writes outside the
 * application). No access decision is made here: callers check the person's scope before asking.
 *
 * @param <K> what the read model is of (term, unit, period…); equal keys are one shared entry
 * @param <V> the read model, immutable
 */
public class SharedByUnits<K, V> {

    private record Entry<V>(Set<Long> units, String fingerprint, long generation, long madeAt, V value) {
    }

    private final int capacity;
    private final @Nullable Duration maxAge;
    private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();
    /** Changes seen per unit: a value computed while one of its units changed is not kept. */
    private final Map<Long, Long> generations = new ConcurrentHashMap<>();
    private final LongAdder asked = new LongAdder();
    private final LongAdder computed = new LongAdder();

    /**
     * @param capacity how many values to keep; beyond it everything is dropped and computed again
     * @param maxAge   how long a value may be handed out at most (null: as long as nothing changes), for a
     *                 fingerprint that does not see every change
     */
    protected SharedByUnits(int capacity, @Nullable Duration maxAge) {
        this.capacity = capacity;
        this.maxAge = maxAge;
    }

    /** The shared value for the key and its units, or a new one computed (and kept if nothing changed meanwhile). */
    public V get(K key, Set<Long> units, String fingerprint, Supplier<V> compute) {
        asked.increment();
        long generation = generation(units);
        long now = System.nanoTime();
        Entry<V> entry = entries.get(key);
        if (entry != null && entry.generation() == generation && entry.fingerprint().equals(fingerprint)
                && (maxAge == null || now - entry.madeAt() < maxAge.toNanos())) {
            return entry.value();
        }
        computed.increment();
        V value = compute.get();
        if (generation(units) == generation) {
            if (entries.size() >= capacity) {
                entries.clear();
            }
            entries.put(key, new Entry<>(Set.copyOf(units), fingerprint, generation, now, value));
        }
        return value;
    }

    /** How many values screens asked for since start, shared or computed: what one screen's opening costs. */
    public long asked() {
        return asked.sum();
    }

    /** How many of the values asked for were computed rather than shared. */
    public long computed() {
        return computed.sum();
    }

    /** The unit's figures changed: every value computed from them is computed again at the next request. */
    public void forget(long unitId) {
        generations.merge(unitId, 1L, Long::sum);
        entries.values().removeIf(entry -> entry.units().contains(unitId));
    }

    private long generation(Set<Long> units) {
        long sum = 0;
        for (long unit : units) {
            sum += generations.getOrDefault(unit, 0L);
        }
        return sum;
    }
}
