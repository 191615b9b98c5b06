package vn.chitieu.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import vn.chitieu.WithBrowser;
import vn.chitieu.Browsers;
import vn.chitieu.EndToEndTest;

/**
 * A leader watches the dashboard in one browser while a member of staff, signed in in another, saves a yearly figure
 * that misses its target: the leader's badge and figure change without a reload. Uses (3) for 2027, which no other
 * test touches.
 */
@EndToEndTest
class DashboardEndToEndTest extends WithBrowser {

    private static Locator row(Page page, String number) {
        return page.locator(".sector-row", new Page.LocatorOptions().setHas(
                page.locator(".row-number", new Page.LocatorOptions().setHasText(number))));
    }

    @Test
    void a_leaders_dashboard_follows_a_figure_saved_in_another_browser() {
        Page leader = Browsers.signIn(browser, port, "lanhdao", ".sector-card");

        assertThat(leader.locator(".sector-card").count()).isEqualTo(5);
        // a real line: the path of the first sector's chart goes somewhere, it is not an empty move
        leader.waitForSelector(".sector-card chitieu-chart[rendered] path.apexcharts-line");
        String path = leader.locator(".sector-card chitieu-chart path.apexcharts-line").first().getAttribute("d");
        assertThat(path).startsWith("M").contains("L");
        assertThat(leader.locator(".headline").innerText()).contains("dự kiến đạt");

        row(leader, "(2)").locator("a.row-name").click();
        leader.waitForSelector(".indicator-page .history-figure");
        assertThat(leader.locator(".indicator-page").innerText()).contains("Lịch sử số liệu", "95,5%", "Lần 1");
        leader.goBack();
        leader.waitForSelector(".sector-card chitieu-chart[rendered]");
        Locator third = row(leader, "(3)");
        assertThat(third.locator(".verdict-badge").innerText()).contains("Dự kiến đạt");
        String stampBefore = leader.locator(".stamp").innerText();
        assertThat(stampBefore).startsWith("Cập nhật lúc");

        Page staff = Browsers.signIn(browser, port, "canbo", ".owed-view");
        staff.navigate("http://localhost:" + port + "/nhap-ky");
        staff.waitForSelector(".entry-row");
        // the sheet opens on the whole year ("Cả năm")
        choose(staff, 0, "2027");
        staff.waitForFunction("() => document.querySelector('.entry-status').textContent.includes('Năm 2027')");
        Locator members = staff.locator(".entry-row", new Page.LocatorOptions()
                .setHasText("Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ hằng năm"));
        members.locator(".entry-value vaadin-text-field input").click();
        staff.keyboard().type("85%");
        staff.keyboard().press("Tab");
        Locator why = members.locator(".entry-why vaadin-text-area textarea");
        why.nth(0).click();
        staff.keyboard().type("Nhiều đảng viên cao tuổi được miễn sinh hoạt");
        staff.keyboard().press("Tab");
        staff.keyboard().type("Rà soát, phân công nhiệm vụ phù hợp từng đảng viên");
        staff.keyboard().press("Control+s");
        staff.waitForFunction("() => [...document.querySelectorAll('vaadin-notification-card')]"
                + ".some(c => c.textContent.includes('Đã lưu 1 giá trị'))");

        // no reload: the leader's page was told through the push connection
        leader.waitForFunction("() => { const r = [...document.querySelectorAll('.sector-row')]"
                + ".find(r => r.querySelector('.row-number')?.textContent === '(3)');"
                + " return r && r.textContent.includes('85%') && r.textContent.includes('Nguy cơ không đạt'); }",
                null, new Page.WaitForFunctionOptions().setTimeout(10_000));
        assertThat(third.locator(".row-period").innerText()).contains("Năm 2027");
        assertThat(leader.evaluate("() => performance.getEntriesByType('navigation').length")).isEqualTo(1);
    }
}
