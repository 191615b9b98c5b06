package vn.chitieu;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's Chromium under Playwright, for end-to-end tests. CI installs Chromium and sets CHITIEU_E2E_REQUIRED, so
 * there a missing browser fails the build; on a newcomer's machine without Chromium the tests are skipped, saying
 * how to run them.
 */
public final class Browsers {

    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHITIEU_CHROMIUM", "/usr/bin/chromium"));

    private Browsers() {
    }

    public static Browser launch(Playwright playwright) {
        if (!Files.isExecutable(CHROMIUM)) {
            if (Boolean.parseBoolean(System.getenv("CHITIEU_E2E_REQUIRED"))) {
                throw new IllegalStateException("Không thấy Chromium ở " + CHROMIUM + " mà CI yêu cầu chạy kiểm thử đầu-cuối");
            }
            Assumptions.abort("Bỏ qua kiểm thử đầu-cuối: chưa cài Chromium (apt-get install chromium)");
        }
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    /**
     * A fresh browser context (its own cookies: its own session) signed in as the given demo user, on the page the
     * sign-in leads to. On failure the page is kept as a screenshot under target/, so a red CI can be diagnosed.
     */
    /**
     * Types the demo password into the login page already open and waits for {@code landedOn}. The form must be
     * Vaadin's, not the bare HTML before the client has started; a dev-mode client that re-renders the form right
     * after start loses what was typed, so it is typed again (three times at most) while the page stays on /login.
     */
    public static void logIn(Page page, String user, String landedOn) {
        page.waitForFunction("() => customElements.get('vaadin-login-form') !== undefined");
        page.waitForSelector("vaadin-login-form vaadin-button:not([disabled])");
        for (int attempt = 1; ; attempt++) {
            page.fill("input[name=username]", user);
            page.fill("input[name=password]", "chitieu-demo");
            page.click("vaadin-login-form vaadin-button");
            try {
                page.waitForSelector(landedOn, new Page.WaitForSelectorOptions().setTimeout(30_000));
                return;
            } catch (RuntimeException notYet) {
                if (attempt == 3 || !page.url().contains("/login")) {
                    throw notYet;
                }
                page.waitForSelector("vaadin-login-form vaadin-button:not([disabled])");
            }
        }
    }

    public static Page signIn(Browser browser, int port, String user, String landedOn) {
        Page page = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900)).newPage();
        // the first page of a dev-mode server on two busy cores can take longer than Playwright's 30 s default
        page.setDefaultTimeout(90_000);
        page.navigate("http://localhost:" + port + "/login");
        try {
            logIn(page, user, landedOn);
        } catch (RuntimeException e) {
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "e2e-dang-nhap-" + user + ".png")));
            String shown = page.evaluate("() => document.body.innerText").toString();
            throw new IllegalStateException("Đăng nhập " + user + " không tới " + landedOn + "; trang " + page.url()
                    + " đang hiện: " + shown.substring(0, Math.min(400, shown.length())), e);
        }
        return page;
    }
}
