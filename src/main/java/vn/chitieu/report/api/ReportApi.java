package vn.chitieu.report.api;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.chitieu.orgunit.OrgUnitService;
import vn.chitieu.report.ReportFormat;
import vn.chitieu.report.ReportService;

/**
 * The appendices over REST, for scripts that file reports:
 * {@code GET /api/v1/reports/appendix?don_vi=tam-ky&nam=2026&format=docx} and
 * {@code GET /api/v1/reports/term?don_vi=tam-ky&nhiem_ky=2020-2025&format=xlsx}. The unit scope is the service's.
 */
@RestController
class ReportApi {

    private final ReportService reports;
    private final OrgUnitService units;

    ReportApi(ReportService reports, OrgUnitService units) {
        this.reports = reports;
        this.units = units;
    }

    @GetMapping("/api/v1/reports/appendix")
    ResponseEntity<byte[]> appendix(@RequestParam("don_vi") String unit, @RequestParam("nam") String year,
                                    @RequestParam(name = "format", defaultValue = "xlsx") String format) {
        return file(reports.render(reports.yearAppendix(unitId(unit), year(year)), ReportFormat.parse(format), null));
    }

    @GetMapping("/api/v1/reports/term")
    ResponseEntity<byte[]> term(@RequestParam("don_vi") String unit, @RequestParam("nhiem_ky") String term,
                                @RequestParam(name = "format", defaultValue = "xlsx") String format) {
        return file(reports.render(reports.termAppendix(term, unitId(unit)), ReportFormat.parse(format), null));
    }

    /**
     * Read here rather than bound as an int: Spring's binding failure carries a NumberFormatException, which this
     * controller's own handler would answer with Java's English message.
     */
    private static int year(String year) {
        if (!year.strip().matches("\\d{4}")) {
            throw new IllegalArgumentException("Năm \"" + year + "\" không hợp lệ: ghi năm bằng bốn chữ số, "
                    + "ví dụ nam=2026");
        }
        return Integer.parseInt(year.strip());
    }

    private long unitId(String code) {
        return units.findByCode(code.strip()).map(u -> u.id()).orElseThrow(() -> new IllegalArgumentException(
                "Không có đơn vị mã \"" + code + "\" (ví dụ đúng: don_vi=tam-ky)"));
    }

    private static ResponseEntity<byte[]> file(ReportService.Download download) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(download.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(download.fileName(), StandardCharsets.UTF_8).build().toString())
                .body(download.bytes());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<Map<String, Object>> invalid(IllegalArgumentException e) {
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("error", e.getMessage(), "errors", List.of(e.getMessage())));
    }
}
