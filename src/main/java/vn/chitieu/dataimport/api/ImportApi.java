package vn.chitieu.dataimport.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.chitieu.dataimport.ImportConflictException;
import vn.chitieu.dataimport.ImportPreview;
import vn.chitieu.dataimport.ImportRejectedException;
import vn.chitieu.dataimport.ImportService;

/**
 * {@code POST /api/v1/import/preview} and {@code POST /api/v1/import}: the same rules as the import view, with the
 * file as a {@code text/csv} body or a multipart {@code file}. A rejected commit answers 422 with the rows' errors; a
 * commit that lost a race with another import creating the same indicator answers 409 and wrote nothing.
 */
@RestController
@RequestMapping("/api/v1/import")
class ImportApi {

    private final ImportService imports;

    ImportApi(ImportService imports) {
        this.imports = imports;
    }

    @PostMapping(path = "/preview", consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE})
    PreviewJson previewCsv(@RequestBody byte[] body) {
        return PreviewJson.of(imports.preview(body, "du-lieu.csv"));
    }

    @PostMapping(path = "/preview", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    PreviewJson previewFile(@RequestPart("file") MultipartFile file) throws IOException {
        return PreviewJson.of(imports.preview(file.getBytes(), name(file)));
    }

    @PostMapping(consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE})
    PreviewJson commitCsv(@RequestBody byte[] body) {
        return PreviewJson.committed(imports.commit(body, "du-lieu.csv"));
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    PreviewJson commitFile(@RequestPart("file") MultipartFile file) throws IOException {
        return PreviewJson.committed(imports.commit(file.getBytes(), name(file)));
    }

    @ExceptionHandler(ImportRejectedException.class)
    ResponseEntity<PreviewJson> rejected(ImportRejectedException e) {
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(PreviewJson.of(e.preview()));
    }

    /**
     * Two imports creating the same new indicator or unit at the same moment: the database let the other one through,
     * and this one wrote nothing. Sent again, it finds them and goes through.
     */
    @ExceptionHandler(ImportConflictException.class)
    ResponseEntity<Map<String, Object>> concurrent(ImportConflictException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .body(Map.of("error", e.getMessage(), "errors", List.of(e.getMessage())));
    }

    @ExceptionHandler({IllegalArgumentException.class, IllegalStateException.class})
    ResponseEntity<Map<String, List<String>>> invalid(RuntimeException e) {
        return ResponseEntity.badRequest().body(Map.of("errors", List.of(e.getMessage())));
    }

    private static String name(MultipartFile file) {
        String name = file.getOriginalFilename();
        return name == null || name.isBlank() ? "du-lieu.csv" : name;
    }

    /** Rows an answer lists in full; a file of 100 000 rows is summed up, not sent back whole. */
    static final int ROWS_SHOWN = 200;

    /**
     * The preview as JSON: one object per data row, in file order, the first {@value #ROWS_SHOWN} of them with all
     * their errors; the counts cover every row.
     */
    record PreviewJson(List<RowJson> rows, List<String> errors,
                       @JsonProperty("committed") boolean committed,
                       @JsonProperty("tong_so_dong") int totalRows,
                       @JsonProperty("so_dong_loi") long rowsWithErrors,
                       @JsonProperty("so_dong_khong_liet_ke") int rowsNotListed) {

        static PreviewJson of(ImportPreview preview) {
            return of(preview, false);
        }

        static PreviewJson committed(ImportPreview preview) {
            return of(preview, true);
        }

        private static PreviewJson of(ImportPreview preview, boolean committed) {
            List<ImportPreview.Row> all = preview.rows();
            List<String> errors = new java.util.ArrayList<>(preview.errors());
            long withErrors = all.stream().filter(ImportPreview.Row::hasErrors).count();
            long unlistedErrors = all.stream().skip(ROWS_SHOWN).filter(ImportPreview.Row::hasErrors).count();
            if (unlistedErrors > 0) {
                errors.add("Còn " + unlistedErrors + " dòng lỗi sau dòng thứ " + ROWS_SHOWN + " không liệt kê ở đây; "
                        + "sửa các lỗi trên rồi xem trước lại");
            }
            return new PreviewJson(all.stream().limit(ROWS_SHOWN).map(RowJson::of).toList(), errors, committed,
                    all.size(), withErrors, Math.max(0, all.size() - ROWS_SHOWN));
        }
    }

    record RowJson(
            int line,
            String ma,
            @JsonProperty("chi_tieu") String chiTieu,
            @JsonProperty("don_vi") String donVi,
            String ky,
            @JsonProperty("muc_tieu") String mucTieu,
            @JsonProperty("muc_tieu_van_ban") String mucTieuVanBan,
            @JsonProperty("ket_qua") String ketQua,
            @JsonProperty("ket_qua_doc_la") @Nullable String ketQuaDocLa,
            String verdict,
            boolean exceeded,
            boolean estimate,
            @JsonProperty("giai_thich") String giaiThich,
            @JsonProperty("hanh_dong") String hanhDong,
            @JsonProperty("ke_hoach") String keHoach,
            @JsonProperty("ke_hoach_doc_la") @Nullable String keHoachDocLa,
            @JsonProperty("hanh_dong_ke_hoach") @Nullable String hanhDongKeHoach,
            List<String> errors,
            List<String> warnings) {

        static RowJson of(ImportPreview.Row row) {
            return new RowJson(row.line(), row.code(), row.indicatorName(), row.unitName(), row.period(),
                    row.targetReading() == null ? row.targetText() : row.targetReading(), row.targetText(),
                    row.result(), row.resultReading(), row.verdict().name(), row.exceeded(), row.estimate(),
                    row.explanation(), row.action().name(), row.planText(), row.planReading(),
                    row.planAction() == null ? null : row.planAction().name(),
                    row.errors().stream().map(ImportPreview.CellError::toString).toList(), row.warnings());
        }
    }
}
