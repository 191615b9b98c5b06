package vn.chitieu.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    private final Chart chart = new Chart();
    private final Paragraph notCharted = new Paragraph();
    /** What the card shows now, to change only what a refresh changed. */
    private @Nullable List<IndicatorRow> shown;
    private @Nullable Tally shownTally;
    private boolean shownOpen;
    /** Each indicator's line, by indicator id. */
    private final Map<Long, Component> lines = new HashMap<>();
    /** The unit whose dashboard this is: a shared indicator's link names it, the indicator being every ward's. */
    private @Nullable String unitCode;

    SectorCard(Sector sector, boolean wall) {
        this.sector = sector;
        this.wall = wall;
        addClassName("sector-card");
        getElement().setAttribute("data-sector", sector.name());
        heading.setText(sector.label());
        rows.addClassName("sector-rows");
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
     * out). When the same indicators are shown in the same order, only the lines whose row changed are replaced.
     */
    private void showRows(List<IndicatorRow> indicators, boolean openTerm) {
        List<IndicatorRow> before = shown;
        if (before != null && openTerm == shownOpen && sameLines(before, indicators)) {
            for (int i = 0; i < indicators.size(); i++) {
                IndicatorRow row = indicators.get(i);
                Component old = lines.get(row.indicatorId());
                if (old != null && !row.equals(before.get(i))) {
                    Component line = line(row, openTerm);
                    old.getParent().map(Div.class::cast).ifPresent(parent -> parent.replace(old, line));
                    lines.put(row.indicatorId(), line);
                }
            }
            return;
        }
        rows.removeAll();
        lines.clear();
        if (indicators.isEmpty()) {
            rows.add(new Paragraph("Chưa có chỉ tiêu nào trong lĩnh vực này."));
        }
        List<IndicatorRow> others = indicators.stream().filter(row -> !row.isTarget()).toList();
        indicators.stream().filter(IndicatorRow::isTarget).forEach(row -> rows.add(newLine(row, openTerm)));
        if (!others.isEmpty() && !wall) {
            var list = new Div();
            others.forEach(row -> list.add(newLine(row, openTerm)));
            var details = new com.vaadin.flow.component.details.Details(others.size()
                    + " số liệu khác không có mục tiêu", list);
            details.addClassName("other-figures");
            rows.add(details);
        }
    }

    /** The same indicators, in the same order, each on the same side of the fold, each already with its line. */
    private boolean sameLines(List<IndicatorRow> before, List<IndicatorRow> indicators) {
        if (indicators.size() != before.size()) {
            return false;
        }
        for (int i = 0; i < indicators.size(); i++) {
            IndicatorRow now = indicators.get(i);
            IndicatorRow then = before.get(i);
            if (now.indicatorId() != then.indicatorId() || now.isTarget() != then.isTarget()
                    || (!wall || now.isTarget()) && !lines.containsKey(now.indicatorId())) {
                return false;
            }
        }
        return true;
    }

    private Component newLine(IndicatorRow row, boolean openTerm) {
        Component line = line(row, openTerm);
        lines.put(row.indicatorId(), line);
        return line;
    }

    private Component line(IndicatorRow row, boolean openTerm) {
        return new SectorLine(row, openTerm, !wall, unitCode);
    }
}
