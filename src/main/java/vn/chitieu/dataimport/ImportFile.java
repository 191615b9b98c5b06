package vn.chitieu.dataimport;

import java.io.ByteArrayInputStream;
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
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import vn.chitieu.base.text.Csv;

/**
 * Reads an import file, CSV (UTF-8, with or without BOM, comma or semicolon) or XLSX (first sheet), into rows by
 * header name. Checks the header: the required columns must be there and nothing unknown, so a misspelt column is
 * reported instead of silently ignored.
 */
final class ImportFile {

    static final List<String> REQUIRED = List.of("don_vi", "nhiem_ky", "linh_vuc", "chi_tieu", "dvt", "muc_tieu", "ky",
            "ket_qua");
    static final Set<String> OPTIONAL = Set.of("ma", "ghi_chu", "chieu", "nguyen_nhan", "giai_phap");
    static final long MAX_BYTES = 10L * 1024 * 1024;

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
            List<String> errors = checkHeader(rows, bytes, xlsx);
            return new Content(errors.isEmpty() ? rows : List.of(), errors);
        } catch (CharacterCodingException e) {
            return new Content(List.of(), List.of("Tệp CSV không phải mã UTF-8; khi lưu từ Excel hãy chọn "
                    + "\"CSV UTF-8 (Comma delimited)\""));
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

    private static List<Csv.Row> readXlsx(byte[] bytes) throws IOException {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(java.util.Locale.of("vi", "VN"));
            List<String> header = new ArrayList<>();
            List<Csv.Row> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null ? "" : Csv.nfc(formatter.formatCellValue(cell)).strip());
                }
                if (cells.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (header.isEmpty()) {
                    header.addAll(cells);
                    continue;
                }
                Map<String, String> fields = new HashMap<>();
                for (int c = 0; c < header.size(); c++) {
                    fields.put(header.get(c), c < cells.size() ? cells.get(c) : "");
                }
                rows.add(new Csv.Row(row.getRowNum() + 1, Map.copyOf(fields)));
            }
            if (header.isEmpty()) {
                return List.of();
            }
            // keep the header even without data rows, for the header check
            rows.addFirst(new Csv.Row(0, Map.of("__header__", String.join(",", header))));
            return rows;
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
                    + String.join(", ", REQUIRED) + " (thêm tùy chọn: ma, ghi_chu, chieu, nguyen_nhan, giai_phap)");
        }
        List<String> unknown = header.stream().filter(h -> !h.isBlank() && !REQUIRED.contains(h)
                && !OPTIONAL.contains(h)).toList();
        if (!unknown.isEmpty()) {
            errors.add("Cột không hợp lệ: " + String.join(", ", unknown) + ". Các cột được nhận: "
                    + String.join(", ", REQUIRED) + ", ma, ghi_chu, chieu, nguyen_nhan, giai_phap");
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
