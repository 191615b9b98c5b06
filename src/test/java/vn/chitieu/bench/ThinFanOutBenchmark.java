package vn.chitieu.bench;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.chitieu.TestAccounts;
import vn.chitieu.base.text.Csv;
import vn.chitieu.datavalue.DataValue;
import vn.chitieu.datavalue.DataValueService;
import vn.chitieu.datavalue.Period;

/**
 * A save reaching 100 open dashboards, measured without 100 local browsers: each viewer is a {@link ThinViewer} (its
 * own session, its own push WebSocket, Vaadin's requests and heartbeats, no rendering), so the two cores are the
 * server's. A measurement, not a test: nothing is asserted; figures to the console and
 * {@code target/bench/thin-fan-out.md}, method and results in docs/quy-mo-quoc-gia.md.
 * <p>
 * Runs against an application started as its own process (the production jar; {@code chitieu.bench.app},
 * {@code app-pid}, {@code app-log} as for {@link FanOutBenchmark}) on the national database. Opens
 * {@code chitieu.bench.viewers} dashboards of {@link NationalData#COMMUNE} as {@code bench-xem-…}, and one control
 * viewer, the province's leader on another commune of the province, which must receive nothing of these saves. Then,
 * for each {@link Saver}, one save to warm up and {@code chitieu.bench.saves} measured: from the save's commit, when
 * each screen's refresh ran in the server (LiveRefresh's debug line) and when the push message with the new figure
 * reached each viewer (this JVM's wall clock, the same machine's clock as the application's log); viewers that never
 * received it are counted. With {@code chitieu.bench.heap} the application's class histogram (a full GC first) with
 * none and with all open.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=${chitieu.bench.url:jdbc:mariadb://localhost:3306/chitieu_national}",
        "chitieu.demo-data=false",
        "spring.main.banner-mode=off",
        "logging.level.com.vaadin=WARN",
        "logging.level.org.atmosphere=WARN"})
class ThinFanOutBenchmark {

    /** Tỷ lệ hộ có nhà tiêu hợp vệ sinh, trên 98%: the saves keep it above its target, as FanOutBenchmark's do. */
    private static final String INDICATOR_NUMBER = "22";
    private static final String CONTROL_UNIT = "qg-0001";
    private static final int WARM_UP_SAVES = 1;
    /** How long a save may take to reach every viewer before the missing ones are counted as missed. */
    private static final long REACH_TIMEOUT_MS = 20_000;

    /** Who makes the save, and where. */
    enum Saver {
        /**
         * The staff account through the application's REST import ({@code POST /api/v1/import}, HTTP Basic), one CSV
         * row: the save is made on the node the viewers are connected to. Its commit: when the answer arrived.
         */
        APP,
        /**
         * The staff account through {@link DataValueService#save} in this JVM, a second node on the same database:
         * the application learns of it from {@code figure_change}, read every {@code chitieu.live.poll-interval}.
         */
        OTHER_NODE
    }

    @Value("${chitieu.bench.viewers:" + FanOut.VIEWERS + "}")
    int viewers;
    @Value("${chitieu.bench.saves:3}")
    int saves;
    @Value("${chitieu.bench.savers:APP,OTHER_NODE}")
    List<Saver> savers;
    /** Viewers opened at a time. */
    @Value("${chitieu.bench.batch:4}")
    int batch;
    @Value("${chitieu.bench.heap:true}")
    boolean measureHeap;
    /**
     * How long after opening the heap is measured, ms. Right after opening each viewer's HTTP connection of the
     * opening is still open (Tomcat keeps an idle one 60 s); tools/heap-per-dashboard.mjs waits 65 s for them to go.
     */
    @Value("${chitieu.bench.heap-after:3000}")
    long heapAfter;
    @Value("${chitieu.bench.app}")
    String app;
    @Value("${chitieu.bench.app-pid}")
    long appPid;
    @Value("${chitieu.bench.app-log}")
    String appLog;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataValueService values;

    private final List<String> report = FanOut.report("THIN");
    private Refreshes refreshes;
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void a_save_reaching_thin_viewers() throws Exception {
        FanOut.accounts(jdbc);
        long unit = jdbc.queryForObject("SELECT id FROM org_unit WHERE code = ?", Long.class, NationalData.COMMUNE);
        long indicator = jdbc.queryForObject("""
                SELECT i.id FROM indicator i JOIN term t ON t.id = i.term_id
                WHERE t.code = ? AND i.org_unit_id = ? AND i.number = ?""", Long.class, NationalData.TERM, unit,
                INDICATOR_NUMBER);
        refreshes = new Refreshes(appLog);
        String address = "/?nhiem-ky=" + NationalData.TERM + "&don-vi=" + NationalData.COMMUNE;
        report.add("# Một lần lưu tới " + viewers + " người xem mỏng (không trình duyệt) đang mở trang tổng quan");
        report.add("");
        report.add(String.format(Locale.ROOT, "Ứng dụng: %s (pid %d); máy %d lõi; đo bộ nhớ: %s.", app, appPid,
                Runtime.getRuntime().availableProcessors(), measureHeap ? "có" : "không"));
        report.add("");

        ScheduledExecutorService timer = Executors.newScheduledThreadPool(2);
        List<ThinViewer> open = new ArrayList<>();
        try (ExecutorService opener = Executors.newFixedThreadPool(batch)) {
            // one opened and closed first: classes loaded, caches filled
            ThinViewer.open(app, FanOut.viewer(1), address, timer).close();
            Histogram none = measureHeap ? Histogram.of(appPid) : null;
            long started = System.nanoTime();
            List<Future<ThinViewer>> opening = new ArrayList<>();
            for (int i = 1; i <= viewers; i++) {
                String user = FanOut.viewer(i);
                opening.add(opener.submit(() -> ThinViewer.open(app, user, address, timer)));
            }
            for (Future<ThinViewer> viewer : opening) {
                open.add(viewer.get());
            }
            report.add(String.format(Locale.ROOT, "Mở %d trang (%d một lúc): %d s.", viewers, batch,
                    (System.nanoTime() - started) / 1_000_000_000));
            ThinViewer control = ThinViewer.open(app, NationalData.PROVINCE_LEADER,
                    "/?nhiem-ky=" + NationalData.TERM + "&don-vi=" + CONTROL_UNIT, timer);
            report.add("Đối chứng: " + NationalData.PROVINCE_LEADER + " mở đơn vị khác, " + CONTROL_UNIT + ".");
            report.add("");
            if (measureHeap) {
                FanOut.sleep(heapAfter);
                Histogram all = Histogram.of(appPid);
                report.add(String.format(Locale.ROOT, "Bộ nhớ (sau GC toàn phần, %d s sau khi mở): 0 trang %,d KB; %d trang "
                                + "%,d KB; mỗi trang **%,d KB**.", heapAfter / 1000, none.total() / 1024, viewers + 1, all.total() / 1024,
                        (all.total() - none.total()) / (viewers + 1) / 1024));
                report.add("");
            }
            long opened = System.currentTimeMillis();
            fanOut(open, control, unit, indicator);
            if (measureHeap) {
                // a viewer whose heartbeats did not count would be dropped after three missed (30 s) and the sweep
                FanOut.sleep(Math.max(0, opened + 45_000 - System.currentTimeMillis()));
                report.add("Màn hình còn được giữ " + (System.currentTimeMillis() - opened) / 1000
                        + " s sau khi mở xong: " + Histogram.of(appPid).count("vn.chitieu.dashboard.ui.LiveRefresh")
                        + " LiveRefresh trong heap của ứng dụng (mở " + (viewers + 1) + ").");
            }
            report.add("Nhịp tim (heartbeat) lỗi hoặc bị từ chối: "
                    + open.stream().mapToInt(ThinViewer::failedHeartbeats).sum() + ".");
            control.close();
        } finally {
            open.forEach(ThinViewer::close);
            timer.shutdownNow();
            Files.createDirectories(Path.of("target", "bench"));
            Files.write(Path.of("target", "bench", "thin-fan-out.md"), report);
        }
    }

    /** One save: from its commit (ms) to each screen's refresh and each viewer's push message. */
    private record Save(long took, List<Long> refreshed, List<Long> reached, int viewers, int controlWithFigure,
                        int controlMessages, long saveCpu, long fanOutCpu, long viewersCpu, List<Long> cpus,
                        List<Long> walls, List<Long> waits) {

        String row(String saver, String run) {
            return String.format(Locale.ROOT,
                    "| %s | %s | %d | %s | %s | %d/%d | %d / %d | %d | %d | %d | %d | %d | %d |", saver, run, took,
                    FanOut.spread(refreshed), FanOut.spread(reached), reached.size(), viewers, controlWithFigure,
                    controlMessages, saveCpu, fanOutCpu, viewersCpu, FanOut.millis(cpus), FanOut.millis(walls),
                    FanOut.millis(waits));
        }
    }

    private void fanOut(List<ThinViewer> open, ThinViewer control, long unit, long indicator) {
        Period year = Period.year(2030);
        DataValue original = TestAccounts.as(FanOut.STAFF, "CAN_BO",
                () -> values.find(indicator, unit, year, false).orElseThrow());
        // the bulk loader writes version 0, which Spring Data JDBC takes for "never saved" (an insert)
        jdbc.update("UPDATE data_value SET version = 1 WHERE id = ? AND version = 0", original.id());
        Map<String, String> row = exportedRow(original.valueText());
        report.add("## Từ lúc lưu xong (commit) tới: server làm mới màn hình, người xem nhận tin đẩy (ms)");
        report.add("");
        report.add("Ô thời gian: trung vị / chậm nhất. Đối chứng: tin có số mới / mọi tin mà người xem đơn vị khác "
                + "nhận. CPU ứng dụng (ms, /proc): khi lưu (APP: cả yêu cầu nhập), từ commit tới người xem cuối nhận; "
                + "CPU người xem: JVM của bài đo (các người xem mỏng), cùng khoảng đó. Các lần làm mới (tổng, ms): "
                + "CPU, thời gian thực, chờ lõi.");
        report.add("");
        report.add("| lưu ở | lần | lưu mất | server làm mới | người xem nhận | nhận | đối chứng | CPU khi lưu | "
                + "CPU lan tỏa | CPU người xem | làm mới: CPU | làm mới: thời gian | làm mới: chờ lõi |");
        report.add("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        List<String> summary = new ArrayList<>();
        int run = (int) (System.currentTimeMillis() / 1000 % 40);
        for (Saver saver : savers) {
            List<Save> measured = new ArrayList<>();
            for (int i = 0; i < WARM_UP_SAVES + saves; i++) {
                String text;
                do {
                    text = String.format(Locale.ROOT, "98,%d%%", 51 + run++ % 48);
                } while (text.equals(current(indicator, unit, year).valueText()));
                Save save = save(saver, open, control, indicator, unit, year, row, text);
                report.add(save.row(saver.name(), i < WARM_UP_SAVES ? "làm nóng" : Integer.toString(i)));
                if (i >= WARM_UP_SAVES) {
                    measured.add(save);
                }
            }
            summary.add(String.format(Locale.ROOT, "| %s | %d | %d / %d | %d / %d | %d | %d | %d | %d |", saver.name(),
                    FanOut.median(measured.stream().map(Save::took).toList()),
                    FanOut.middle(measured, Save::refreshed, false), FanOut.middle(measured, Save::refreshed, true),
                    FanOut.middle(measured, Save::reached, false), FanOut.middle(measured, Save::reached, true),
                    measured.stream().mapToInt(s -> s.viewers() - s.reached().size()).sum(),
                    measured.stream().mapToInt(Save::controlWithFigure).sum(),
                    FanOut.median(measured.stream().map(Save::fanOutCpu).toList()),
                    FanOut.median(measured.stream().map(s -> FanOut.millis(s.cpus())).toList())));
        }
        report.add("");
        report.add("Trung vị của " + saves + " lần lưu (ms; trung vị / chậm nhất trong các người xem):");
        report.add("");
        report.add("| lưu ở | lưu mất | server làm mới | người xem nhận | lượt nhận thiếu | đối chứng nhận số mới | "
                + "CPU ứng dụng khi lan tỏa | làm mới: CPU |");
        report.add("|---|---|---|---|---|---|---|---|");
        summary.forEach(report::add);
        report.add("");
        TestAccounts.as(FanOut.STAFF, "CAN_BO", () -> values.save(current(indicator, unit, year)
                .withValue(original.valueText(), null, original.note())));
    }

    private DataValue current(long indicator, long unit, Period year) {
        return TestAccounts.as(FanOut.STAFF, "CAN_BO", () -> values.find(indicator, unit, year, false).orElseThrow());
    }

    private Save save(Saver saver, List<ThinViewer> open, ThinViewer control, long indicator, long unit, Period year,
                      Map<String, String> row, String text) {
        open.forEach(viewer -> viewer.expect(text));
        control.expect(text);
        refreshes.clear();
        DataValue current = current(indicator, unit, year);
        long cpuBefore = Cpu.now(appPid).app();
        long started = System.currentTimeMillis();
        switch (saver) {
            case APP -> importRow(row, text);
            case OTHER_NODE -> TestAccounts.as(FanOut.STAFF, "CAN_BO",
                    () -> values.save(current.withValue(text, null, null)));
        }
        long committed = System.currentTimeMillis();
        long cpuCommitted = Cpu.now(appPid).app();
        long viewersCommitted = Cpu.now(0).app();
        long deadline = committed + REACH_TIMEOUT_MS;
        while (open.stream().anyMatch(viewer -> viewer.arrivedAt() < 0) && System.currentTimeMillis() < deadline) {
            FanOut.sleep(10);
        }
        long cpuReached = Cpu.now(appPid).app();
        long viewersReached = Cpu.now(0).app();
        refreshes.waitFor(open.size());
        // the control viewer would have had its message by now, as the others did
        FanOut.sleep(500);
        List<Long> reached = open.stream().map(ThinViewer::arrivedAt).filter(at -> at > 0).map(at -> at - committed)
                .toList();
        int controlWithFigure = (int) control.messages().stream().filter(message -> message.contains(text)).count();
        return new Save(committed - started, refreshes.since(committed), reached, open.size(), controlWithFigure,
                control.messages().size(), cpuCommitted - cpuBefore, cpuReached - cpuCommitted,
                viewersReached - viewersCommitted, List.copyOf(refreshes.cpu), List.copyOf(refreshes.wall), List.copyOf(refreshes.waitedForCpu));
    }

    /** The figure's row of the application's own export, the file a staff member would send back changed. */
    private Map<String, String> exportedRow(String valueText) {
        String csv = call(HttpRequest.newBuilder(URI.create(app + "/api/v1/export?nhiem_ky=" + NationalData.TERM
                + "&don_vi=" + NationalData.COMMUNE + "&format=csv")).GET(), 200);
        try {
            return Csv.read(new StringReader(csv)).stream()
                    .filter(r -> r.get("ma").equals(INDICATOR_NUMBER) && r.get("ky").equals("2030")
                            && r.get("ket_qua").equals(valueText))
                    .map(r -> new LinkedHashMap<>(r.fields())).findFirst().orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void importRow(Map<String, String> row, String text) {
        Map<String, String> changed = new LinkedHashMap<>(row);
        changed.put("ket_qua", text);
        call(HttpRequest.newBuilder(URI.create(app + "/api/v1/import")).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(Csv.write(List.copyOf(changed.keySet()),
                        List.of(List.copyOf(changed.values()))), StandardCharsets.UTF_8)), 200);
    }

    /** A REST call as the staff account (HTTP Basic); fails unless it answers {@code status}. */
    private String call(HttpRequest.Builder request, int status) {
        String basic = Base64.getEncoder().encodeToString((FanOut.STAFF + ":" + FanOut.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        try {
            HttpResponse<String> response = http.send(request.header("Authorization", "Basic " + basic).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != status) {
                throw new IllegalStateException(response.statusCode() + " " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
