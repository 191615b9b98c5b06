package vn.chitieu.dataimport;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.io.InputStream;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import vn.chitieu.base.text.Csv;

/**
 * Reads an import file, CSV (UTF-8, with or without BOM, comma or semicolon) or XLSX (first sheet), into rows by
 * header name. Checks the header: the required columns must be there and nothing unknown, so a misspelt column is
 * reported instead of silently ignored.
 */
final class ImportFile {

    static final List<String> REQUIRED = List.of("don_vi", "nhiem_ky", "linh_vuc", "chi_tieu", "dvt", "muc_tieu", "ky",
            "ket_qua");
    static final List<String> OPTIONAL = List.of("ma", "ghi_chu", "chieu", "ky_han", "nguyen_nhan", "giai_phap",
            "ke_hoach", "thuoc_chi_tieu");
    static final long MAX_BYTES = 10L * 1024 * 1024;
    /** Data rows a file may have: a ward's figures for years fit in a few hundred. */
    static final int MAX_ROWS = 100_000;
    /** What the parts of an XLSX may expand to: 10 MB compressed holds at most this much honest data. */
    static final long MAX_EXPANDED_BYTES = 100L * 1024 * 1024;
    static final String TOO_MANY_ROWS = "Tệp có hơn 100.000 dòng số liệu; hãy chia thành nhiều tệp nhỏ hơn";
    static final String TOO_EXPANDED = "Tệp XLSX giải nén ra quá lớn hoặc bất thường (có thể là tệp nén độc hại); "
            + "hãy mở tệp trong Excel, lưu lại thành tệp mới rồi nhập lại";

    private ImportFile() {
    }

    /** The rows, or a file-level error in Vietnamese. */
    record Content(List<Csv.Row> rows, List<String> errors) {
    }

    static Content read(byte[] bytes, String fileName) {
        if (bytes.length == 0) {
            return new Content(List.of(), List.of("Tệp rỗng"));
        }
        if (bytes.length > MAX_BYTES) {
            return new Content(List.of(), List.of("Tệp lớn hơn 10 MB; hãy chia nhỏ tệp"));
        }
        boolean xlsx = fileName.toLowerCase().endsWith(".xlsx") || isZip(bytes);
        try {
            List<Csv.Row> rows = xlsx ? readXlsx(bytes) : readCsv(bytes);
            if (rows.size() > MAX_ROWS + (xlsx ? 1 : 0)) {
                return new Content(List.of(), List.of(TOO_MANY_ROWS));
            }
            List<String> errors = checkHeader(rows, bytes, xlsx);
            return new Content(errors.isEmpty() ? rows : List.of(), errors);
        } catch (CharacterCodingException e) {
            return new Content(List.of(), List.of("Tệp CSV không phải mã UTF-8; khi lưu từ Excel hãy chọn "
                    + "\"CSV UTF-8 (Comma delimited)\""));
        } catch (Refused e) {
            return new Content(List.of(), List.of(e.getMessage()));
        } catch (IOException | RuntimeException e) {
            return new Content(List.of(), List.of("Không đọc được tệp " + (xlsx ? "XLSX" : "CSV") + ": "
                    + e.getMessage()));
        }
    }

    private static List<Csv.Row> readCsv(byte[] bytes) throws IOException {
        // strict UTF-8: a file saved in Windows-1258 must be refused, not read as mojibake
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        String text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
        return Csv.read(new java.io.StringReader(text));
    }

    /**
     * The first sheet, read as a stream of SAX events (POI's event API): memory grows with the rows kept, never with
     * the sheet's XML, and reading stops at {@link #MAX_ROWS}. A zip bomb is refused before it is inflated: no part
     * may expand past {@link #MAX_EXPANDED_BYTES} nor more than 100 times its compressed size.
     */
    private static List<Csv.Row> readXlsx(byte[] bytes) throws IOException {
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(MAX_EXPANDED_BYTES);
        // from a file, POI reads each part as a stream when it is needed; from a stream it would hold them all
        java.nio.file.Path file = java.nio.file.Files.createTempFile("chitieu-nhap-", ".xlsx");
        try (OPCPackage zip = OPCPackage.open(java.nio.file.Files.write(file, bytes).toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(zip);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(zip, false);
            SheetRows rows = new SheetRows();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                return List.of();
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null, strings, rows,
                        new DataFormatter(java.util.Locale.of("vi", "VN")), false));
                parser.parse(new InputSource(sheet));
            }
            return rows.result();
        } catch (TooManyRows e) {
            throw new Refused(TOO_MANY_ROWS);
        } catch (IOException | org.apache.poi.ooxml.POIXMLException e) {
            // POI's words for a zip bomb or an oversized part ("Zip bomb detected", "exceeds the max entry size"),
            // said plainly instead
            if (String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT).matches("(?s).*(zip bomb|max).*")) {
                throw new Refused(TOO_EXPANDED);
            }
            throw e instanceof IOException io ? io : new IOException(e.getMessage(), e);
        } catch (OpenXML4JException | SAXException | ParserConfigurationException e) {
            throw new IOException(e.getMessage(), e);
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
    }

    /** A file refused whole, with the reason to show as it is. */
    private static final class Refused extends RuntimeException {

        Refused(String message) {
            super(message, null, false, false);
        }
    }

    /** The rows of a sheet by header name, as {@link XSSFSheetXMLHandler} hands them over. */
    private static final class SheetRows implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final List<String> header = new ArrayList<>();
        private final List<Csv.Row> rows = new ArrayList<>();
        private final Map<Integer, String> cells = new HashMap<>();

        @Override
        public void startRow(int rowNum) {
            cells.clear();
        }

        @Override
        public void cell(String reference, String formattedValue, XSSFComment comment) {
            if (reference != null && formattedValue != null) {
                cells.put((int) new CellReference(reference).getCol(), Csv.nfc(formattedValue).strip());
            }
        }

        @Override
        public void endRow(int rowNum) {
            if (cells.values().stream().allMatch(String::isBlank)) {
                return;
            }
            int width = cells.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
            if (header.isEmpty()) {
                for (int c = 0; c < width; c++) {
                    header.add(cells.getOrDefault(c, ""));
                }
                return;
            }
            if (rows.size() >= MAX_ROWS) {
                throw new TooManyRows();
            }
            Map<String, String> fields = new HashMap<>();
            for (int c = 0; c < header.size(); c++) {
                fields.put(header.get(c), cells.getOrDefault(c, ""));
            }
            rows.add(new Csv.Row(rowNum + 1, Map.copyOf(fields)));
        }

        List<Csv.Row> result() {
            if (header.isEmpty()) {
                return List.of();
            }
            // keep the header even without data rows, for the header check
            List<Csv.Row> all = new ArrayList<>(rows.size() + 1);
            all.add(new Csv.Row(0, Map.of("__header__", String.join(",", header))));
            all.addAll(rows);
            return all;
        }
    }

    /** Thrown by the sheet reader to stop a file with too many rows early. */
    private static final class TooManyRows extends RuntimeException {

        TooManyRows() {
            super(null, null, false, false);
        }
    }

    private static List<String> checkHeader(List<Csv.Row> rows, byte[] bytes, boolean xlsx) throws IOException {
        List<String> header;
        if (xlsx) {
            if (rows.isEmpty()) {
                return List.of("Trang tính đầu tiên không có dòng tiêu đề");
            }
            header = List.of(rows.removeFirst().get("__header__").split(","));
        } else {
            String text = new String(bytes, StandardCharsets.UTF_8).replace("\uFEFF", "");
            String first = text.lines().findFirst().orElse("");
            char separator = Csv.separator(first);
            header = java.util.Arrays.stream(first.split(String.valueOf(separator)))
                    .map(h -> Csv.nfc(h).strip().replace("\"", "")).toList();
        }
        List<String> errors = new ArrayList<>();
        List<String> missing = REQUIRED.stream().filter(c -> !header.contains(c)).toList();
        if (!missing.isEmpty()) {
            errors.add("Thiếu cột " + String.join(", ", missing) + ". Dòng tiêu đề cần đúng các tên: "
                    + String.join(", ", REQUIRED) + " (thêm tùy chọn: " + String.join(", ", OPTIONAL) + ")");
        }
        List<String> unknown = header.stream().filter(h -> !h.isBlank() && !REQUIRED.contains(h)
                && !OPTIONAL.contains(h)).toList();
        if (!unknown.isEmpty()) {
            errors.add("Cột không hợp lệ: " + String.join(", ", unknown) + ". Các cột được nhận: "
                    + String.join(", ", REQUIRED) + ", " + String.join(", ", OPTIONAL));
        }
        if (errors.isEmpty() && rows.isEmpty()) {
            errors.add("Tệp chỉ có dòng tiêu đề, không có dòng số liệu nào");
        }
        return errors;
    }

    private static boolean isZip(byte[] bytes) {
        return bytes.length > 3 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }
}
