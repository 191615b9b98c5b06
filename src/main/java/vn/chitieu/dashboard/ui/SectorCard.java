package vn.chitieu.dashboard.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.chitieu.base.ui.chart.Chart;
import vn.chitieu.dashboard.IndicatorRow;
import vn.chitieu.dashboard.Tally;
import vn.chitieu.dashboard.Trend;
import vn.chitieu.indicator.Sector;

/**
 * One sector: its counts, a line per indicator with its badge, and its trend chart. Updating it redraws the chart in
 * place, so a live dashboard does not rebuild its charts.
 */
final class SectorCard extends Div {

    /** Text on the wall screen's charts, in pixels: read from across a room on a 1080p screen. */
    static final int WALL_TEXT = 18;

    private Sector sector;
    /** On the wall screen: no links, no folded figures, the chart filling its half of the card, large text. */
    private final boolean wall;
    private final H2 heading = new H2();
    private final SectorCounts counts = new SectorCounts();
    private final Div rows = new Div();
    private final SectorLines targets = new SectorLines();
    /** The figures without a target, folded; only while there are some (never on the wall screen). */
    private @Nullable Details otherFigures;
    private @Nullable SectorLines otherLines;
    private @Nullable Paragraph noIndicators;
    private final Chart chart = new Chart();
    private final Paragraph notCharted = new Paragraph();
    /** What the card shows now, to change only what a refresh changed. */
    private @Nullable List<IndicatorRow> shown;
    private @Nullable Tally shownTally;
    private boolean shownOpen;
    /** The unit whose dashboard this is: a shared indicator's link names it, the indicator being every ward's. */
    private @Nullable String unitCode;

    SectorCard(Sector sector, boolean wall) {
        this.sector = sector;
        this.wall = wall;
        addClassName("sector-card");
        getElement().setAttribute("data-sector", sector.name());
        heading.setText(sector.label());
        rows.addClassName("sector-rows");
        rows.add(targets);
        chart.addClassName("sector-chart");
        notCharted.addClassName("not-charted");
        add(heading, counts, rows, chart, notCharted);
    }

    Sector sector() {
        return sector;
    }

    Chart chart() {
        return chart;
    }

    /** Shows another sector in the same card (the wall screen turns through them). */
    void show(Sector newSector, List<IndicatorRow> indicators, Trend trend, boolean openTerm) {
        if (newSector != sector) {
            sector = newSector;
            heading.setText(sector.label());
            getElement().setAttribute("data-sector", sector.name());
            shown = null;
        }
        show(indicators, trend, openTerm);
    }

    /** The unit the next {@link #show} is of; another unit's lines are all drawn anew. */
    void ofUnit(String code) {
        if (!code.equals(unitCode)) {
            unitCode = code;
            shown = null;
        }
    }

    void show(List<IndicatorRow> indicators, Trend trend, boolean openTerm) {
        // a live refresh usually brings one changed figure: what is the same stays as it is, in the server's memory
        // and in every browser showing it
        if (shown == null || openTerm != shownOpen || !indicators.equals(shown)) {
            showCounts(Tally.of(indicators), openTerm);
            showRows(indicators, openTerm);
            shown = List.copyOf(indicators);
            shownOpen = openTerm;
        }
        boolean drawn = !trend.lines().isEmpty();
        chart.setVisible(drawn);
        if (drawn) {
            chart.setOptions(Charts.ofCard(trend, wall));
        }
        notCharted.setVisible(!trend.notCharted().isEmpty());
        // no text (and no text node kept for it) while there is nothing to say
        String notChartedText = trend.notCharted().isEmpty() ? ""
                : "Không vẽ trên biểu đồ (mục tiêu không quy ra % được): " + String.join("; ", trend.notCharted());
        if (!notChartedText.equals(notCharted.getText())) {
            notCharted.setText(notChartedText);
        }
    }

    private void showCounts(Tally tally, boolean openTerm) {
        if (tally.equals(shownTally) && openTerm == shownOpen) {
            return;
        }
        shownTally = tally;
        counts.show(tally, openTerm);
    }

    /**
     * The resolution's targets, then the figures reported without a target folded away (the wall screen leaves them
     * out). Each list is one element; a list that did not change sends nothing.
     */
    private void showRows(List<IndicatorRow> indicators, boolean openTerm) {
        targets.show(indicators.stream().filter(IndicatorRow::isTarget).map(row -> line(row, openTerm)).toList());
        List<SectorLine> others = wall ? List.of()
                : indicators.stream().filter(row -> !row.isTarget()).map(row -> line(row, openTerm)).toList();
        boolean folding = !others.isEmpty();
        if (folding && otherFigures == null) {
            otherLines = new SectorLines();
            otherFigures = new Details("", otherLines);
            otherFigures.addClassName("other-figures");
            rows.add(otherFigures);
        } else if (!folding && otherFigures != null) {
            rows.remove(otherFigures);
            otherFigures = null;
            otherLines = null;
        }
        if (otherFigures != null && otherLines != null) {
            otherFigures.setSummaryText(others.size() + " số liệu khác không có mục tiêu");
            otherLines.show(others);
        }
        if (indicators.isEmpty() && noIndicators == null) {
            noIndicators = new Paragraph("Chưa có chỉ tiêu nào trong lĩnh vực này.");
            rows.addComponentAsFirst(noIndicators);
        } else if (!indicators.isEmpty() && noIndicators != null) {
            rows.remove(noIndicators);
            noIndicators = null;
        }
    }

    /** Every line the card shows, the targets' then the folded ones', as the browser is given them. */
    List<SectorLine> lines() {
        List<SectorLine> all = new ArrayList<>(targets.lines());
        if (otherLines != null) {
            all.addAll(otherLines.lines());
        }
        return all;
    }

    private SectorLine line(IndicatorRow row, boolean openTerm) {
        return SectorLine.of(row, openTerm, !wall, unitCode);
    }
}
