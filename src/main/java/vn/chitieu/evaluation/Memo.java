package vn.chitieu.evaluation;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Remembers a pure reading by all of its inputs, so that the same words are read once: a province's 117,600 figures
 * are written with about 2,000 different texts, and every commune carries the same target texts. Only for functions
 * of their inputs alone with immutable results (records of strings, numbers and enums); safe from any thread. Bounded:
 * when full it starts again empty rather than tracking what was used last, which costs nothing per read.
 */
final class Memo<K, V> {

    private final int capacity;
    private final Function<K, V> reading;
    private final Map<K, V> remembered = new ConcurrentHashMap<>();

    Memo(int capacity, Function<K, V> reading) {
        this.capacity = capacity;
        this.reading = reading;
    }

    V get(K key) {
        V known = remembered.get(key);
        if (known != null) {
            return known;
        }
        // read outside the map's locks: two threads may read the same words at once, and both get equal readings
        V read = reading.apply(key);
        if (remembered.size() >= capacity) {
            remembered.clear();
        }
        remembered.put(key, read);
        return read;
    }
}
