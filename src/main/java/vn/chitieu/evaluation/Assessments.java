package vn.chitieu.evaluation;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The one assessment rule: an indicator's target and stored figures → its verdict, its term result and, for a
 * running term, the projection to the term's end. Every screen, the API, the import preview and the reports ask
 * this, so that one indicator never gets two verdicts.
 * <ul>
 * <li>Without a target, the latest figure is judged on its own words or as completion (Verdicts, rules 3, 4, 6).</li>
 * <li>A running term: the latest figure judged against the target, and the projection from the yearly figures.</li>
 * <li>A closed term: judged by the target's horizon on the yearly figures or the whole term's figure
 * ({@link TermRollup#judge}); failing those, on the latest figure, saying which period it is.</li>
 * </ul>
 */
public final class Assessments {

    private Assessments() {
    }

    /**
     * @param target         the target's reading, or null when the indicator has none
     * @param unit           the indicator's unit of measure
     * @param countsAllUnits x/y without a target means all units (a count of units out of units)
     * @param startYear      the term's base year (2020 for 2020-2025)
     * @param open           the term is running
     * @param periodLabel    how to name the latest figure's period when a closed term is judged on it alone
     */
    public static Assessment assess(@Nullable TargetReading target, @Nullable String unit, boolean countsAllUnits,
                                    int startYear, int endYear, boolean open, Collection<ReportedFigure> figures,
                                    java.util.function.Function<ReportedFigure, String> periodLabel) {
        ReportedFigure latest = ReportedFigure.latest(figures, f -> f).orElse(null);
        if (latest == null) {
            return open ? new Assessment(Assessment.NONE.evaluation(), new TermRollup.Projection(
                    TermRollup.Outlook.CHUA_DU_DU_LIEU, null, "Chưa có số liệu năm nào")) : Assessment.NONE;
        }
        if (target == null) {
            return new Assessment(Verdicts.judge(null, latest.reading(), unit, countsAllUnits), null);
        }
        TermRollup.Figures termFigures = termFigures(figures, startYear, endYear);
        if (open) {
            Evaluation now = Verdicts.judge(target, latest.reading(), unit, false);
            return new Assessment(now, TermRollup.project(target, startYear, endYear, termFigures, unit));
        }
        if (!termFigures.yearly().isEmpty() || termFigures.wholeTerm() != null) {
            return new Assessment(TermRollup.judge(target, startYear, endYear, termFigures, unit), null);
        }
        Evaluation byLatest = Verdicts.judge(target, latest.reading(), unit, false);
        return new Assessment(new Evaluation(byLatest.verdict(), byLatest.exceeded(), byLatest.estimate(),
                "Theo số liệu " + periodLabel.apply(latest) + ": " + byLatest.explanation()), null);
    }

    /**
     * One figure on its own against the target: a typed value on the entry sheet, a row of an import preview. The
     * same rule {@link #assess} applies to the latest figure.
     */
    public static Evaluation judgeFigure(@Nullable TargetReading target, ResultReading figure, @Nullable String unit,
                                         boolean countsAllUnits) {
        return Verdicts.judge(target, figure, unit, countsAllUnits);
    }

    /** The yearly figures (official before estimate) and the figure for the whole term, as TermRollup wants them. */
    public static TermRollup.Figures termFigures(Collection<ReportedFigure> figures, int startYear, int endYear) {
        Map<Integer, ResultReading> yearly = new TreeMap<>();
        ResultReading wholeTerm = null;
        List<ReportedFigure> officialFirst = figures.stream()
                .sorted(Comparator.comparing(ReportedFigure::estimate)).toList();
        for (ReportedFigure figure : officialFirst) {
            if (figure.isYear()) {
                yearly.putIfAbsent(figure.yearTo(), figure.reading());
            } else if (figure.isSpan(startYear, endYear) && wholeTerm == null) {
                wholeTerm = figure.reading();
            }
        }
        return new TermRollup.Figures(new TreeMap<>(yearly), wholeTerm);
    }
}
