package vn.chitieu.dashboard;

import vn.chitieu.evaluation.Assessment;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A merged unit beside the units it was formed from, for a closed term: the same indicators side by side, and per
 * unit how many targets were met and missed, counted from the engine's verdicts (never typed in).
 */
public record WardComparison(List<String> units, List<Row> rows, List<UnitTally> tallies) {

    public WardComparison {
        units = List.copyOf(units);
        rows = List.copyOf(rows);
        tallies = List.copyOf(tallies);
    }

    /** One indicator by name, one cell per unit (null where that unit has no such indicator). */
    public record Row(String name, @Nullable String targetText, List<@Nullable Cell> cells) {

        public Row {
            cells = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(cells));
        }
    }

    public record Cell(long indicatorId, @Nullable String value, Assessment assessment) {
    }

    public record UnitTally(String unit, Tally tally) {

        /** "04 chỉ tiêu chưa đạt", as the reports write it. */
        public String missedLabel() {
            return String.format("%02d chỉ tiêu chưa đạt", tally.khongDat());
        }
    }
}
