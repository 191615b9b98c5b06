package vn.chitieu.evaluation;

/** The verdict a report states for a target: met, not met, or not (yet) decidable. */
public enum Verdict {
    DAT("Đạt"),
    KHONG_DAT("Không đạt"),
    CHUA_DANH_GIA("Chưa đánh giá");

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
