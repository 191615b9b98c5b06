package vn.chitieu.resolution.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.chitieu.base.text.Names;
import vn.chitieu.evaluation.Horizon;
import vn.chitieu.indicator.Sector;
import vn.chitieu.orgunit.OrgUnit;
import vn.chitieu.orgunit.OrgUnitService;
import vn.chitieu.resolution.ProposedTarget;
import vn.chitieu.resolution.ResolutionService;

/**
 * {@code POST /api/v1/catalogue/parse}: the text of a resolution's target list ({@code text/plain}) read into rows,
 * in text order, writing nothing; with {@code nhiem_ky} and {@code don_vi}, a row the unit already has carries
 * {@code da_co}. {@code POST /api/v1/catalogue?nhiem_ky=…&don_vi=…} with the same rows (as JSON, corrected or not)
 * writes the new ones, all or nothing: 400 naming every row that cannot be written, 409 when another save created one
 * of them meanwhile, 403 for a unit outside the caller's reach. {@code don_vi} is a unit's code ("tam-ky") or name.
 */
@RestController
@RequestMapping("/api/v1/catalogue")
class CatalogueApi {

    private static final Pattern BY_YEAR = Pattern.compile("đến (?:cuối )?năm (\\d{4})");

    private final ResolutionService resolutions;
    private final OrgUnitService units;

    CatalogueApi(ResolutionService resolutions, OrgUnitService units) {
        this.resolutions = resolutions;
        this.units = units;
    }

    @PostMapping(path = "/parse", consumes = MediaType.TEXT_PLAIN_VALUE)
    List<Row> parse(@RequestBody String text, @RequestParam(name = "nhiem_ky", required = false) @Nullable String term,
                    @RequestParam(name = "don_vi", required = false) @Nullable String unit) {
        Long unitId = unit == null || unit.isBlank() ? null : unitId(unit);
        return resolutions.preview(text, term == null || term.isBlank() ? null : term.strip(), unitId).stream()
                .map(Row::of).toList();
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> save(@RequestBody List<Row> rows, @RequestParam("nhiem_ky") String term,
                                             @RequestParam("don_vi") String unit) {
        ResolutionService.Saved saved = resolutions.save(term.strip(), unitId(unit),
                rows.stream().map(Row::toTarget).toList());
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of(
                "don_vi", saved.unitName(), "nhiem_ky", saved.termCode(),
                "so_chi_tieu_da_luu", saved.written().size(),
                "da_luu", saved.written().stream().map(i -> (i.numberLabel() + " " + i.name()).strip()).toList(),
                "da_co", saved.existing().stream().map(Row::of).toList()));
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<Map<String, List<String>>> invalid(IllegalArgumentException e) {
        return ResponseEntity.badRequest().body(Map.of("errors", List.of(e.getMessage())));
    }

    @ExceptionHandler(DuplicateKeyException.class)
    ResponseEntity<Map<String, Object>> taken(DuplicateKeyException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("error", e.getMessage(),
                "errors", List.of("Chưa lưu gì: " + e.getMessage())));
    }

    private long unitId(String codeOrName) {
        String wanted = codeOrName.strip();
        return units.findByCode(wanted).or(() -> units.findAll().stream()
                        .filter(u -> Names.key(u.name()).equals(Names.key(wanted))).findFirst())
                .map(OrgUnit::id).orElseThrow(() -> new IllegalArgumentException("Không có đơn vị \"" + wanted
                        + "\" (ghi mã, ví dụ tam-ky, hoặc tên đơn vị)"));
    }

    /** One target as JSON, the way the catalogue names its fields. */
    record Row(
            String so,
            @JsonProperty("linh_vuc") @Nullable String linhVuc,
            @JsonProperty("chi_tieu") String chiTieu,
            @Nullable String dvt,
            @JsonProperty("muc_tieu") String mucTieu,
            @JsonProperty("doc_la") @Nullable String docLa,
            @JsonProperty("ky_han") @Nullable String kyHan,
            @Nullable List<String> loi,
            @JsonProperty("da_co") @Nullable String daCo,
            @Nullable List<Row> phan) {

        static Row of(ProposedTarget t) {
            return new Row(t.label(), t.sector() == null ? null : t.sector().label(), t.name(), t.unit(),
                    t.targetText(), t.reading(), t.horizonWords(), t.errors(), t.existing(),
                    t.parts().stream().map(Row::of).toList());
        }

        ProposedTarget toTarget() {
            Horizon horizon = horizon(kyHan);
            Matcher year = BY_YEAR.matcher(kyHan == null ? "" : kyHan.toLowerCase(Locale.ROOT));
            return new ProposedTarget(so == null ? "" : so.strip(), sector(linhVuc),
                    chiTieu == null ? "" : chiTieu.strip(), dvt == null || dvt.isBlank() ? null : dvt.strip(),
                    mucTieu == null ? "" : mucTieu.strip(), horizon, year.find() ? Integer.valueOf(year.group(1)) : null,
                    null, List.of(), phan == null ? List.of() : phan.stream().map(Row::toTarget).toList(), null);
        }

        private static @Nullable Sector sector(@Nullable String label) {
            if (label == null || label.isBlank()) {
                return null;
            }
            for (Sector s : Sector.values()) {
                if (s.name().equalsIgnoreCase(label.strip())) {
                    return s;
                }
            }
            return Sector.fromLabel(label);
        }

        private static @Nullable Horizon horizon(@Nullable String words) {
            if (words == null || words.isBlank()) {
                return null;
            }
            String w = Names.key(words).replace("hàng năm", "hằng năm");
            if (w.startsWith("bình quân")) {
                return Horizon.AVERAGE_ANNUAL;
            }
            if (w.startsWith("đến")) {
                return Horizon.BY_YEAR;
            }
            for (Horizon h : Horizon.values()) {
                if (h.label().equals(w) || h.name().equalsIgnoreCase(w)) {
                    return h;
                }
            }
            throw new IllegalArgumentException("Kỳ hạn \"" + words + "\" không rõ; ghi một trong: hằng năm, bình quân "
                    + "năm, đến năm 2030, cả nhiệm kỳ, lũy kế");
        }
    }
}
