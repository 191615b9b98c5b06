package vn.chitieu.overview.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.chitieu.Browsers;
import vn.chitieu.EndToEndTest;
import vn.chitieu.TestAccounts;
import vn.chitieu.WithBrowser;

/**
 * The leader of a city (here the former thành phố Tam Kỳ, given to the demo leader for this test) opens the overview
 * of its wards, reads a cell's verdict in words and its explanation, and opens one ward's dashboard from its name.
 */
@EndToEndTest
class UnitsOverviewEndToEndTest extends WithBrowser {

    @Autowired
    JdbcClient jdbc;

    private long city() {
        return jdbc.sql("SELECT id FROM org_unit WHERE code = 'tp-tam-ky'").query(Long.class).single();
    }

    @BeforeAll
    void the_demo_leader_also_leads_the_city() {
        TestAccounts.assign(jdbc, city(), "lanhdao");
    }

    @AfterAll
    void and_no_longer_afterwards() {
        jdbc.sql("""
                        DELETE FROM app_user_unit WHERE org_unit_id = :unit
                        AND app_user_id = (SELECT id FROM app_user WHERE username = 'lanhdao')""")
                .param("unit", city()).update();
    }

    @Test
    void a_city_leader_reads_the_heat_map_of_its_wards_and_opens_one() {
        Page page = Browsers.signIn(browser, port, "lanhdao", "nav.app-nav");
        page.navigate("http://localhost:" + port + "/tong-quan-don-vi?don-vi=tp-tam-ky&nhiem-ky=2020-2025");
        page.waitForSelector(".heat-map .heat-cell");

        assertThat(page.locator(".units-overview").innerText()).contains("Thành phố Tam Kỳ (cũ)",
                "3 đơn vị trực thuộc");
        Locator cells = page.locator(".heat-map .heat-cell:not([hidden])");
        assertThat(cells.count()).isPositive();
        // never colour alone: a word and an icon in the cell, the unit, indicator and reason in its tooltip
        Locator first = cells.first();
        assertThat(first.innerText()).matches("(?s).*(Đạt|Không đạt|Chưa đánh giá).*");
        assertThat(first.locator(".glyph").count()).isEqualTo(1);
        assertThat(first.getAttribute("title")).contains("Phường", " · ");
        assertThat(first.getAttribute("aria-label")).isEqualTo(first.getAttribute("title"));
        assertThat(page.locator(".risk-line").count()).isPositive();

        page.locator(".heat-map a.unit-link", new Page.LocatorOptions().setHasText("Phường An Mỹ (cũ)")).click();
        page.waitForURL("**/?nhiem-ky=2020-2025&don-vi=an-my");
        // the unit picker (until used, a button with the unit's name in the combo box's place) shows the ward, and its
        // cards are drawn
        page.waitForFunction("() => [...document.querySelectorAll('button.unit-facade')]"
                + ".some(b => b.textContent.includes('An Mỹ')) && document.querySelector('.sector-card') !== null");
        // used, it is the combo box, open and focused on the units the leader reads
        page.locator("button.unit-facade").click();
        page.waitForFunction("() => { const box = document.querySelector('vaadin-combo-box.unit-picker');"
                + " return box !== null && box.opened && box.hasAttribute('focused')"
                + " && box.querySelector('input').value.includes('An Mỹ'); }");
        page.waitForFunction("() => [...document.querySelectorAll('vaadin-combo-box-item')]"
                + ".some(i => i.textContent.includes('Trường Xuân'))");
    }
}
