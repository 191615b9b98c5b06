package vn.chitieu.bench;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.LoggerFactory;

/**
 * The server's side of a fan-out: LiveRefresh's debug line, written once a screen's refresh has run and its changes
 * were handed to the push connection, with the refresh's CPU, wall time and wait for a core. Read from this JVM's
 * logger ({@link #followThisJvm()}) or from the log file of an application run as its own process.
 */
final class Refreshes {

    /** LiveRefresh's debug line in the application's log, Spring Boot's default pattern: its time, its CPU. */
    private static final Pattern APP_REFRESH = Pattern.compile(
            "^(\\S+)\\s+DEBUG.*LiveRefresh.*: (-?\\d+) µs CPU(?:, (-?\\d+) µs, chờ CPU (-?\\d+) µs)?");

    /** When each screen's refresh ran (ms of the wall clock). */
    final ConcurrentLinkedQueue<Long> refreshed = new ConcurrentLinkedQueue<>();
    /** The server's CPU time of each screen's refresh and push, in µs. */
    final ConcurrentLinkedQueue<Long> cpu = new ConcurrentLinkedQueue<>();
    /** Each refresh's wall-clock time and, of it, the time its thread waited for a core (µs; -1: unknown). */
    final ConcurrentLinkedQueue<Long> wall = new ConcurrentLinkedQueue<>();
    final ConcurrentLinkedQueue<Long> waitedForCpu = new ConcurrentLinkedQueue<>();
    private final String appLog;
    private long logRead;

    /** @param appLog the application's log file; blank: the application runs in this JVM */
    Refreshes(String appLog) {
        this.appLog = appLog;
    }

    void followThisJvm() {
        Logger logger = (Logger) LoggerFactory.getLogger("vn.chitieu.dashboard.ui.LiveRefresh");
        logger.setLevel(Level.DEBUG);
        var appender = new AppenderBase<ILoggingEvent>() {
            @Override
            protected void append(ILoggingEvent event) {
                refreshed.add(System.currentTimeMillis());
                Object[] arguments = event.getArgumentArray();
                cpu.add(((Number) arguments[2]).longValue());
                wall.add(((Number) arguments[3]).longValue());
                waitedForCpu.add(((Number) arguments[4]).longValue());
            }
        };
        appender.start();
        logger.addAppender(appender);
    }

    /** Forgets what was noted so far (the log read up to now): the next save's lines only. */
    void clear() {
        read();
        refreshed.clear();
        cpu.clear();
        wall.clear();
        waitedForCpu.clear();
    }

    /** The refresh times from a commit (ms). */
    List<Long> since(long committed) {
        return refreshed.stream().map(at -> at - committed).toList();
    }

    /** When the last of the screens' refreshes ran, waiting up to a minute for them. */
    long waitFor(int screens) {
        long deadline = System.currentTimeMillis() + 60_000;
        while (refreshed.size() < screens && System.currentTimeMillis() < deadline) {
            FanOut.sleep(20);
            read();
        }
        return refreshed.stream().mapToLong(Long::longValue).max().orElse(-1);
    }

    /** LiveRefresh's debug lines that the application's process wrote to its log since the last read. */
    private void read() {
        if (appLog.isBlank()) {
            return;
        }
        try {
            byte[] all = Files.readAllBytes(Path.of(appLog));
            int end = all.length;
            while (end > logRead && all[end - 1] != '\n') {
                end--;
            }
            String text = new String(all, (int) logRead, end - (int) logRead, StandardCharsets.UTF_8);
            logRead = end;
            for (String line : text.split("\n")) {
                Matcher m = APP_REFRESH.matcher(line);
                if (m.find()) {
                    refreshed.add(OffsetDateTime.parse(m.group(1)).toInstant().toEpochMilli());
                    cpu.add(Long.parseLong(m.group(2)));
                    if (m.group(3) != null) {
                        wall.add(Long.parseLong(m.group(3)));
                        waitedForCpu.add(Long.parseLong(m.group(4)));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
