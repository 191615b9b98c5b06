package vn.chitieu.orgunit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vn.chitieu.Browsers;
import vn.chitieu.EndToEndTest;
import vn.chitieu.WithBrowser;

/**
 * The units screen in a real Chromium: the tree renders with the merged ward's history, and the merger dialog opens.
 * Screenshots go to target/ (the README's picture is taken from there).
 */
@EndToEndTest
class UnitsEndToEndTest extends WithBrowser {

    @Test
    void an_administrator_sees_the_tree_of_units_with_the_2025_merger_and_opens_the_merger_form() {
        Page admin = Browsers.signIn(browser, port, "quantri", ".sector-card");

        admin.navigate("http://localhost:" + port + "/don-vi");
        admin.waitForSelector(".units-view vaadin-grid");
        admin.waitForSelector("vaadin-grid-cell-content:has-text('Đã sáp nhập vào Phường Tam Kỳ từ 01/07/2025')");
        admin.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "e2e-don-vi.png")));

        assertThat(admin.locator("vaadin-grid-cell-content:has-text('Phường An Mỹ (cũ), Phường An Xuân (cũ), "
                + "Phường Trường Xuân (cũ)')").count()).isEqualTo(1);
        admin.locator(".units-view vaadin-button", new Page.LocatorOptions().setHasText("Ghi nhận sáp nhập")).click();
        admin.waitForSelector("vaadin-dialog-overlay[opened]");
        admin.waitForSelector("text=Chọn các đơn vị cũ, ngày thành lập và tên đơn vị mới.");
        admin.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "e2e-don-vi-sap-nhap.png")));
    }
}
