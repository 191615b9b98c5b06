package vn.chitieu.base.ui.chart;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * An ApexCharts chart. Setting new options on a chart already in the page updates it in place (only the series when
 * only they changed), so a live dashboard redraws its lines rather than rebuilding its charts; the browser side
 * destroys the chart when the component leaves the page.
 * <p>
 * Every text of a chart comes from people's data (indicator and unit names, reported results), and ApexCharts writes
 * its tooltips and legend with innerHTML: the element escapes each of those outputs in the browser
 * ({@code escapeHtml} in {@code chitieu-chart.js}), so a name is always shown as written and never run. The JSON
 * itself carries no raw {@code < > & '} either, so it stays inert wherever it is put.
 */
@Tag("chitieu-chart")
// 4.7.0 is the last release under the MIT licence alone (see docs/stack.md)
@NpmPackage(value = "apexcharts", version = "4.7.0")
@JsModule("./chart/chitieu-chart.js")
public class Chart extends Component implements HasSize {

    private static final JsonMapper JSON = JsonMapper.builder(JsonFactory.builder()
                    .characterEscapes(new HtmlSafeEscapes()).build())
            .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
            .build();

    /**
     * The JSON of the options last drawn, by options: every screen showing the same chart (all the dashboards of a
     * unit) keeps one string rather than a copy each, and a live refresh does not write it again per screen.
     */
    private static final Map<ChartOptions, String> DRAWN = Collections.synchronizedMap(
            new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<ChartOptions, String> eldest) {
                    return size() > 512;
                }
            });

    private @Nullable ChartOptions options;

    public Chart() {
        setWidthFull();
    }

    public Chart(ChartOptions options) {
        this();
        setOptions(options);
    }

    /** Does nothing when the options are the ones shown: a live refresh that changed nothing here sends nothing. */
    public void setOptions(ChartOptions options) {
        if (options.equals(this.options)) {
            return;
        }
        this.options = options;
        getElement().setProperty("config", toJson(options));
    }

    /** New figures for the same chart. */
    public void updateSeries(List<ChartOptions.Series> series) {
        if (options == null) {
            throw new IllegalStateException("Chart has no options yet");
        }
        setOptions(options.withSeries(series));
    }

    public Optional<ChartOptions> getOptions() {
        return Optional.ofNullable(options);
    }

    static String toJson(ChartOptions options) {
        return DRAWN.computeIfAbsent(options, JSON::writeValueAsString);
    }

    /** JSON's own escapes, plus unicode escapes for the characters that mean something in HTML. */
    private static final class HtmlSafeEscapes extends CharacterEscapes {

        private static final int[] ESCAPES = standardAsciiEscapesForJSON();

        static {
            for (char c : new char[] {'<', '>', '&', '\''}) {
                ESCAPES[c] = ESCAPE_STANDARD;
            }
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ESCAPES;
        }

        @Override
        public @Nullable SerializableString getEscapeSequence(int ch) {
            return null;
        }
    }
}
