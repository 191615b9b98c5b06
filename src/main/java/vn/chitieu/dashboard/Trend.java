package vn.chitieu.dashboard;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.chitieu.indicator.Sector;

/**
 * A sector's indicators over the years of a term, each as a percentage of its own target so targets in different
 * units share one chart (100 = the target). The real figure as reported is in each point's label.
 *
 * @param years      the base year and the years of the term ("2020" … "2025")
 * @param notCharted indicators that cannot be drawn as a percentage of a target (a state in words, a rating…)
 */
public record Trend(Sector sector, List<String> years, List<Line> lines, List<String> notCharted) {

    public Trend {
        years = List.copyOf(years);
        lines = List.copyOf(lines);
        notCharted = List.copyOf(notCharted);
    }

    /**
     * One indicator: a point per year (null where there is no figure) and, for a running term, the projected end of
     * the term, drawn dashed from the last figure.
     */
    public record Line(long indicatorId, String title, List<@Nullable Point> points, @Nullable Point projection) {

        public Line {
            points = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(points));
        }
    }

    /** @param percentOfTarget 100 is the target; the label says the figure as reported, its period and "ước tính" */
    public record Point(String year, BigDecimal percentOfTarget, String label) {
    }
}
