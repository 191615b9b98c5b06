package vn.chitieu.dashboard.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.chitieu.dashboard.DashboardService;
import vn.chitieu.dashboard.IndicatorRow;

/**
 * {@code GET /api/v1/indicators?nhiem_ky=2025-2030&don_vi=tam-ky}: one unit's indicators with latest values and
 * verdicts; {@code don_vi} is required.
 */
@RestController
class IndicatorApi {

    private final DashboardService dashboard;

    IndicatorApi(DashboardService dashboard) {
        this.dashboard = dashboard;
    }

    @GetMapping("/api/v1/indicators")
    List<IndicatorJson> indicators(@RequestParam("nhiem_ky") String term,
                                   @RequestParam(name = "don_vi", required = false) @Nullable String unit) {
        // one unit per call: every figure of every unit of a term at once is a load no caller needs
        if (unit == null || unit.isBlank()) {
            throw new IllegalArgumentException("Thiếu tham số don_vi: ghi mã hoặc tên đơn vị, ví dụ "
                    + "/api/v1/indicators?nhiem_ky=" + term + "&don_vi=tam-ky; mỗi lần gọi lấy một đơn vị");
        }
        long unitId = dashboard.unitsWithIndicators(term).stream()
                .filter(u -> u.code().equalsIgnoreCase(unit.strip()) || u.name().equalsIgnoreCase(unit.strip()))
                .findFirst().orElseThrow(() -> new IllegalArgumentException(
                        "Không có đơn vị \"" + unit + "\" trong nhiệm kỳ " + term))
                .id();
        return dashboard.indicatorList(term, unitId).stream().map(IndicatorJson::of).toList();
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<Map<String, Object>> invalid(IllegalArgumentException e) {
        return ResponseEntity.badRequest().body(Map.of("error", e.getMessage(), "errors", List.of(e.getMessage())));
    }

    record IndicatorJson(
            long id,
            String ma,
            @JsonProperty("chi_tieu") String chiTieu,
            @JsonProperty("linh_vuc") String linhVuc,
            @JsonProperty("don_vi") String donVi,
            @Nullable String dvt,
            @JsonProperty("muc_tieu") @Nullable String mucTieu,
            @JsonProperty("ket_qua") @Nullable String ketQua,
            @Nullable String ky,
            boolean estimate,
            String verdict,
            boolean exceeded,
            @JsonProperty("giai_thich") String giaiThich,
            @JsonProperty("du_bao") @Nullable String duBao,
            @JsonProperty("gia_tri_du_bao") @Nullable BigDecimal giaTriDuBao,
            String nguon) {

        static IndicatorJson of(IndicatorRow row) {
            var projection = row.assessment().projection();
            return new IndicatorJson(row.indicatorId(), row.numberLabel().replaceAll("[()]", ""), row.name(),
                    row.sector().label(), row.unitName(), row.measure(), row.targetText(), row.latestValue(),
                    row.latestPeriod(), row.latestIsEstimate(), row.assessment().verdict().name(),
                    row.assessment().evaluation().exceeded(), row.assessment().evaluation().explanation(),
                    projection == null ? null : projection.outlook().name(),
                    projection == null ? null : projection.projectedValue(), row.source());
        }
    }
}
