package vn.chitieu.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/**
 * A card's indicator lines as one element with the lines as a JSON property; {@code chitieu-sector-lines.js} draws
 * them with text and attribute bindings only, so a text is never read as markup. One element per card rather than one
 * per line: the browser's Flow client builds and sets a few properties instead of some 360 while the dashboard opens,
 * and the server keeps a node per card (docs/quy-mo-quoc-gia.md). A live update sends the card's lines again; the
 * browser redraws only the lines that changed.
 */
@Tag("chitieu-sector-lines")
@JsModule("./dashboard/chitieu-sector-lines.js")
final class SectorLines extends Component {

    SectorLines() {
        getElement().getClassList().add("sector-lines");
    }

    /**
     * Shows these lines; the same lines as shown already are not set anew. Compared as the JSON the browser has, which
     * the element keeps anyway: no second copy of the lines is held for it.
     */
    void show(List<SectorLine> lines) {
        String json = JsonMapper.shared().writeValueAsString(lines);
        if (!json.equals(getElement().getProperty("lines", ""))) {
            getElement().setProperty("lines", json);
        }
    }

    /** The lines as the browser is given them. */
    List<SectorLine> lines() {
        return List.of(JsonMapper.shared().readValue(getElement().getProperty("lines", "[]"), SectorLine[].class));
    }
}
