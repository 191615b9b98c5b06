package vn.chitieu.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import vn.chitieu.EndToEndTest;
import vn.chitieu.WithBrowser;

/**
 * Vaadin under the Content-Security-Policy in a real Chromium: the sign-in, the dashboard with its charts and live
 * push, an indicator page, the wall screen, the entry sheet and the accounts screen run without a single violation,
 * and every page arrives with the policy. A leader following a link to the staff's entry sheet gets the Vietnamese
 * "no permission" page inside the layout.
 */
@EndToEndTest
class SecurityEndToEndTest extends WithBrowser {

    private final List<String> violations = new CopyOnWriteArrayList<>();
    private final List<String> documentsWithoutPolicy = new CopyOnWriteArrayList<>();

    /** A fresh browser context that reports every CSP violation, signed in as a demo user. */
    private Page signIn(String user, String landedOn) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
        context.addInitScript("document.addEventListener('securitypolicyviolation', e => console.error("
                + "'CSP-VIOLATION ' + e.violatedDirective + ' ' + e.blockedURI))");
        Page page = context.newPage();
        page.setDefaultTimeout(90_000);
        page.onConsoleMessage(message -> {
            String text = message.text();
            if (text.contains("CSP-VIOLATION") || text.contains("Content Security Policy")) {
                violations.add(page.url() + ": " + text);
            }
        });
        page.onResponse(response -> checkPolicy(response));
        page.navigate("http://localhost:" + port + "/login");
        try {
            vn.chitieu.Browsers.logIn(page, user, landedOn);
        } catch (RuntimeException e) {
            throw new IllegalStateException(user + " không tới " + landedOn + "; trang " + page.url() + " đang hiện: "
                    + page.evaluate("() => document.body.innerText") + "; vi phạm CSP: " + violations, e);
        }
        return page;
    }

    private void checkPolicy(Response response) {
        if ("document".equals(response.request().resourceType())
                && response.headerValue("content-security-policy") == null) {
            documentsWithoutPolicy.add(response.url());
        }
    }

    private void open(Page page, String path, String selector) {
        page.navigate("http://localhost:" + port + path);
        page.waitForSelector(selector);
    }

    @Test
    void the_screens_run_under_the_content_security_policy_without_a_violation() {
        Page leader = signIn("lanhdao", ".sector-card");
        leader.waitForSelector(".sector-card chitieu-chart[rendered] path.apexcharts-line");
        leader.locator("a.row-name").first().click();
        leader.waitForSelector(".indicator-page");
        open(leader, "/trinh-chieu", ".wall-screen");
        open(leader, "/doi-mat-khau", ".change-password-view");

        Page staff = signIn("canbo", ".owed-view");
        open(staff, "/nhap-ky", ".entry-row");

        Page admin = signIn("quantri", ".sector-card");
        open(admin, "/tai-khoan", ".accounts-view vaadin-grid");
        admin.locator(".accounts-view vaadin-button", new Page.LocatorOptions().setHasText("Thêm tài khoản")).click();
        admin.waitForSelector("vaadin-dialog-overlay[opened]");
        // give push, charts and late scripts a moment to run into the policy, if anything does
        admin.waitForTimeout(1500);
        leader.waitForTimeout(500);

        assertThat(violations).isEmpty();
        assertThat(documentsWithoutPolicy).isEmpty();
        assertThat(leader.evaluate("() => document.querySelector('meta[http-equiv]') === null")).isEqualTo(true);
    }

    @Test
    void a_leader_opening_the_entry_sheet_sees_a_vietnamese_no_permission_page_in_the_layout() {
        Page leader = signIn("lanhdao", ".sector-card");

        Response response = leader.navigate("http://localhost:" + port + "/nhap-ky");
        leader.waitForSelector(".error-page h1");

        assertThat(leader.locator(".error-page h1").innerText()).isEqualTo("Không có quyền truy cập");
        assertThat(leader.locator(".error-page .incident-id").innerText()).matches("Mã sự cố: [0-9A-F]{4}-[0-9A-F]{4}.*");
        assertThat(leader.locator(".app-frame nav.app-nav").count()).isEqualTo(1);
        assertThat(leader.locator("body").innerText()).doesNotContain("Could not navigate");
        assertThat(response.headerValue("content-security-policy")).isEqualTo(SecurityHeaders.CONTENT_SECURITY_POLICY);
        assertThat(violations).isEmpty();
    }
}
