package vn.chitieu.datavalue.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import vn.chitieu.Browsers;
import vn.chitieu.EndToEndTest;
import vn.chitieu.WithBrowser;

/**
 * A member of staff signs in and starts on "Việc của tôi" in a real Chromium: an owed period is listed with its
 * deadline, and one click opens the entry sheet at that unit and period.
 */
@EndToEndTest
class OwedEndToEndTest extends WithBrowser {

    @Test
    void staff_start_on_what_they_owe_and_one_click_opens_the_sheet_at_that_period() {
        Page page = Browsers.signIn(browser, port, "canbo", ".owed-view .owed-card");
        assertThat(page.url()).endsWith("/viec-cua-toi");

        Locator first = page.locator(".owed-card").first();
        String title = first.locator(".owed-title").innerText();
        assertThat(title).endsWith("· Phường Tam Kỳ");
        assertThat(first.innerText()).contains("Hạn nộp", "còn thiếu");
        String period = title.substring(0, title.indexOf(" · "));

        first.locator(".owed-open").click();

        page.waitForSelector(".entry-row");
        page.waitForFunction("p => document.querySelector('.entry-status').textContent.includes(p)", period);
        assertThat(page.url()).contains("/nhap-ky?don-vi=tam-ky&ky=");
        assertThat(page.locator(".entry-status").innerText()).startsWith("Phường Tam Kỳ · " + period);
    }
}
