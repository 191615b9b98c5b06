package vn.chitieu.overview;

import java.time.Duration;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.chitieu.base.SharedByUnits;
import vn.chitieu.datavalue.Period;

/**
 * One units overview per (term, parent, period asked, units shown, state of the data), shared by the wall screen and
 * every leader who opens it: it takes the better part of a second for a province's 98 communes, and they all refresh
 * at the same save. Forgotten when any of its units' figures change; its fingerprint counts figures rather than
 * reading each one's version (that alone is a quarter of a second for a province), so a figure changed in place
 * outside the application is seen within {@link #MAX_AGE}.
 */
@Component
class SharedUnitsOverviews extends SharedByUnits<SharedUnitsOverviews.Key, UnitsOverview> {

    /** A few provinces with a few periods each; an overview of 98 units holds about 3,000 cells. */
    private static final int MAX_ENTRIES = 32;
    static final Duration MAX_AGE = Duration.ofMinutes(1);

    /** @param units the units the person may read, which the overview shows */
    record Key(String term, long parent, @Nullable Period period, Set<Long> units) {
    }

    SharedUnitsOverviews() {
        super(MAX_ENTRIES, MAX_AGE);
    }
}
