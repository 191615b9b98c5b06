package vn.chitieu.dataimport;

/** A commit refused whole: nothing was written. Carries the preview with every row's errors. */
public class ImportRejectedException extends RuntimeException {

    private final transient ImportPreview preview;

    public ImportRejectedException(ImportPreview preview) {
        super("Không ghi dòng nào vì tệp có lỗi: " + String.join("; ", preview.allErrors().stream().limit(5).toList())
                + (preview.allErrors().size() > 5 ? "; …" : ""));
        this.preview = preview;
    }

    public ImportPreview preview() {
        return preview;
    }
}
