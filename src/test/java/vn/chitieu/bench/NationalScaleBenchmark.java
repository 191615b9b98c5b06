package vn.chitieu.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.chitieu.TestAccounts;
import vn.chitieu.dashboard.DashboardService;
import vn.chitieu.overview.UnitsOverview;
import vn.chitieu.overview.UnitsOverviewService;

/**
 * One unit's dashboard and a province's overview on a national-size database ({@link NationalData}), built on the
 * first run. A measurement, not a test: nothing is asserted. Run by {@code tools/national-bench.sh}, which also turns
 * on MariaDB's general log so that every SQL statement each path runs is captured and EXPLAINed here. The figures go to
 * the console and to {@code target/bench/national.md}.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=${chitieu.bench.url:jdbc:mariadb://localhost:3306/chitieu_national}",
        "chitieu.demo-data=false",
        "spring.main.banner-mode=off"})
class NationalScaleBenchmark {

    private static final int WARM_UP = 3;
    private static final int RUNS = 11;
    private static final String MARKER = "bench-path:";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DashboardService dashboard;
    @Autowired
    UnitsOverviewService overviews;

    @Test
    void one_unit_and_one_province_on_national_data() {
        List<String> report = new ArrayList<>();
        if (!NationalData.present(jdbc)) {
            long started = System.nanoTime();
            List<String> timings = NationalData.generate(jdbc);
            report.add("## Sinh dữ liệu: " + (System.nanoTime() - started) / 1_000_000_000 + " s");
            report.add("");
            timings.forEach(t -> report.add("- " + t));
            report.add("");
        }
        sizes(report);

        long commune = id(NationalData.COMMUNE);
        long province = id(NationalData.PROVINCE);
        String term = NationalData.TERM;
        Map<String, Supplier<Object>> paths = new LinkedHashMap<>();
        // the overview is shared between screens until the unit's data changes: measured both when one more screen
        // asks for it and when it has to be computed (a figure's version bumped before each run, outside the timing)
        paths.put("DashboardService.overview (1 xã, đã có sẵn)",
                () -> as(NationalData.COMMUNE_LEADER, () -> dashboard.overview(term, commune)));
        paths.put("DashboardService.overview (1 xã, tính lại sau một thay đổi)",
                () -> as(NationalData.COMMUNE_LEADER, () -> dashboard.overview(term, commune)));
        Map<String, Runnable> before = Map.of("DashboardService.overview (1 xã, tính lại sau một thay đổi)",
                () -> jdbc.update("UPDATE data_value SET version = version + 1 WHERE org_unit_id = ? LIMIT 1", commune),
                "UnitsOverviewService.overview (1 tỉnh, tính lại sau một thay đổi)",
                () -> jdbc.update("""
                        UPDATE indicator SET version = version + 1
                        WHERE org_unit_id IN (SELECT id FROM org_unit WHERE parent_id = ?) LIMIT 1""", province));
        paths.put("DashboardService.periods (1 xã, năm 2030)",
                () -> as(NationalData.COMMUNE_LEADER, () -> dashboard.periods(term, commune, 2030)));
        paths.put("DashboardService.indicatorList (1 xã)",
                () -> as(NationalData.COMMUNE_LEADER, () -> dashboard.indicatorList(term, commune)));
        paths.put("DashboardService.unitsWithIndicators (bộ chọn đơn vị, lãnh đạo xã)",
                () -> as(NationalData.COMMUNE_LEADER, () -> dashboard.unitsWithIndicators(term)));
        // shared too, the same way: measured when computed (an indicator's version bumped before each run) and shared
        paths.put("UnitsOverviewService.overview (1 tỉnh, tính lại sau một thay đổi)",
                () -> as(NationalData.PROVINCE_LEADER, () -> overviews.overview(term, province, null)));
        paths.put("UnitsOverviewService.overview (1 tỉnh, đã có sẵn)",
                () -> as(NationalData.PROVINCE_LEADER, () -> overviews.overview(term, province, null)));

        report.add("## Thời gian (ms, trong tiến trình, " + RUNS + " lần đo sau " + WARM_UP + " lần làm nóng)");
        report.add("");
        report.add("| đường đi | trung vị | nhanh nhất | chậm nhất |");
        report.add("|---|---|---|---|");
        Map<String, Object> results = new LinkedHashMap<>();
        paths.forEach((name, path) -> {
            // one marked run first, so the general log tells which statements belong to which path
            jdbc.queryForObject("SELECT ?", String.class, MARKER + name);
            results.put(name, path.get());
            List<Long> micros = new ArrayList<>();
            for (int run = 0; run < WARM_UP + RUNS; run++) {
                before.getOrDefault(name, () -> { }).run();
                long started = System.nanoTime();
                path.get();
                if (run >= WARM_UP) {
                    micros.add((System.nanoTime() - started) / 1_000);
                }
            }
            List<Long> sorted = micros.stream().sorted().toList();
            report.add(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f |", name,
                    sorted.get(sorted.size() / 2) / 1000.0, sorted.getFirst() / 1000.0, sorted.getLast() / 1000.0));
        });
        jdbc.queryForObject("SELECT ?", String.class, MARKER + "end");
        report.add("");
        sanity(report, results);
        explain(report);

        report.forEach(System.out::println);
        try {
            Files.createDirectories(Path.of("target", "bench"));
            Files.write(Path.of("target", "bench", "national.md"), report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> T as(String user, Supplier<T> work) {
        return TestAccounts.as(user, "LANH_DAO", work);
    }

    private long id(String code) {
        return jdbc.queryForObject("SELECT id FROM org_unit WHERE code = ?", Long.class, code);
    }

    private void sizes(List<String> report) {
        report.add("## Kích thước");
        report.add("");
        report.add("| bảng | số dòng | dữ liệu MB | chỉ mục MB |");
        report.add("|---|---|---|---|");
        for (String table : List.of("org_unit", "indicator", "data_value")) {
            long rows = jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
            Map<String, Object> size = jdbc.queryForMap("""
                    SELECT data_length / 1048576 AS data, index_length / 1048576 AS idx FROM information_schema.tables
                    WHERE table_schema = DATABASE() AND table_name = ?""", table);
            report.add(String.format(Locale.ROOT, "| %s | %,d | %.0f | %.0f |", table, rows,
                    ((Number) size.get("data")).doubleValue(), ((Number) size.get("idx")).doubleValue()));
        }
        Map<String, Object> total = jdbc.queryForMap("""
                SELECT SUM(data_length + index_length) / 1048576 AS mb FROM information_schema.tables
                WHERE table_schema = DATABASE()""");
        report.add(String.format(Locale.ROOT, "| cả cơ sở dữ liệu | | %.0f MB (dữ liệu + chỉ mục) | |",
                ((Number) total.get("mb")).doubleValue()));
        report.add("");
    }

    /** What the engine made of the generated figures, to see they read as intended (not all "chưa đánh giá"). */
    private static void sanity(List<String> report, Map<String, Object> results) {
        results.forEach((name, result) -> {
            if (result instanceof DashboardService.Overview overview) {
                report.add("- " + name + ": " + overview.rows().size() + " chỉ tiêu, "
                        + overview.rows().stream().collect(Collectors.groupingBy(r -> r.assessment().verdict(),
                        Collectors.counting())));
            } else if (result instanceof UnitsOverview overview) {
                report.add("- " + name + ": " + overview.units().size() + " đơn vị × " + overview.columns().size()
                        + " cột, " + overview.units().stream().flatMap(l -> l.cells().values().stream())
                        .collect(Collectors.groupingBy(UnitsOverview.Cell::verdict, Collectors.counting())));
            } else if (result instanceof List<?> list) {
                report.add("- " + name + ": " + list.size() + " dòng");
            }
        });
        report.add("");
    }

    /** A long IN list shortened for the note: its first three values and how many there are. */
    private static String abbreviated(String sql) {
        StringBuilder out = new StringBuilder();
        int from = 0;
        for (int close = sql.indexOf(')', from); close >= 0; close = sql.indexOf(')', from)) {
            int open = sql.lastIndexOf('(', close);
            String inside = open < from ? "" : sql.substring(open + 1, close);
            String[] values = inside.split(",");
            if (values.length > 5 && inside.matches("[\\d\\s,'A-Z_]+")) {
                out.append(sql, from, open + 1).append(String.join(",", java.util.Arrays.copyOf(values, 3)))
                        .append(", … (").append(values.length).append(" giá trị))");
            } else {
                out.append(sql, from, close + 1);
            }
            from = close + 1;
        }
        return out.append(sql.substring(from)).toString();
    }

    /** One line of MariaDB's general log: "[time] thread-id Command\targument", continued on following lines. */
    private static final Pattern LOG_LINE = Pattern.compile("^(?:\\d{6}\\s+\\d{1,2}:\\d{2}:\\d{2})?\\s+(\\d+) (\\w+)\\t(.*)$");

    /** EXPLAIN of each distinct statement each path ran, read from the general log the run script turned on. */
    private void explain(List<String> report) {
        String logFile = System.getProperty("chitieu.bench.general-log");
        report.add("## EXPLAIN");
        report.add("");
        if (logFile == null || !Files.isReadable(Path.of(logFile))) {
            report.add("(Không có general log: chạy bằng tools/national-bench.sh để có phần này.)");
            return;
        }
        Map<String, Set<String>> byPath = statements(Path.of(logFile));
        byPath.forEach((path, statements) -> {
            report.add("### " + path);
            report.add("");
            for (String statement : statements) {
                report.add("```sql");
                report.add(abbreviated(statement.strip()));
                report.add("```");
                report.add("");
                report.add("| bảng | type | key | rows | Extra |");
                report.add("|---|---|---|---|---|");
                jdbc.query("EXPLAIN " + statement, rs -> {
                    report.add(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s |", rs.getString("table"),
                            rs.getString("type"), rs.getString("key"), rs.getString("rows"), rs.getString("Extra")));
                });
                report.add("");
            }
        });
    }

    /**
     * The SELECT statements of this database's connections between two markers, by path, each shape once (numbers
     * and quoted values left out of the comparison), in the order first run.
     */
    private Map<String, Set<String>> statements(Path logFile) {
        String database = jdbc.queryForObject("SELECT DATABASE()", String.class);
        List<String[]> entries = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(logFile, StandardCharsets.UTF_8)) {
                Matcher m = LOG_LINE.matcher(line);
                if (m.matches()) {
                    entries.add(new String[] {m.group(1), m.group(2), m.group(3)});
                } else if (!entries.isEmpty()) {
                    entries.getLast()[2] += "\n" + line;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<String> ours = new LinkedHashSet<>();
        Map<String, Set<String>> byPath = new LinkedHashMap<>();
        Map<String, Set<String>> shapes = new LinkedHashMap<>();
        String path = null;
        for (String[] entry : entries) {
            String thread = entry[0];
            String command = entry[1];
            String text = entry[2];
            if (command.equals("Connect") && text.contains(" on " + database)) {
                ours.add(thread);
            } else if (command.equals("Init") && text.strip().equals(database)) {
                ours.add(thread);
            }
            if (!command.equals("Query") || !ours.contains(thread)) {
                continue;
            }
            int marker = text.indexOf(MARKER);
            if (marker >= 0) {
                path = text.substring(marker + MARKER.length(), text.lastIndexOf('\''));
                continue;
            }
            String sql = text.strip();
            if (path == null || path.equals("end") || !sql.regionMatches(true, 0, "SELECT", 0, 6)
                    || sql.contains("figure_change") || sql.contains("@@")) {
                continue;
            }
            String shape = sql.replaceAll("'[^']*'", "?").replaceAll("\\b\\d+\\b", "?");
            while (shape.contains("?, ?") || shape.contains("?,?")) {
                shape = shape.replace("?, ?", "?").replace("?,?", "?");
            }
            if (shapes.computeIfAbsent(path, p -> new LinkedHashSet<>()).add(shape)) {
                byPath.computeIfAbsent(path, p -> new LinkedHashSet<>()).add(sql);
            }
        }
        return byPath;
    }
}
