package vn.chitieu.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.json.JsonMapper;
import vn.chitieu.base.ui.VerdictBadge;
import vn.chitieu.dashboard.Tally;
import vn.chitieu.evaluation.TermRollup.Outlook;
import vn.chitieu.evaluation.Verdict;

/**
 * A sector card's counts, one chip per outlook (running term) or verdict (closed term): "3 dự kiến đạt". One element
 * with the chips as a JSON property; {@code chitieu-sector-counts.js} draws them with text bindings only.
 */
@Tag("chitieu-sector-counts")
@JsModule("./dashboard/chitieu-sector-counts.js")
final class SectorCounts extends Component {

    /** One chip: its text and its tone (the verdict's CSS class). */
    record Chip(String text, String tone) {
    }

    SectorCounts() {
        getElement().getClassList().add("sector-counts");
    }

    void show(Tally tally, boolean openTerm) {
        List<Chip> shown = new ArrayList<>();
        if (openTerm) {
            for (Outlook outlook : Outlook.values()) {
                shown.add(chip(tally.count(outlook), outlook.label(), VerdictBadge.tone(outlook)));
            }
        } else {
            for (Verdict verdict : Verdict.values()) {
                shown.add(chip(tally.count(verdict), verdict.label(), VerdictBadge.tone(verdict)));
            }
        }
        getElement().setProperty("chips", JsonMapper.shared().writeValueAsString(shown));
    }

    /** The chips as the browser is given them. */
    List<Chip> chips() {
        return List.of(JsonMapper.shared().readValue(getElement().getProperty("chips", "[]"), Chip[].class));
    }

    private static Chip chip(int n, String label, String tone) {
        return new Chip(n + " " + label.toLowerCase(Locale.ROOT), tone);
    }
}
