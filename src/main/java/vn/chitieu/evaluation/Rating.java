package vn.chitieu.evaluation;

import java.util.Locale;
import java.util.Optional;

/** The ordinal scale of Party and mass-organisation reviews, from worst to best. */
public enum Rating {
    KHONG_HOAN_THANH("không hoàn thành nhiệm vụ"),
    HOAN_THANH("hoàn thành nhiệm vụ"),
    HOAN_THANH_TOT("hoàn thành tốt nhiệm vụ"),
    HOAN_THANH_XUAT_SAC("hoàn thành xuất sắc nhiệm vụ");

    private final String label;

    Rating(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * The rating a text states: "Hoàn thành xuất sắc nhiệm vụ nhiều năm", "hoàn thành tốt nhiệm vụ trở lên", or the
     * short grades "Xuất sắc" and "Tốt" that reports use for the same scale. "Khá" belongs to other scales and is
     * not read.
     */
    public static Optional<Rating> find(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        if (t.contains("không hoàn thành") || t.contains("chưa hoàn thành")) {
            return Optional.of(KHONG_HOAN_THANH);
        }
        if (t.contains("xuất sắc")) {
            return Optional.of(HOAN_THANH_XUAT_SAC);
        }
        if (t.contains("hoàn thành tốt") || t.strip().equals("tốt")) {
            return Optional.of(HOAN_THANH_TOT);
        }
        if (t.contains("hoàn thành nhiệm vụ")) {
            return Optional.of(HOAN_THANH);
        }
        return Optional.empty();
    }
}
