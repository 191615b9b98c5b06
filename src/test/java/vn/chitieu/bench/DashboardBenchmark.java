package vn.chitieu.bench;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.chitieu.Browsers;
import vn.chitieu.IntegrationTest;
import vn.chitieu.indicator.Sector;

/**
 * How long the dashboard takes from navigation until its last chart is painted, in headless Chromium, on the demo
 * data and on a generated set of 100 units × 30 indicators × 20 quarters, beside a blank Vaadin page in the same run.
 * A measurement, not a test: nothing is asserted about the times. Run with {@code ./mvnw -Pbench verify}; the figures
 * go to the console and to {@code target/bench/dashboard.md}.
 */
@IntegrationTest
class DashboardBenchmark {

    private static final int WARM_UP = 2;
    private static final int RUNS = 9;
    private static final int UNITS = 100;
    private static final int INDICATORS = 30;
    private static final int YEARS = 5;

    /** Every chart on the page drawn, then one more frame so it is on screen, not just in the DOM. */
    static final String ALL_CHARTS_PAINTED = """
            () => { const charts = [...document.querySelectorAll('chitieu-chart')].filter(c => !c.hidden);
                    return document.querySelector('.sector-card') !== null && charts.length > 0
                        && charts.every(c => c.hasAttribute('rendered'))
                        && new Promise(r => requestAnimationFrame(() => r(true))); }""";

    @Value("${local.server.port}")
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void dashboard_time_to_last_chart_painted() {
        List<String> report = new ArrayList<>();
        try (Playwright playwright = Playwright.create()) {
            Browser browser = Browsers.launch(playwright);
            Page page = Browsers.signIn(browser, port, "lanhdao", ".sector-card");
            String base = "http://localhost:" + port;

            Stats blank = measure(page, base + "/bench-trang-trong", "() => document.getElementById('blank-ready') !== null");
            Stats demo = measure(page, base + "/?nhiem-ky=2025-2030&don-vi=tam-ky", ALL_CHARTS_PAINTED);
            long started = System.nanoTime();
            int values = generate();
            long generated = (System.nanoTime() - started) / 1_000_000;
            Stats large = measure(page, base + "/?nhiem-ky=2025-2030&don-vi=bench-050", ALL_CHARTS_PAINTED);
            Stats blankAgain = measure(page, base + "/bench-trang-trong",
                    "() => document.getElementById('blank-ready') !== null");

            report.add("# Tổng quan: từ lúc mở trang đến khi biểu đồ cuối cùng hiện ra");
            report.add("");
            report.add("Chromium headless, " + RUNS + " lần đo sau " + WARM_UP + " lần làm nóng, mili giây. "
                    + "Dữ liệu sinh: " + UNITS + " đơn vị × " + INDICATORS + " chỉ tiêu × " + (YEARS * 4)
                    + " quý = " + values + " số liệu (ghi trong " + generated + " ms).");
            report.add("");
            report.add("| trang | trung vị | nhanh nhất | chậm nhất |");
            report.add("|---|---|---|---|");
            report.add(blank.row("Trang Vaadin trống (trước)"));
            report.add(demo.row("Tổng quan, dữ liệu mẫu (Tam Kỳ 2025-2030)"));
            report.add(large.row("Tổng quan, dữ liệu sinh (1 trong 100 đơn vị)"));
            report.add(blankAgain.row("Trang Vaadin trống (sau khi sinh dữ liệu)"));
            browser.close();
        }
        report.forEach(System.out::println);
        try {
            Files.createDirectories(Path.of("target", "bench"));
            Files.write(Path.of("target", "bench", "dashboard.md"), report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Stats(List<Long> millis) {

        long median() {
            List<Long> sorted = millis.stream().sorted().toList();
            return sorted.get(sorted.size() / 2);
        }

        String row(String name) {
            return String.format(Locale.ROOT, "| %s | %d | %d | %d |", name, median(),
                    millis.stream().mapToLong(Long::longValue).min().orElseThrow(),
                    millis.stream().mapToLong(Long::longValue).max().orElseThrow());
        }
    }

    private static Stats measure(Page page, String url, String ready) {
        List<Long> millis = new ArrayList<>();
        for (int run = 0; run < WARM_UP + RUNS; run++) {
            long started = System.nanoTime();
            page.navigate(url);
            page.waitForFunction(ready, null, new Page.WaitForFunctionOptions().setPollingInterval(10));
            long elapsed = (System.nanoTime() - started) / 1_000_000;
            if (run >= WARM_UP) {
                millis.add(elapsed);
            }
        }
        return new Stats(millis);
    }

    /** 100 units, each with 30 indicators of the running term and a figure for every quarter of 2026-2030. */
    private int generate() {
        long term = jdbc.queryForObject("SELECT id FROM term WHERE code = '2025-2030'", Long.class);
        Timestamp now = Timestamp.from(Instant.now());
        Random random = new Random(2025);
        List<Object[]> units = new ArrayList<>();
        for (int u = 1; u <= UNITS; u++) {
            units.add(new Object[] {String.format("bench-%03d", u), String.format("Phường thử tải %03d", u)});
        }
        jdbc.batchUpdate("INSERT INTO org_unit (code, name, kind) VALUES (?, ?, 'PHUONG')", units);
        List<Long> unitIds = jdbc.queryForList("SELECT id FROM org_unit WHERE code LIKE 'bench-%' ORDER BY code",
                Long.class);
        List<Object[]> indicators = new ArrayList<>();
        Sector[] sectors = Sector.values();
        for (long unit : unitIds) {
            for (int i = 1; i <= INDICATORS; i++) {
                indicators.add(new Object[] {term, sectors[(i - 1) * sectors.length / INDICATORS].name(), unit,
                        Integer.toString(i), "Chỉ tiêu thử tải số " + i, "%", "trên 90%", "THRESHOLD", "MORE_THAN",
                        new BigDecimal(90), "TERM", i});
            }
        }
        jdbc.batchUpdate("""
                INSERT INTO indicator (term_id, sector, org_unit_id, number, name, unit, target_text, target_kind,
                                       target_comparator, target_value, target_horizon, sort_order)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", indicators);
        List<Object[]> ids = jdbc.query("SELECT id, org_unit_id FROM indicator WHERE name LIKE 'Chỉ tiêu thử tải%'",
                (rs, n) -> new Object[] {rs.getLong(1), rs.getLong(2)});
        List<Object[]> values = new ArrayList<>();
        for (Object[] indicator : ids) {
            double level = 85 + random.nextDouble() * 10;
            for (int year = 2026; year < 2026 + YEARS; year++) {
                for (int quarter = 1; quarter <= 4; quarter++) {
                    level = Math.min(100, Math.max(60, level + random.nextGaussian()));
                    BigDecimal value = BigDecimal.valueOf(level).setScale(1, RoundingMode.HALF_UP);
                    values.add(new Object[] {indicator[0], indicator[1], year, year, quarter,
                            value.toPlainString().replace('.', ',') + "%", value, now, now});
                }
            }
        }
        jdbc.batchUpdate("""
                INSERT INTO data_value (indicator_id, org_unit_id, period_kind, period_year_from, period_year_to,
                                        period_part, value_text, value_number, created_by, created_at, updated_by,
                                        updated_at)
                VALUES (?, ?, 'QUARTER', ?, ?, ?, ?, ?, 'bench', ?, 'bench', ?)""", values);
        return values.size();
    }
}
