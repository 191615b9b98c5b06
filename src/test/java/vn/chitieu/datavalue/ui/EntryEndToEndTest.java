package vn.chitieu.datavalue.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Value;
import vn.chitieu.Browsers;
import vn.chitieu.EndToEndTest;

/**
 * A member of staff fills a quarter with the keyboard in a real Chromium, including one miss with its reason and
 * remedy, saves with Ctrl+S, and the figures appear in the indicator list. Uses Quý II/2027, which no other test
 * touches, and only numeric targets, whose projections need two years and so stay as other tests expect.
 */
@EndToEndTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EntryEndToEndTest {

    @Value("${local.server.port}")
    int port;
    Playwright playwright;
    Browser browser;

    @BeforeAll
    void startBrowser() {
        playwright = Playwright.create();
        browser = Browsers.launch(playwright);
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
        playwright.close();
    }

    private static void choose(Page page, int select, String item) {
        page.locator(".entry-view vaadin-select").nth(select).click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText(item)).first().click();
        page.waitForFunction("t => document.querySelector('.entry-status').textContent.includes(t)",
                item.equals("2027") ? "2027" : item);
    }

    @Test
    void staff_fill_a_quarter_with_the_keyboard_and_the_figures_reach_the_list() {
        Page page = Browsers.signIn(browser, port, "canbo", ".sector-card");
        page.navigate("http://localhost:" + port + "/nhap-ky");
        page.waitForSelector(".entry-row");
        choose(page, 1, "2027");
        choose(page, 2, "Quý II");

        Locator insurance = page.locator(".entry-row", new Page.LocatorOptions().setHasText("bảo hiểm y tế"));
        insurance.locator(".entry-value vaadin-text-field input").click();
        for (String value : new String[] {"98,7%", "100%", "100%"}) {
            page.keyboard().type(value);
            page.waitForTimeout(400);
            page.keyboard().press("Enter");
        }
        Locator why = insurance.locator(".entry-why vaadin-text-field input");
        why.nth(0).click();
        page.keyboard().type("Hộ kinh doanh cá thể chưa tham gia BHYT hộ gia đình");
        page.keyboard().press("Tab");
        page.keyboard().type("Vận động theo từng khối phố, phối hợp BHXH");
        page.keyboard().press("Control+s");
        page.waitForFunction("() => [...document.querySelectorAll('vaadin-notification-card')]"
                + ".some(c => c.textContent.includes('Đã lưu 3 giá trị'))");

        page.navigate("http://localhost:" + port + "/chi-tieu?nhiem-ky=2025-2030&don-vi=tam-ky");
        page.waitForSelector(".indicator");
        String card = page.locator(".indicator", new Page.LocatorOptions().setHasText("bảo hiểm y tế")).innerText();
        assertThat(card).contains("98,7%", "Quý II/2027");
        String water = page.locator(".indicator", new Page.LocatorOptions().setHasText("nước sạch")).innerText();
        assertThat(water).contains("100%", "Quý II/2027");
    }
}
