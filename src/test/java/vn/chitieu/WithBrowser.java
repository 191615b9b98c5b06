package vn.chitieu;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Value;

/** One Chromium for the tests of a class, against the server the Spring test context started. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class WithBrowser {

    @Value("${local.server.port}")
    protected int port;
    protected Playwright playwright;
    protected Browser browser;

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

    /**
     * Picks an item of the entry view's n-th select (0: year, 1: period; the unit is a combo box) and waits until the
     * sheet says it shows it.
     */
    protected static void choose(Page page, int select, String item) {
        page.locator(".entry-view vaadin-select").nth(select).click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText(item)).first().click();
        page.waitForFunction("t => document.querySelector('.entry-status').textContent.includes(t)", item);
    }
}
