package vn.chitieu.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.management.ObjectName;

/**
 * The JVM's live objects by class. Two collections first, then the histogram's own: a single full GC leaves what only
 * waits for a cleaner or a reference queue, which the next one frees (up to 15 MB of byte[] with 30 dashboards
 * opened and closed, docs/quy-mo-quoc-gia.md); a heap dump counts as the third does.
 */
record Histogram(Map<String, long[]> classes, long total) {

    private static final Pattern LINE = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+).*$");

    static Histogram now() {
        try {
            System.gc();
            System.gc();
            return parse((String) ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                    new Object[] {new String[0]}, new String[] {String[].class.getName()}));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Another process's, through {@code jcmd} (the same collections first). */
    static Histogram of(long pid) {
        try {
            jcmd(pid, "GC.run");
            jcmd(pid, "GC.run");
            return parse(jcmd(pid, "GC.class_histogram"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String jcmd(long pid, String command) throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(pid), command).redirectErrorStream(true).start();
        String text = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        jcmd.waitFor();
        return text;
    }

    private static Histogram parse(String text) {
        Map<String, long[]> classes = new HashMap<>();
        long total = 0;
        for (String line : text.split("\n")) {
            Matcher m = LINE.matcher(line);
            if (m.matches()) {
                long bytes = Long.parseLong(m.group(2));
                classes.merge(m.group(3), new long[] {Long.parseLong(m.group(1)), bytes},
                        (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]});
                total += bytes;
            }
        }
        return new Histogram(classes, total);
    }

    long count(String className) {
        return classes.getOrDefault(className, new long[2])[0];
    }
}
