package vn.chitieu.dataimport;

import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.chitieu.evaluation.Verdict;

/**
 * What an import would do, row by row, in file order. Nothing is written to produce it.
 *
 * @param errors file-level errors (a missing column, an unreadable file)
 */
public record ImportPreview(List<Row> rows, List<String> errors) {

    public ImportPreview {
        rows = List.copyOf(rows);
        errors = List.copyOf(errors);
    }

    /** What commit would do with the row. */
    public enum Action {
        /** A new value. */
        THEM,
        /** A changed value: a new version, the old one kept in the history. */
        SUA,
        /** Same as already stored: nothing to do (re-importing a file changes nothing). */
        GIU_NGUYEN,
        /** No result in the row: only the indicator (and its target) is checked. */
        KHONG_CO_KET_QUA
    }

    /** One problem in one cell: line, column, what is wrong and what would be accepted. */
    public record CellError(int line, String column, String message) {

        @Override
        public String toString() {
            return "Dòng " + line + ", cột " + column + ": " + message;
        }
    }

    /**
     * @param targetReading the target as the engine read it, in plain Vietnamese
     * @param planText      the year's plan as written in the {@code ke_hoach} column, empty without one
     * @param planReading   the plan as the engine read it, in plain Vietnamese
     * @param planAction    what commit does with the plan ({@link Action#THEM}, {@link Action#SUA},
     *                      {@link Action#GIU_NGUYEN}); null without a plan
     * @param warnings      things commit will do that a person should know (create a unit or an indicator)
     */
    public record Row(
            int line,
            String code,
            String indicatorName,
            String unitName,
            String period,
            String targetText,
            @Nullable String targetReading,
            String result,
            @Nullable String resultReading,
            Verdict verdict,
            boolean exceeded,
            boolean estimate,
            String explanation,
            Action action,
            String planText,
            @Nullable String planReading,
            @Nullable Action planAction,
            List<CellError> errors,
            List<String> warnings) {

        public Row {
            errors = List.copyOf(errors);
            warnings = List.copyOf(warnings);
        }

        public boolean hasErrors() {
            return !errors.isEmpty();
        }
    }

    public boolean hasErrors() {
        return !errors.isEmpty() || rows.stream().anyMatch(Row::hasErrors);
    }

    /** Every error of the file, file-level first, as sentences. */
    public List<String> allErrors() {
        return java.util.stream.Stream.concat(errors.stream(),
                rows.stream().flatMap(r -> r.errors().stream()).map(CellError::toString)).toList();
    }

    public long count(Action action) {
        return rows.stream().filter(r -> r.action() == action && !r.hasErrors()).count();
    }

    /** Yearly plans commit writes: new ones and changed ones. */
    public long plansToWrite() {
        return rows.stream().filter(r -> !r.hasErrors() && (r.planAction() == Action.THEM || r.planAction() == Action.SUA))
                .count();
    }
}
