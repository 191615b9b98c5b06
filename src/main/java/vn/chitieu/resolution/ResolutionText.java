package vn.chitieu.resolution;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/** The text of an uploaded resolution: a Word file (DOCX) paragraph by paragraph, or plain UTF-8 text. */
public final class ResolutionText {

    /** The most an upload may weigh, the same as an import file. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    private ResolutionText() {
    }

    /**
     * @throws IllegalArgumentException with a Vietnamese message for a file that is too large or cannot be read
     */
    public static String of(byte[] bytes, String fileName) {
        if (bytes.length > MAX_BYTES) {
            throw new IllegalArgumentException("Tệp quá lớn: tối đa " + MAX_BYTES / (1024 * 1024) + " MB");
        }
        String name = fileName.toLowerCase(Locale.ROOT);
        boolean zip = bytes.length > 3 && bytes[0] == 'P' && bytes[1] == 'K';
        if (name.endsWith(".doc") && !zip) {
            throw new IllegalArgumentException("Tệp .doc (Word cũ) chưa đọc được: mở bằng Word và lưu lại thành .docx, "
                    + "hoặc dán nội dung vào ô văn bản");
        }
        if (!zip) {
            return new String(bytes, StandardCharsets.UTF_8).replace("\uFEFF", "");
        }
        // a zip bomb must not fill the memory: the same guard as the XLSX import
        ZipSecureFile.setMinInflateRatio(0.01);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            StringBuilder text = new StringBuilder();
            Map<String, Integer> counters = new HashMap<>();
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    text.append(numbering(paragraph, counters)).append(paragraph.getText()).append('\n');
                } else if (element instanceof XWPFTable table) {
                    table.getRows().forEach(row -> {
                        row.getTableCells().forEach(cell -> text.append(cell.getText()).append(' '));
                        text.append('\n');
                    });
                }
            }
            return text.toString();
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("Không đọc được tệp Word \"" + fileName + "\": chỉ nhận .docx hoặc văn "
                    + "bản thuần (.txt, UTF-8)", e);
        }
    }

    /**
     * Word's automatic numbering is not in the paragraph's text: "(1) ", "2. ", "a) " rebuilt from the list's level
     * format and a counter per list and level, so the reader sees the numbers a person sees.
     */
    private static String numbering(XWPFParagraph paragraph, Map<String, Integer> counters) {
        if (paragraph.getNumID() == null || paragraph.getNumFmt() == null) {
            return "";
        }
        String level = paragraph.getNumIlvl() == null ? "0" : paragraph.getNumIlvl().toString();
        String key = paragraph.getNumID() + "/" + level;
        int n = counters.merge(key, 1, Integer::sum);
        // a higher level starting again restarts the levels below it
        counters.keySet().removeIf(k -> k.startsWith(paragraph.getNumID() + "/") && k.compareTo(key) > 0);
        String format = paragraph.getNumFmt();
        if (format.equals("bullet")) {
            return "- ";
        }
        String value = switch (format) {
            case "lowerLetter" -> String.valueOf((char) ('a' + (n - 1) % 26));
            case "upperLetter" -> String.valueOf((char) ('A' + (n - 1) % 26));
            case "lowerRoman", "upperRoman" -> roman(n, format.startsWith("upper"));
            default -> String.valueOf(n);
        };
        String pattern = paragraph.getNumLevelText();
        return (pattern == null ? value + "." : pattern.replaceAll("%\\d", value)) + " ";
    }

    private static String roman(int n, boolean upper) {
        String[] numerals = {"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"};
        String r = n <= numerals.length ? numerals[n - 1] : String.valueOf(n);
        return upper ? r.toUpperCase(Locale.ROOT) : r;
    }
}
