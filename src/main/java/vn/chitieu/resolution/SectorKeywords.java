package vn.chitieu.resolution;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.chitieu.indicator.Sector;

/**
 * The one table from words to sectors, for a heading ("Các chỉ tiêu về văn hóa - xã hội") and for a target listed
 * without one ("tỷ lệ hộ nghèo giảm còn 1%"). The word met first in the text decides: a subject names its head noun
 * first ("tỷ lệ lao động phi nông nghiệp" is about labour, not farming). Words that only say whom a share counts
 * ("dân số", "hộ", "người dân") are left out: "tỷ lệ dân số sử dụng nước sạch" is about water.
 */
final class SectorKeywords {

    private static final Map<Sector, List<String>> WORDS = Map.of(
            Sector.XAY_DUNG_DANG, List.of("xây dựng đảng", "hệ thống chính trị", "đảng viên", "đảng bộ", "chi bộ",
                    "tổ chức cơ sở đảng", "tổ chức đảng", "tccs", "cơ sở đảng", "mặt trận", "mttq", "đoàn thể",
                    "chính trị - xã hội", "chính trị-xã hội", "hội viên", "đoàn viên", "kết nạp", "cán bộ",
                    "công chức", "chính quyền", "cải cách hành chính", "thủ tục hành chính", "hồ sơ", "dân vận",
                    "kiểm tra, giám sát", "nghị quyết", "chuyển đổi số"),
            Sector.KINH_TE, List.of("kinh tế", "ngân sách", "giá trị sản xuất", "giá trị sản phẩm", "tổng sản phẩm",
                    "tăng trưởng", "thu nhập", "đầu tư", "dự án", "thương mại", "dịch vụ", "du lịch", "ocop",
                    "nông nghiệp", "công nghiệp", "tiểu thủ công nghiệp", "sản lượng", "doanh nghiệp", "hộ kinh doanh",
                    "giải ngân", "giao thông", "nhựa hóa", "bê tông hóa", "kiệt hẻm", "đường hẻm", "đường giao",
                    "nông thôn mới", "chiếu sáng", "đô thị", "cây trồng", "vật nuôi", "thủy sản", "sản xuất",
                    "hạ tầng", "chợ"),
            Sector.VAN_HOA_XA_HOI, List.of("văn hóa", "xã hội", "hộ nghèo", "cận nghèo", "giảm nghèo", "bảo hiểm",
                    "bhyt", "y tế", "trường", "giáo dục", "học sinh", "trẻ em", "lao động", "việc làm", "đào tạo",
                    "gia đình", "tăng dân số", "dân số tự nhiên", "sinh con", "tỷ suất sinh", "sinh thô", "an sinh", "chính sách", "người có công", "bác sĩ",
                    "suy dinh dưỡng", "khu dân cư", "thể dục", "thể thao", "tiêm chủng", "khám", "phổ cập"),
            Sector.MOI_TRUONG, List.of("môi trường", "nước sạch", "nước máy", "chất thải", "rác", "thu gom",
                    "cây xanh", "che phủ", "vệ sinh", "nước thải", "ô nhiễm", "xanh - sạch", "xanh-sạch"),
            Sector.QUOC_PHONG_AN_NINH, List.of("quốc phòng", "an ninh", "quân sự", "giao quân", "tuyển quân",
                    "nhập ngũ", "dân quân", "tội phạm", "trật tự", "ma túy", "tai nạn", "phòng cháy", "tố giác",
                    "tin báo", "nội chính", "tham nhũng", "biên phòng", "diễn tập", "huấn luyện"));

    private SectorKeywords() {
    }

    /** The sector the text speaks of, or null when no word of the table is in it. */
    static @Nullable Sector of(String text) {
        String t = ResolutionReader.normalize(text).toLowerCase(Locale.ROOT);
        Sector found = null;
        int at = Integer.MAX_VALUE;
        int length = 0;
        for (var entry : WORDS.entrySet()) {
            for (String word : entry.getValue()) {
                int i = indexOfWord(t, word);
                if (i >= 0 && (i < at || i == at && word.length() > length)) {
                    found = entry.getKey();
                    at = i;
                    length = word.length();
                }
            }
        }
        return found;
    }

    /** Where the word stands as a whole word, or -1. */
    private static int indexOfWord(String text, String word) {
        int from = 0;
        while (true) {
            int i = text.indexOf(word, from);
            if (i < 0) {
                return -1;
            }
            boolean startsWord = i == 0 || !Character.isLetter(text.charAt(i - 1));
            int end = i + word.length();
            boolean endsWord = end >= text.length() || !Character.isLetter(text.charAt(end));
            // "thị trường" (market) and "môi trường" are not schools
            boolean market = word.equals("trường") && (text.startsWith("thị ", Math.max(0, i - 4))
                    || text.startsWith("môi ", Math.max(0, i - 4)));
            if (startsWord && endsWord && !market) {
                return i;
            }
            from = i + 1;
        }
    }
}
