package vn.chitieu.evaluation;

import org.jspecify.annotations.Nullable;

/** Reads a stored target: its text through {@link TargetParser}, with the direction and horizon a person fixed. */
public final class Targets {

    /** Every unit of a province carries the same target texts: each is read once (about 30 here per term). */
    private static final Memo<Key, ParseResult<TargetReading>> READINGS = new Memo<>(20_000, Targets::parse);

    private record Key(String text, @Nullable String unit, @Nullable String indicatorName,
                       @Nullable Comparator comparator, @Nullable Horizon horizon, @Nullable Integer horizonYear) {
    }

    private Targets() {
    }

    /**
     * @param comparator  a direction stated apart from the text (import column {@code chieu}), or null
     * @param horizon     a horizon stated apart from the text (the resolution's section says "hằng năm"), or null
     * @param horizonYear the year for {@link Horizon#BY_YEAR}, when stated apart
     */
    public static ParseResult<TargetReading> read(String text, @Nullable String unit, @Nullable String indicatorName,
                                                  @Nullable Comparator comparator, @Nullable Horizon horizon,
                                                  @Nullable Integer horizonYear) {
        return READINGS.get(new Key(text, unit, indicatorName, comparator, horizon, horizonYear));
    }

    private static ParseResult<TargetReading> parse(Key key) {
        return TargetParser.parse(key.text(), key.unit(), key.indicatorName(), key.comparator())
                .map(r -> key.horizon() == null ? r : r.withHorizon(key.horizon(), key.horizonYear()));
    }
}
