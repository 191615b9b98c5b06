package vn.chitieu.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.chitieu.Browsers;
import vn.chitieu.EndToEndTest;
import vn.chitieu.WithBrowser;

/**
 * Names and results are whatever people typed, or whatever an old database or a script put there: markup in them is
 * shown as text on every screen that draws them (dashboard, indicator page, wall screen, chart legends and tooltips),
 * never run. Inserted straight into the database, past the checks of the entry sheet and the import, as data that
 * got in some other way would be; removed afterwards, so the other browser tests see only the demo data.
 */
@EndToEndTest
class ScriptFromDataEndToEndTest extends WithBrowser {

    static final String IMG = "<img src=x onerror=alert(1)>";
    static final String SVG = "\"><svg onload=alert(2)>";
    static final String UNIT = "Phường Thử " + IMG;
    static final String INDICATOR = "Tỷ lệ thử " + SVG;
    static final String RESULT = "96% " + IMG;

    @Autowired
    JdbcClient jdbc;

    long unitId;
    long indicatorId;
    final List<String> dialogs = new CopyOnWriteArrayList<>();

    @BeforeAll
    void insertMarkup() {
        jdbc.sql("INSERT INTO org_unit (code, name, kind) VALUES ('thu-ma-trang', :name, 'PHUONG')")
                .param("name", UNIT).update();
        unitId = jdbc.sql("SELECT id FROM org_unit WHERE code = 'thu-ma-trang'").query(Long.class).single();
        long term = jdbc.sql("SELECT id FROM term WHERE code = '2025-2030'").query(Long.class).single();
        jdbc.sql("""
                INSERT INTO indicator (term_id, sector, org_unit_id, number, name, unit, target_text, sort_order)
                VALUES (:term, 'XAY_DUNG_DANG', :unit, '1', :name, '%', 'trên 90%', 1)""")
                .param("term", term).param("unit", unitId).param("name", INDICATOR).update();
        indicatorId = jdbc.sql("SELECT id FROM indicator WHERE org_unit_id = :unit").param("unit", unitId)
                .query(Long.class).single();
        for (int year : new int[] {2026, 2027}) {
            jdbc.sql("""
                    INSERT INTO data_value (indicator_id, org_unit_id, period_kind, period_year_from, period_year_to,
                        value_text, value_number, note, created_by, created_at, updated_by, updated_at)
                    VALUES (:indicator, :unit, 'YEAR', :year, :year, :text, :number, :note, 'thu', NOW(3), 'thu', NOW(3))""")
                    .param("indicator", indicatorId).param("unit", unitId).param("year", year)
                    .param("text", year == 2026 ? RESULT : "97% " + SVG).param("number", year == 2026 ? 96 : 97)
                    .param("note", IMG).update();
        }
    }

    @AfterAll
    void removeMarkup() {
        jdbc.sql("DELETE FROM data_value_version WHERE data_value_id IN "
                + "(SELECT id FROM data_value WHERE org_unit_id = :unit)").param("unit", unitId).update();
        jdbc.sql("DELETE FROM data_value WHERE org_unit_id = :unit").param("unit", unitId).update();
        jdbc.sql("DELETE FROM indicator WHERE org_unit_id = :unit").param("unit", unitId).update();
        jdbc.sql("DELETE FROM org_unit WHERE id = :unit").param("unit", unitId).update();
    }

    private Page signedIn() {
        Page page = Browsers.signIn(browser, port, "quantri", ".app-frame");
        // an alert is the proof that markup ran: remember it and let the page go on, the test fails at its end
        page.onDialog(dialog -> {
            dialogs.add(dialog.message());
            dialog.dismiss();
        });
        return page;
    }

    /**
     * Moves the mouse across a chart's plot area, as a person looking for a figure would, until ApexCharts shows a
     * tooltip with something in it, and returns its text as the DOM holds it (what ApexCharts wrote there).
     */
    private static String tooltipOf(Page page, Locator chart) {
        chart.locator(".apexcharts-series path").first().waitFor();
        chart.scrollIntoViewIfNeeded();
        var box = chart.locator("svg.apexcharts-svg").first().boundingBox();
        Locator tooltip = chart.locator(".apexcharts-tooltip.apexcharts-active");
        for (int step = 2; step < 40; step++) {
            for (double height : new double[] {0.3, 0.5}) {
                page.mouse().move(box.x + box.width * step / 40, box.y + box.height * height);
                page.waitForTimeout(80);
                String text = tooltip.count() == 0 ? "" : tooltip.first().textContent();
                // a point without figures (a year before the first one) shows an empty tooltip: move on
                if (!text.replaceAll("[\\s:]", "").isEmpty() && text.matches("(?s).*\\d.*%.*")) {
                    return text;
                }
            }
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Path.of("target", "e2e-tooltip.png")));
        throw new AssertionError("Không thấy chú giải (tooltip) có số liệu khi rê chuột qua biểu đồ");
    }

    private static void assertNothingInjected(Page page) {
        assertThat(page.locator("img[src='x']").count()).as("an <img> from data").isZero();
        assertThat(page.locator("svg[onload]").count()).as("an <svg onload> from data").isZero();
    }

    @Test
    void markup_in_a_unit_an_indicator_and_a_result_is_shown_as_text_and_never_runs() {
        Page page = signedIn();

        page.navigate("http://localhost:" + port + "/?nhiem-ky=2025-2030&don-vi=thu-ma-trang");
        Locator card = page.locator(".sector-card").filter(new Locator.FilterOptions().setHasText("Tỷ lệ thử"));
        card.locator("chitieu-chart[rendered]").waitFor();
        assertThat(card.locator(".row-name").innerText()).contains(INDICATOR);
        assertThat(card.innerText()).contains("97% " + SVG);
        assertThat(card.locator(".apexcharts-legend-text").first().innerText()).contains(SVG);
        String tooltip = tooltipOf(page, card.locator("chitieu-chart"));
        assertThat(tooltip).contains(SVG).containsAnyOf(RESULT, "97% " + SVG);
        // its title is the year under the pointer (ApexCharts hands the formatter a position, "6", not the year)
        assertThat(card.locator(".apexcharts-tooltip-title").first().textContent().strip()).matches("20[2-3]\\d");
        assertNothingInjected(page);

        page.navigate("http://localhost:" + port + "/chi-tieu/" + indicatorId);
        page.locator(".indicator-page chitieu-chart[rendered]").first().waitFor();
        assertThat(page.locator(".indicator-page").innerText()).contains(INDICATOR, RESULT, UNIT);
        Locator byUnit = page.locator(".indicator-page chitieu-chart[rendered]").last();
        // the legend is drawn a moment after the chart says it has rendered: wait for the unit's entry, as text
        byUnit.locator(".apexcharts-legend-text", new Locator.LocatorOptions().setHasText(UNIT)).first()
                .waitFor(new Locator.WaitForOptions().setTimeout(30_000));
        assertThat(byUnit.locator(".apexcharts-legend-text").allInnerTexts()).anyMatch(t -> t.contains(UNIT));
        assertThat(tooltipOf(page, byUnit)).contains(UNIT);
        assertNothingInjected(page);

        page.navigate("http://localhost:" + port + "/trinh-chieu?nhiem-ky=2025-2030&don-vi=thu-ma-trang&giay=600");
        page.locator("chitieu-chart[rendered]").first().waitFor();
        assertThat(page.locator("body").innerText()).contains(INDICATOR);
        // the wall names a line by its number (the list beside it names it in full): the reported result is the data
        assertThat(tooltipOf(page, page.locator("chitieu-chart[rendered]").first()))
                .containsAnyOf(RESULT, "97% " + SVG);
        assertNothingInjected(page);

        page.waitForTimeout(500);
        assertThat(dialogs).as("alerts opened by markup from the data").isEmpty();
        page.context().close();
    }
}
