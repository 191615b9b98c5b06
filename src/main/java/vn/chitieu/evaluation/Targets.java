package vn.chitieu.evaluation;

import org.jspecify.annotations.Nullable;

/** Reads a stored target: its text through {@link TargetParser}, with the direction and horizon a person fixed. */
public final class Targets {

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
        return TargetParser.parse(text, unit, indicatorName, comparator).map(r -> horizon == null ? r
                : r.withHorizon(horizon, horizonYear));
    }
}
