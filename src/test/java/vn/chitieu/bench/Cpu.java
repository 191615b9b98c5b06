package vn.chitieu.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU time (ms) used so far by the application's process, by this run's Chromium processes and by Playwright's
 * driver, from /proc (processes that ended meanwhile are not counted).
 */
record Cpu(long app, long browsers, long driver) {

    static Cpu now(long appPid) {
        return new Cpu(millis(appPid > 0 ? appPid : ProcessHandle.current().pid()),
                chromium().mapToLong(p -> millis(p.pid())).sum(),
                ProcessHandle.current().descendants().filter(p -> command(p).contains("node"))
                        .mapToLong(p -> millis(p.pid())).sum());
    }

    static Stream<ProcessHandle> chromium() {
        return ProcessHandle.current().descendants().filter(p -> command(p).contains("chrom"));
    }

    private static String command(ProcessHandle process) {
        return process.info().command().orElse("");
    }

    /** utime + stime, in clock ticks of 10 ms. */
    private static long millis(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
        } catch (IOException | RuntimeException gone) {
            return 0;
        }
    }

    Cpu minus(Cpu before) {
        return new Cpu(app - before.app, browsers - before.browsers, driver - before.driver);
    }
}
