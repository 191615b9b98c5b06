package vn.chitieu.dashboard;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything about one indicator of one unit: the target and how the engine reads it, the yearly plans, the verdict,
 * every figure with its versions, and the same indicator in the units this one was formed from.
 *
 * @param unitCode      the unit's code, for links back to its dashboard
 * @param targetReading the engine's reading of the target in plain words ("≥ 95%, hằng năm")
 * @param units         this unit and its former units, each with its figures by period, for the chart
 * @param targetValue   a level the figures are held against ("trên 98%": 98), drawn as a line on the chart
 */
public record IndicatorDetail(IndicatorRow row, String termCode, String unitCode, boolean openTerm,
                              @Nullable String targetReading,
                              @Nullable String responsible, @Nullable String sourceQuote, List<Plan> plans,
                              List<Figure> history, List<String> periods, List<UnitFigures> units,
                              @Nullable Double targetValue) {

    public IndicatorDetail {
        plans = List.copyOf(plans);
        history = List.copyOf(history);
        periods = List.copyOf(periods);
        units = List.copyOf(units);
    }

    public record Plan(int year, String text) {
    }

    /**
     * One figure of one period, official or estimate, with every version it went through (oldest first).
     *
     * @param locked the period is closed: the figure can no longer be changed
     */
    public record Figure(long id, String period, String valueText, boolean estimate, @Nullable String note,
                         @Nullable String reason, @Nullable String remedy, String source, boolean locked,
                         List<Change> changes) {

        public Figure {
            changes = List.copyOf(changes);
        }

        /**
         * The value the document gave, when this figure was loaded from a document and corrected since (an
         * administrator's correction of a closed term); null otherwise. The document's value stays in the history.
         */
        public @Nullable String documentValueBeforeCorrection() {
            return changes.size() > 1 && changes.getFirst().byTheSystem() ? changes.getFirst().valueText() : null;
        }
    }

    /** A saved version: who, when, what it said, and why it was changed. */
    public record Change(int version, String valueText, boolean estimate, @Nullable String reason,
                         @Nullable String remedy, @Nullable String note, String savedBy, Instant savedAt) {

        boolean byTheSystem() {
            return vn.chitieu.security.SystemAuthentication.SYSTEM_USER.equals(savedBy);
        }

        /** Who saved it, as a person reads it: the application's own loading of documents is "Hệ thống". */
        public String savedByLabel() {
            return byTheSystem() ? "Hệ thống" : savedBy;
        }
    }

    /** One unit's figures by period label (official before estimate), null where it reported none. */
    public record UnitFigures(String unitName, List<@Nullable Double> values, List<@Nullable String> labels) {

        public UnitFigures {
            values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
            labels = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(labels));
        }
    }
}
