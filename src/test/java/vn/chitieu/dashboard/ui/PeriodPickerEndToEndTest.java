package vn.chitieu.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.chitieu.Browsers;
import vn.chitieu.EndToEndTest;
import vn.chitieu.TestAccounts;
import vn.chitieu.WithBrowser;
import vn.chitieu.datavalue.DataValue;
import vn.chitieu.datavalue.DataValueService;
import vn.chitieu.datavalue.Period;

/**
 * Staff save Quý III/2026 of (11) while a leader has the dashboard open: without a reload, the leader's period picker
 * offers Quý III/2026, and picking it shows the figure with its period and puts the period in the address. The figure
 * is saved through the service every writer goes through (the entry sheet's own test types one in).
 */
@EndToEndTest
class PeriodPickerEndToEndTest extends WithBrowser {

    @Autowired
    DataValueService values;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcClient jdbc;

    @Test
    void a_leader_picks_the_quarter_staff_just_saved_and_sees_its_figure_live() {
        Page leader = Browsers.signIn(browser, port, "lanhdao", ".sector-card");
        leader.waitForSelector(".period-picker");
        assertThat(leader.locator(".headline").innerText()).contains("số liệu đến");

        long tamKy = jdbc.sql("SELECT id FROM org_unit WHERE code = 'tam-ky'").query(Long.class).single();
        long insurance = jdbc.sql("""
                        SELECT i.id FROM indicator i JOIN term t ON t.id = i.term_id
                        WHERE t.code = '2025-2030' AND i.number = '11'""").query(Long.class).single();
        TestAccounts.as("canbo", "CAN_BO", () -> transactions.execute(status -> values.save(DataValue.draft(
                insurance, tamKy, Period.quarter(2026, 3), false, "99,6%", null, null, null))));

        // the quarter reaches the picker live; Playwright waits for the option to be there
        leader.locator(".period-picker select").selectOption(new SelectOption().setLabel("Quý III/2026"),
                new Locator.SelectOptionOptions().setTimeout(15_000));

        leader.waitForFunction("() => document.querySelector('.headline').textContent"
                + ".endsWith('số liệu đến Quý III/2026')");
        leader.waitForFunction("() => [...document.querySelectorAll('.sector-row')].some(r =>"
                + " r.querySelector('.row-number')?.textContent === '(11)' && r.textContent.includes('99,6%')"
                + " && r.textContent.includes('Quý III/2026'))");
        // the address is rewritten by a script that runs after the response's DOM changes: wait for it, then read it
        leader.waitForFunction("() => location.search.includes('ky=2026-Q3')");
        assertThat(leader.url()).contains("ky=2026-Q3");
        assertThat(leader.evaluate("() => performance.getEntriesByType('navigation').length")).isEqualTo(1);
    }

    @Test
    void stepping_through_the_periods_with_the_keyboard_reloads_the_dashboard_once_for_where_it_stops() {
        Page leader = Browsers.signIn(browser, port, "lanhdao", ".sector-card");
        leader.waitForSelector(".period-picker select");
        var select = leader.locator(".period-picker select");
        // the periods offered, newest first; the dashboard opens on the first
        @SuppressWarnings("unchecked")
        var keys = (java.util.List<String>) leader.evaluate(
                "() => [...document.querySelectorAll('.period-picker option')].map(o => o.value)");
        assertThat(keys).hasSizeGreaterThan(2);
        String uidl = "() => performance.getEntriesByType('resource').filter(e => e.name.includes('v-r=uidl')).length";
        long before = ((Number) leader.evaluate(uidl)).longValue();

        select.focus();
        select.press("ArrowDown");
        select.press("ArrowDown");

        // the third period, once the person paused: its figures and its address
        leader.waitForFunction("() => document.querySelector('.headline').textContent.endsWith("
                + "document.querySelector('.period-picker option:nth-child(3)').textContent)");
        leader.waitForFunction("() => location.search.includes('ky=" + keys.get(2) + "')");
        assertThat(((Number) leader.evaluate(uidl)).longValue() - before).as("one request for two steps").isEqualTo(1);
    }
}
