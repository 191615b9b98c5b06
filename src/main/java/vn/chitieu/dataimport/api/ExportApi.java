package vn.chitieu.dataimport.api;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.chitieu.base.text.Csv;
import vn.chitieu.dataimport.ExportService;

/**
 * {@code GET /api/v1/export?nhiem_ky=2025-2030&don_vi=tam-ky&format=csv|json}: open data, one unit's term in the
 * import's own columns, which {@code POST /api/v1/import} (or the import screen) reads back as it is. CSV is UTF-8 with
 * a byte order mark, so that Excel shows the Vietnamese letters; JSON is a list of objects keyed by column.
 */
@RestController
class ExportApi {

    private final ExportService exports;

    ExportApi(ExportService exports) {
        this.exports = exports;
    }

    @GetMapping("/api/v1/export")
    ResponseEntity<?> export(@RequestParam("nhiem_ky") String term,
                             @RequestParam(name = "don_vi", required = false) @Nullable String unit,
                             @RequestParam(name = "format", defaultValue = "csv") String format) {
        if (unit == null || unit.isBlank()) {
            throw new IllegalArgumentException("Thiếu tham số don_vi: ghi mã hoặc tên đơn vị, ví dụ "
                    + "/api/v1/export?nhiem_ky=" + term + "&don_vi=tam-ky&format=csv; mã các đơn vị ở /api/v1/units");
        }
        if (!format.equals("csv") && !format.equals("json")) {
            throw new IllegalArgumentException("Định dạng \"" + format + "\" không hỗ trợ; dùng format=csv hoặc "
                    + "format=json");
        }
        List<Map<String, String>> rows = exports.export(term, unit);
        if (format.equals("json")) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(rows);
        }
        String csv = "\uFEFF" + Csv.write(ExportService.COLUMNS,
                rows.stream().map(r -> ExportService.COLUMNS.stream().map(r::get).toList()).toList());
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("chi-tieu-" + unit.strip() + "-" + term.strip() + ".csv", StandardCharsets.UTF_8)
                        .build().toString())
                .body(csv.getBytes(StandardCharsets.UTF_8));
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<Map<String, Object>> invalid(IllegalArgumentException e) {
        return ResponseEntity.badRequest().body(Map.of("error", e.getMessage(), "errors", List.of(e.getMessage())));
    }
}
