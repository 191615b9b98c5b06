package vn.chitieu.base.ui;

import com.vaadin.flow.component.upload.UploadI18N;
import java.util.List;

/** The upload box's own texts in Vietnamese: only what a screen adds (its file types) differs between screens. */
public final class UploadTexts {

    private UploadTexts() {
    }

    /**
     * @param addFile   the button, naming what to upload ("Chọn tệp CSV hoặc XLSX…")
     * @param tooMany   said when more than one file is dropped
     * @param wrongType said when the file is of another type ("Chỉ nhận tệp .csv hoặc .xlsx")
     */
    public static UploadI18N vietnamese(String addFile, String tooMany, String wrongType) {
        UploadI18N i18n = new UploadI18N();
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne("Kéo tệp vào đây").setMany("Kéo các tệp vào đây"));
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(addFile).setMany("Chọn tệp…"));
        i18n.setError(new UploadI18N.Error().setTooManyFiles(tooMany)
                .setFileIsTooBig("Tệp lớn hơn 10 MB").setIncorrectFileType(wrongType));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting("Đang kết nối…").setStalled("Đang chờ…")
                        .setProcessing("Đang xử lý…").setHeld("Đang chờ"))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime().setPrefix("còn ").setUnknown("chưa rõ"))
                .setError(new UploadI18N.Uploading.Error().setServerUnavailable("Máy chủ không phản hồi")
                        .setUnexpectedServerError("Lỗi máy chủ").setForbidden("Không có quyền")));
        i18n.setUnits(new UploadI18N.Units(List.of("B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB")));
        return i18n;
    }
}
