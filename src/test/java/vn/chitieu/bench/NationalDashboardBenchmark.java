package vn.chitieu.bench;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.chitieu.Browsers;

/**
 * The dashboard beside a blank Vaadin page ({@link BlankView}) on the national-size database ({@link NationalData},
 * built by {@code tools/national-bench.sh}), in headless Chromium, as a commune's leader, a province's leader and an
 * administrator (who reads all 3,355 units): time from navigation to the last chart painted, bytes of the first
 * response (the page itself) and of every response until then. A measurement, not a test: nothing is asserted.
 * Run, under the machine's build lock: {@code ./mvnw -Pbench verify -Dit.test=NationalDashboardBenchmark}; figures
 * to the console and to {@code target/bench/national-dashboard.md}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=${chitieu.bench.url:jdbc:mariadb://localhost:3306/chitieu_national}",
        "spring.datasource.username=${chitieu.bench.user:chitieu_bench}",
        "spring.datasource.password=${chitieu.bench.password:chitieu_bench}",
        "chitieu.demo-data=false",
        // other branches migrate the same database: their migrations are not this branch's business
        "spring.flyway.out-of-order=true",
        "spring.flyway.ignore-migration-patterns=*:missing,*:future",
        "spring.main.banner-mode=off",
        "logging.level.com.vaadin=WARN"})
class NationalDashboardBenchmark {

    private static final int WARM_UP = 2;
    private static final int RUNS = 9;
    /** The administrator of the national database, password chitieu-demo; added here when missing. */
    static final String ADMINISTRATOR = "quantri-qg";
    private static final String BLANK_READY = "() => document.getElementById('blank-ready') !== null";

    @Value("${local.server.port}")
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_dashboard_beside_a_blank_page_at_national_scale() {
        if (!NationalData.present(jdbc)) {
            throw new IllegalStateException("Chưa có cơ sở dữ liệu quốc gia: chạy tools/national-bench.sh trước");
        }
        // the one line that makes the administrator, documented here rather than in NationalData (built already)
        jdbc.update("INSERT IGNORE INTO app_user (username, display_name, password_hash, role) "
                + "VALUES (?, 'Quản trị thử tải', ?, 'QUAN_TRI')", ADMINISTRATOR, NationalData.PASSWORD);
        String dashboard = "http://localhost:" + port + "/?nhiem-ky=" + NationalData.TERM + "&don-vi="
                + NationalData.COMMUNE;
        String blank = "http://localhost:" + port + "/bench-trang-trong";
        List<String> report = new ArrayList<>();
        report.add("# Tổng quan so với trang Vaadin trống, dữ liệu quốc gia");
        report.add("");
        report.add("Chromium headless, " + RUNS + " lần đo sau " + WARM_UP + " lần làm nóng, trung vị. Tổng quan của "
                + NationalData.COMMUNE + " (" + NationalData.TERM + "). Byte: phần thân đã giải nén (và đã truyền).");
        report.add("");
        report.add("| tài khoản | trang | ms đến biểu đồ cuối | × trang trống | ms đến khi UIDL nội dung về | "
                + "byte trang (HTML) | byte UIDL đầu (v-r=init) | byte đã truyền đến khi xong |");
        report.add("|---|---|---|---|---|---|---|---|");
        List<String> largest = new ArrayList<>();
        try (Playwright playwright = Playwright.create()) {
            Browser browser = Browsers.launch(playwright);
            for (String user : List.of(NationalData.COMMUNE_LEADER, NationalData.PROVINCE_LEADER, ADMINISTRATOR)) {
                Page page = Browsers.signIn(browser, port, user, ".sector-card");
                // the two pages in turn, so that whatever else the machine does weighs on both alike
                List<Run> empty = new ArrayList<>();
                List<Run> full = new ArrayList<>();
                for (int run = 0; run < WARM_UP + RUNS; run++) {
                    Run b = once(page, blank, BLANK_READY);
                    Run d = once(page, dashboard, DashboardBenchmark.ALL_CHARTS_PAINTED);
                    if (run >= WARM_UP) {
                        empty.add(b);
                        full.add(d);
                    }
                }
                long blankMillis = median(empty, Run::millis);
                report.add(row(user, "trang trống", empty, blankMillis));
                report.add(row(user, "tổng quan", full, blankMillis));
                largest.add("");
                largest.add("Phản hồi lớn nhất của lần mở tổng quan cuối cùng, " + user + " (byte đã giải nén / đã truyền):");
                largest.add("");
                full.getLast().responses().stream().sorted((x, y) -> Long.compare(y.bytes(), x.bytes())).limit(6)
                        .forEach(r -> largest.add(String.format(Locale.ROOT, "- %s: %,d / %,d", r.url(), r.bytes(),
                                r.sent())));
                page.context().close();
            }
            browser.close();
        }
        report.addAll(largest);
        report.forEach(System.out::println);
        try {
            Files.createDirectories(Path.of("target", "bench"));
            Files.write(Path.of("target", "bench", "national-dashboard.md"), report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One response: its address without the host, its body as decoded, and as sent (0 from the browser's cache). */
    private record Received(String url, long bytes, long sent) {
    }

    /** One opening of a page until it is ready, and what it received. */
    private record Run(long millis, long uidlArrived, long document, long init, long sent,
                       List<Received> responses) {
    }

    private static String row(String user, String page, List<Run> runs, long blankMillis) {
        long millis = median(runs, Run::millis);
        return String.format(Locale.ROOT, "| %s | %s | %d | %.2f | %d | %,d | %,d | %,d |", user, page, millis,
                (double) millis / blankMillis, median(runs, Run::uidlArrived), median(runs, Run::document),
                median(runs, Run::init),
                median(runs, Run::sent));
    }

    private static Run once(Page page, String url, String ready) {
        List<Response> responses = new ArrayList<>();
        Consumer<Response> collect = responses::add;
        page.onResponse(collect);
        long started = System.nanoTime();
        Response document = page.navigate(url);
        page.waitForFunction(ready, null, new Page.WaitForFunctionOptions().setPollingInterval(10));
        long millis = (System.nanoTime() - started) / 1_000_000;
        page.offResponse(collect);
        // when the first UIDL after the bootstrap (the screen's content) had arrived, from the navigation's start
        long uidlArrived = ((Number) page.evaluate("""
                () => { const u = performance.getEntriesByType('resource').filter(e => e.name.includes('v-r=uidl'));
                        return u.length ? Math.round(u[0].responseEnd) : -1; }""")).longValue();
        List<Received> received = responses.stream().map(r -> new Received(r.url().replaceFirst("^https?://[^/]+", ""),
                decoded(r), Math.max(0, r.request().sizes().responseBodySize))).toList();
        return new Run(millis, uidlArrived, decoded(document),
                received.stream().filter(r -> r.url().contains("v-r=init")).mapToLong(Received::bytes).sum(),
                received.stream().mapToLong(Received::sent).sum(), received);
    }

    private static long decoded(Response response) {
        try {
            return response.body().length;
        } catch (RuntimeException noBody) {
            return 0; // a redirect, or a response the browser no longer holds
        }
    }

    private static long median(List<Run> runs, java.util.function.ToLongFunction<Run> value) {
        return runs.stream().mapToLong(value).sorted().toArray()[runs.size() / 2];
    }
}
