package vn.chitieu.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import org.jspecify.annotations.Nullable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.chitieu.base.ui.VerdictBadge;
import vn.chitieu.dashboard.IndicatorRow;

/**
 * One indicator's line on a sector card: its number, its name (a link to the indicator's page, plain on the wall
 * screen), its target, its latest figure with period, note and padlock, and its badge. The server keeps one element
 * with the line's texts as properties; {@code chitieu-sector-line.js} draws them in the browser with text bindings
 * only, so a text is never read as markup. A dashboard keeps about a fifteenth of the state it kept with a component
 * per span (docs/quy-mo-quoc-gia.md).
 */
@Tag("chitieu-sector-line")
@JsModule("./dashboard/chitieu-sector-line.js")
final class SectorLine extends Component {

    /**
     * {@code link}: whether the name links to the indicator's page (not on the wall screen). A shared indicator's link
     * names the unit shown ({@code ?don-vi=}), since the indicator alone does not say whose figures to show.
     */
    SectorLine(IndicatorRow row, boolean openTerm, boolean link, @Nullable String unitCode) {
        var element = getElement();
        element.getClassList().add("sector-row");
        element.setAttribute("data-indicator", Long.toString(row.indicatorId()));
        element.setProperty("number", row.numberLabel());
        element.setProperty("name", row.name());
        if (link) {
            element.setProperty("href", IndicatorView.address(row.indicatorId(),
                    row.sharedBy() == null ? null : unitCode));
        }
        if (row.sharedBy() != null) {
            // assigned by the unit above, judged against this unit's own target where it set one
            element.setProperty("shared", row.sharedLabel());
        }
        element.setProperty("target", row.hasTarget() ? row.targetText() : "—");
        // a long target is cut to a few lines (CSS), the whole text in its tooltip
        if (row.hasTarget()) {
            element.setProperty("targetTitle", row.targetText());
        }
        if (row.hasValue()) {
            element.setProperty("value", row.latestValue());
            if (row.latestNote() != null) {
                element.setProperty("note", row.latestNote());
            }
            element.setProperty("period", row.latestPeriod() + (row.latestIsEstimate() ? " · ước tính" : ""));
            element.setProperty("locked", row.latestLocked());
        }
        VerdictBadge.Look badge = Marks.badgeLook(row.assessment(), openTerm);
        element.setProperty("badge", badge.text());
        element.setProperty("badgeIcon", badge.glyph());
        element.setProperty("tone", badge.tone());
        element.setProperty("explanation", badge.explanation());
    }

    String number() {
        return text("number");
    }

    String name() {
        return text("name");
    }

    /** The indicator page's address, empty on the wall screen (no link there). */
    String href() {
        return text("href");
    }

    String shared() {
        return text("shared");
    }

    String target() {
        return text("target");
    }

    String targetTitle() {
        return text("targetTitle");
    }

    /** The latest figure, empty when there is none ("Chưa có số liệu" is shown). */
    String value() {
        return text("value");
    }

    String note() {
        return text("note");
    }

    String period() {
        return text("period");
    }

    boolean locked() {
        return getElement().getProperty("locked", false);
    }

    /** The badge's word ("Dự kiến đạt", "Đạt · vượt"); its icon is hidden from screen readers, the word is not. */
    String badge() {
        return text("badge");
    }

    String tone() {
        return text("tone");
    }

    String explanation() {
        return text("explanation");
    }

    /** The line's text as the page shows it, in the page's order. */
    String text() {
        String latest = value().isEmpty() ? "Chưa có số liệu"
                : value() + period() + (locked() ? Marks.LOCKED : "");
        return Stream.of(number(), name(), shared(), target(), latest, badge()).collect(Collectors.joining());
    }

    private String text(String property) {
        return getElement().getProperty(property, "");
    }
}
