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

    /** One unit's indicator: its own target (a former ward's resolution had its own), figure and assessment. */
    public record Cell(long indicatorId, @Nullable String targetText, @Nullable String value, Assessment assessment) {
    }

    /**
     * @param statedMissed how many targets the report itself says were not met, when it says so
     * @param statedSource where it says so
     */
    public record UnitTally(String unit, Tally tally, @Nullable Integer statedMissed, @Nullable String statedSource) {

        /** "04 chỉ tiêu chưa đạt", as the reports write it, counted from the engine's verdicts. */
        public String missedLabel() {
            return String.format("%02d chỉ tiêu chưa đạt", tally.khongDat());
        }

        /** Whether the report states a different count than its own list supports. */
        public boolean statedDiffers() {
            return statedMissed != null && statedMissed != tally.khongDat();
        }

        /** A short note when the two counts differ: both, and where the stated one comes from. */
        public @Nullable String note() {
            if (!statedDiffers()) {
                return null;
            }
            return String.format("Văn kiện ghi %02d chỉ tiêu chưa đạt; các chỉ tiêu nêu trong văn kiện cho %02d "
                    + "(đếm từ kết luận từng chỉ tiêu)", statedMissed, tally.khongDat())
                    + (statedSource == null ? "" : " · " + statedSource);
        }
    }
}
