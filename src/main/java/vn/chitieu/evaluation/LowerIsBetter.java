package vn.chitieu.evaluation;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The one table of subjects where less is better: a poverty rate, malnutrition, road accidents. Resolutions often
 * write such a target as a bare number ("Tỷ lệ hộ nghèo: 2,5%"), which means <em>at most</em> 2,5%, not at least.
 * The reading says so ("≤ 2,5% · càng thấp càng tốt") so an administrator who disagrees can state the direction
 * (the import's {@code chieu} column, the catalogue form); a stated direction or words like "trên" always win.
 * <p>
 * An amount of decrease ("Mức giảm tỷ lệ hộ nghèo", "Số hộ thoát nghèo") is not such a subject: a larger decrease is
 * better, and those targets are read as changes before this table is asked.
 */
public final class LowerIsBetter {

    /** Words naming a subject where a lower level is better, as the documents write them. */
    static final List<String> SUBJECTS = List.of(
            "hộ nghèo", "hộ cận nghèo", "tỷ lệ nghèo", "tái nghèo", "hộ đói",
            "suy dinh dưỡng", "thấp còi", "nhẹ cân",
            "tỷ suất sinh", "sinh con thứ 3", "sinh con thứ ba", "sinh con thứ 3 trở lên",
            "tăng dân số", "tỷ số giới tính khi sinh", "mất cân bằng giới tính",
            "tai nạn giao thông", "tai nạn lao động", "phạm pháp hình sự", "tội phạm", "tệ nạn", "ma túy", "ma tuý",
            "cháy nổ", "vụ cháy", "ngộ độc", "tử vong", "thất nghiệp", "bỏ học", "lưu ban",
            "khiếu nại vượt cấp", "đơn thư vượt cấp", "nợ đọng", "nợ xấu", "nợ thuế", "thất thu",
            "nhà tạm", "nhà dột nát", "ô nhiễm", "vi phạm");

    /** Words that make the subject an amount of improvement, where more is better. */
    private static final List<String> IMPROVEMENT = List.of("mức giảm", "thoát nghèo", "thoát cận nghèo",
            "kéo giảm", "giảm nghèo", "phòng, chống", "phòng chống", "điều tra", "khám phá", "làm rõ", "xử lý",
            "giải quyết", "triệt phá", "bắt giữ", "cai nghiện", "hỗ trợ", "xóa", "xoá");

    private LowerIsBetter() {
    }

    /** The subject the text names, or null when it names none of the table's or names an improvement of one. */
    public static @Nullable String subject(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = TargetParser.nfc(text).toLowerCase(Locale.ROOT).replace("tỉ lệ", "tỷ lệ").replace("tỉ suất",
                "tỷ suất");
        if (t.strip().startsWith("giảm") || IMPROVEMENT.stream().anyMatch(t::contains)) {
            return null;
        }
        return SUBJECTS.stream().filter(t::contains).findFirst().orElse(null);
    }
}
