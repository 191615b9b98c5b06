package vn.chitieu.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import vn.chitieu.Browsers;
import vn.chitieu.EndToEndTest;
import vn.chitieu.WithBrowser;

/**
 * The frame is plain HTML: on a wide screen the menu is a column beside the page, on a phone a popover the browser
 * opens from the bar's button and closes on Escape; a link changes the page without reloading it and closes the menu.
 */
@EndToEndTest
class FrameEndToEndTest extends WithBrowser {

    private static boolean open(Page page) {
        return (Boolean) page.evaluate("() => document.getElementById('app-drawer').matches(':popover-open')");
    }

    @Test
    void on_a_wide_screen_the_menu_stands_beside_the_page_and_marks_where_the_person_is() {
        Page page = Browsers.signIn(browser, port, "lanhdao", ".sector-card");

        assertThat(page.locator("nav.app-nav").isVisible()).isTrue();
        assertThat(page.locator(".app-menu-toggle").isVisible()).isFalse();
        assertThat(page.locator("nav.app-nav a[aria-current=page]").innerText()).isEqualTo("Tổng quan");

        page.evaluate("() => window.keptAcrossPages = true");
        page.locator("nav.app-nav a", new Page.LocatorOptions().setHasText("Danh sách chỉ tiêu")).click();
        page.waitForURL("**/chi-tieu");
        page.waitForSelector(".indicator-list");
        assertThat(page.evaluate("() => window.keptAcrossPages === true")).as("no reload").isEqualTo(true);
        assertThat(page.locator("nav.app-nav a[aria-current=page]").innerText()).isEqualTo("Danh sách chỉ tiêu");
    }

    @Test
    void on_a_phone_the_menu_opens_from_the_bar_closes_on_escape_and_after_a_link() {
        Page page = Browsers.signIn(browser, port, "lanhdao", ".sector-card");
        page.setViewportSize(390, 844);

        assertThat(page.locator("nav.app-nav").isVisible()).isFalse();
        page.locator(".app-menu-toggle").click();
        assertThat(open(page)).isTrue();
        assertThat(page.locator("nav.app-nav").isVisible()).isTrue();
        page.keyboard().press("Escape");
        assertThat(open(page)).isFalse();

        page.locator(".app-menu-toggle").click();
        page.locator("nav.app-nav a", new Page.LocatorOptions().setHasText("Danh sách chỉ tiêu")).click();
        page.waitForSelector(".indicator-list");
        page.waitForFunction("() => !document.getElementById('app-drawer').matches(':popover-open')");
        assertThat(page.locator("nav.app-nav").isVisible()).isFalse();
    }
}
