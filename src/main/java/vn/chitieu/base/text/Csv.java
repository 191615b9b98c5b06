package vn.chitieu.base.text;

import java.io.IOException;
import java.io.Reader;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A small RFC 4180 reader: quoted fields, doubled quotes, line breaks inside quotes, comma or semicolon
 * separators, an optional UTF-8 byte order mark. Every field is normalised to NFC, because Vietnamese text copied
 * from Word or PDF often arrives decomposed and would otherwise not compare equal.
 */
public final class Csv {

    private Csv() {
    }

    /** One data row: its 1-based line number in the file and its fields by header name. */
    public record Row(int line, Map<String, String> fields) {

        /** The field, stripped; empty when the column is missing or blank. */
        public String get(String column) {
            String value = fields.get(column);
            return value == null ? "" : value.strip();
        }
    }

    /** Reads a header row and the data rows after it; blank lines are skipped. */
    public static List<Row> read(Reader in) throws IOException {
        List<List<String>> records = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        String text = readAll(in);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        char separator = guessSeparator(text);
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int recordLine = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == separator) {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(field.toString());
                field.setLength(0);
                addIfNotBlank(records, lines, record, recordLine);
                record = new ArrayList<>();
                line++;
                recordLine = line;
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new IOException("Dòng " + recordLine + ": thiếu dấu ngoặc kép đóng");
        }
        record.add(field.toString());
        addIfNotBlank(records, lines, record, recordLine);
        if (records.isEmpty()) {
            return List.of();
        }
        List<String> header = records.getFirst().stream().map(h -> nfc(h).strip()).toList();
        List<Row> rows = new ArrayList<>();
        for (int r = 1; r < records.size(); r++) {
            List<String> values = records.get(r);
            Map<String, String> fields = new HashMap<>();
            for (int col = 0; col < header.size(); col++) {
                fields.put(header.get(col), col < values.size() ? nfc(values.get(col)) : "");
            }
            rows.add(new Row(lines.get(r), Map.copyOf(fields)));
        }
        return rows;
    }

    public static String nfc(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    private static void addIfNotBlank(List<List<String>> records, List<Integer> lines, List<String> record, int line) {
        if (record.stream().anyMatch(f -> !f.isBlank())) {
            records.add(record);
            lines.add(line);
        }
    }

    /** Semicolon when the header line has more semicolons than commas (Excel in a Vietnamese locale), else comma. */
    private static char guessSeparator(String text) {
        int end = text.indexOf('\n');
        String header = end < 0 ? text : text.substring(0, end);
        long semicolons = header.chars().filter(c -> c == ';').count();
        long commas = header.chars().filter(c -> c == ',').count();
        return semicolons > commas ? ';' : ',';
    }

    private static String readAll(Reader in) throws IOException {
        StringBuilder sb = new StringBuilder();
        char[] buffer = new char[8192];
        for (int n; (n = in.read(buffer)) >= 0; ) {
            sb.append(buffer, 0, n);
        }
        return sb.toString();
    }
}
