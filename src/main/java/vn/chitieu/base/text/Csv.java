package vn.chitieu.base.text;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads CSV the way Vietnamese offices save it (Apache Commons CSV, RFC 4180): quoted fields, doubled quotes, line
 * breaks inside quotes, comma or semicolon separators, an optional UTF-8 byte order mark. Every field is normalised
 * to NFC, because Vietnamese text copied from Word or PDF often arrives decomposed and would otherwise not compare
 * equal.
 * <p>
 * A file written here is opened in Excel or LibreOffice by people who did not write its cells: a cell that starts
 * like a formula ({@code =}, {@code +}, {@code -}, {@code @}, tab, carriage return) is written with a leading
 * apostrophe so the spreadsheet shows it as text instead of running it (OWASP's "CSV injection"), and that one
 * apostrophe is taken off again when such a cell is read, so an exported file imports back to the same text.
 */
public final class Csv {

    /** Formula-like after any apostrophes already there, so that guarding and unguarding are exact inverses. */
    private static final java.util.regex.Pattern FORMULA_START = java.util.regex.Pattern.compile("^'*[=+\\-@\t\r]");

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
        var all = new java.io.StringWriter();
        in.transferTo(all);
        String text = all.toString();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(separator(text)).setIgnoreEmptyLines(true).get();
        LineIndex lines = new LineIndex(text);
        List<String> header = null;
        List<Row> rows = new ArrayList<>();
        long endOfLast = 0;
        try (CSVParser parser = CSVParser.parse(text, format)) {
            for (var it = parser.iterator(); it.hasNext(); ) {
                CSVRecord record = it.next();
                endOfLast = parser.getCurrentLineNumber();
                if (record.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (header == null) {
                    header = record.stream().map(h -> nfc(h).strip()).toList();
                    continue;
                }
                Map<String, String> fields = new HashMap<>();
                for (int col = 0; col < header.size(); col++) {
                    fields.put(header.get(col), col < record.size() ? unguard(nfc(record.get(col))) : "");
                }
                rows.add(new Row(lines.lineAt(record.getCharacterPosition()), Map.copyOf(fields)));
            }
        } catch (UncheckedIOException e) {
            // the only way a parse fails on text already in memory: a quote opened and never closed
            throw new IOException("Dòng " + (endOfLast + 1) + ": thiếu dấu ngoặc kép đóng", e);
        }
        return rows;
    }

    /**
     * Writes a header and rows as RFC 4180 CSV (Commons CSV): comma separated, fields quoted where they need it,
     * lines ending in CRLF, text in NFC. {@link #read} reads it back to the same fields.
     */
    public static String write(List<String> header, List<List<String>> rows) {
        var out = new StringBuilder();
        try (var printer = new org.apache.commons.csv.CSVPrinter(out, CSVFormat.RFC4180)) {
            printer.printRecord(header);
            for (List<String> row : rows) {
                printer.printRecord(row.stream().map(cell -> guard(nfc(cell))).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The cell as written to a file a spreadsheet will open: never a formula. */
    static String guard(String cell) {
        return FORMULA_START.matcher(cell).find() ? "'" + cell : cell;
    }

    /** The cell as it was before {@link #guard}. */
    static String unguard(String cell) {
        return cell.startsWith("'") && FORMULA_START.matcher(cell).find() ? cell.substring(1) : cell;
    }

    public static String nfc(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    /** Semicolon when the header line has more semicolons than commas (Excel in a Vietnamese locale), else comma. */
    public static char separator(String text) {
        int end = text.indexOf('\n');
        String header = end < 0 ? text : text.substring(0, end);
        long semicolons = header.chars().filter(c -> c == ';').count();
        long commas = header.chars().filter(c -> c == ',').count();
        return semicolons > commas ? ';' : ',';
    }

    /** Line numbers from character positions: the parser counts records, a person counts lines. */
    private static final class LineIndex {

        private final int[] breaks;

        LineIndex(String text) {
            breaks = java.util.stream.IntStream.range(0, text.length()).filter(i -> text.charAt(i) == '\n').toArray();
        }

        int lineAt(long position) {
            int found = java.util.Arrays.binarySearch(breaks, (int) position);
            // the number of line breaks before the position, plus one
            return (found >= 0 ? found : -found - 1) + 1;
        }
    }
}
