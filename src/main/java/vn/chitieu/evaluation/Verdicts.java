package vn.chitieu.evaluation;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Judges one result against one target the way the reports judge it. The rules, each with the document row that
 * fixed it:
 * <ol>
 * <li><b>Bounded results read as just past their bound.</b> "trên 98%" is a value a little above 98, not 98 and
 * not "anything above 98": against a resolution target of 100% it is <i>không đạt</i> (000, chú thích 39: An Mỹ,
 * "Tỷ lệ tham gia bảo hiểm y tế trên 98% (theo Nghị quyết phấn đấu 100%)"). Likewise "mới đạt trên 4" against
 * "từ 6 trở lên" (000, chú thích 37: Trường Xuân's new Party members) is <i>không đạt</i>, while "trên 98%" against
 * "trên 98%" or "≥ 98%" is <i>đạt</i>.</li>
 * <li><b>A bare number means at least</b> (000, chú thích 37: "Tỷ lệ hộ dân sử dụng nước máy mới đạt 70% (nghị quyết
 * đề ra đạt 85%)" is <i>không đạt</i>).</li>
 * <li><b>Completion against the resolution without a stated target means 100%.</b> "% chỉ tiêu NQ", "% so với
 * Nghị quyết", "% kế hoạch", "% dự toán" measure completion; 60% of the resolution's target is <i>không đạt</i>
 * (000, chú thích 38: An Xuân, new Party members "đạt 60% chỉ tiêu Nghị quyết"), 100% is <i>đạt</i>
 * (002 phụ lục: "Thu ngân sách địa phương … 100%").</li>
 * <li><b>x/y units without a stated target mean all of them.</b> Only when the indicator is a count of units
 * (direction "ratio of units"): "7/8 khối phố có địa điểm sinh hoạt văn hóa" is <i>không đạt</i> (000, chú thích
 * 39: An Mỹ).</li>
 * <li><b>Ratings compare on the review scale</b>: "Hoàn thành nhiệm vụ" against "hoàn thành tốt nhiệm vụ trở lên"
 * is <i>không đạt</i> (000, chú thích 37: Trường Xuân's Front, 2024).</li>
 * <li><b>A result that states achievement in words is taken at its word</b>: "đạt và vượt chỉ tiêu" (004, giao
 * quân), "vượt mục tiêu đề ra" (000, giảm nghèo), "Đạt chuẩn" (002). Words that deny it ("chưa đạt", "không
 * hoàn thành") are <i>không đạt</i>. Any other wording is <i>chưa đánh giá</i>: the engine does not guess.</li>
 * <li><b>No target, no figure, or a placeholder ("…", "chờ kết quả") is chưa đánh giá</b>, never a verdict.</li>
 * </ol>
 */
public final class Verdicts {

    /** How far past its bound a bounded result is read: small enough never to cross the next whole step. */
    static final BigDecimal EPSILON = new BigDecimal("0.000001");

    private static final Pattern DENIAL = Pattern.compile(
            "(?<!\\p{L})(chưa|không) (đạt|hoàn thành|được công nhận|bảo đảm|đảm bảo|giữ được|giữ vững|duy trì được)"
                    + "(?!\\p{L})|(?<!\\p{L})không đạt|(?<!\\p{L})(mất chuẩn|bị thu hồi|bị rút)(?!\\p{L})");
    private static final Pattern ACHIEVED = Pattern.compile(
            "^(đã )?(đạt|vượt|hoàn thành|được công nhận|giữ vững)(?!\\p{L}).*|.*(?<!\\p{L})đều (đạt|được công nhận|hoàn thành)"
                    + "(?!\\p{L}).*|.*(?<!\\p{L})(đạt và vượt|vượt mục tiêu|vượt chỉ tiêu|vượt kế hoạch)(?!\\p{L}).*");

    /** A target that wants a direction against a previous figure: "không tăng so với năm trước", "giảm so với …". */
    private static final Pattern RELATIVE_TARGET = Pattern.compile(
            "^(?:phấn đấu |hằng năm |hàng năm |mỗi năm |kiềm chế,? |kiềm chế và )*(không tăng|không giảm|kéo giảm|giảm|tăng)"
                    + "(?!\\p{L})");
    /** A target that nothing be left or happen: "không còn hộ đói", "không để xảy ra ngộ độc thực phẩm". */
    private static final Pattern ZERO_TARGET = Pattern.compile(
            "^(?:phấn đấu |hằng năm |hàng năm |trên địa bàn )*(không còn|không để xảy ra|không để phát sinh|không xảy ra|"
                    + "không phát sinh|không có|không để|xóa hết|xoá hết|xóa bỏ|xoá bỏ|chấm dứt)(?!\\p{L})\\s*(.*)");
    private static final Pattern ZERO_RESULT = Pattern.compile("(?<!\\p{L})(không còn|chưa để xảy ra|không để xảy ra|"
            + "không xảy ra|chưa xảy ra|không có|không phát sinh|chưa phát sinh|đã xóa hết|đã xoá hết|xóa xong|"
            + "xoá xong)(?!\\p{L})");
    /** A target to keep what is already reached: "duy trì chuẩn quốc gia về y tế", "giữ vững danh hiệu …". */
    private static final Pattern MAINTAIN_TARGET = Pattern.compile(
            "^(?:phấn đấu |hằng năm |hàng năm |tiếp tục )*(duy trì|giữ vững|giữ)(?!\\p{L})\\s*(.*)");
    private static final Pattern MAINTAINED = Pattern.compile(
            "^(?:tiếp tục |vẫn |đã |được )*(duy trì|giữ vững|giữ|đạt|được công nhận|tái công nhận|công nhận lại)(?!\\p{L})");
    private static final Set<String> STOP_WORDS = Set.of("vẫn", "còn", "có", "xảy", "ra", "để", "chưa", "không",
            "phát", "sinh", "trên", "địa", "bàn", "toàn", "phường", "xã", "thị", "trấn", "năm", "đến", "nay", "hiện",
            "cuối", "là", "số", "tổng", "được", "đã", "các", "những", "trong", "của", "tại", "nào", "trường", "hợp",
            "xóa", "xoá", "hết", "xong", "bỏ", "chấm", "dứt", "tình", "trạng", "tiếp", "tục", "và", "đều");
    /** Words that only say what is counted ("5 hộ", "2 vụ"), not which of them. */
    private static final Set<String> UNIT_WORDS = Set.of("hộ", "người", "vụ", "em", "cháu", "đối", "tượng", "nhà",
            "căn", "cái", "con", "điểm", "lượt", "cơ", "sở", "gia", "đình", "khẩu", "nhân");
    private static final Pattern ALL_UNITS = Pattern.compile(
            "(?<!\\p{L})(các|những) [\\p{L} ,-]+ đều(?!\\p{L})|^đều(?!\\p{L})|(?<!\\p{L})(tất cả|toàn bộ|100%)(?!\\p{L})");

    private Verdicts() {
    }

    /**
     * @param target the target's reading, or null when the indicator has none
     * @param unitsCount whether the indicator counts units out of units, so that x/y without a target means all
     */
    public static Evaluation judge(@Nullable TargetReading target, ResultReading result, @Nullable String unit,
                                   boolean unitsCount) {
        if (result.isPending()) {
            return Evaluation.undecided("Chưa có kết quả", result.estimate());
        }
        Evaluation byWords = byWords(result);
        if (target == null) {
            if (byWords != null) {
                return byWords;
            }
            if (result.number() != null && isCompletionUnit(unit)) {
                return compare(result, Comparator.AT_LEAST, BigDecimal.valueOf(100), "100% (hoàn thành)", unit);
            }
            if (result.kind() == ResultReading.Kind.RATIO && unitsCount) {
                return compare(result, Comparator.AT_LEAST, BigDecimal.valueOf(100), "tất cả các đơn vị", unit);
            }
            return Evaluation.undecided("Chưa có mục tiêu để so sánh", result.estimate());
        }
        return switch (target.kind()) {
            case QUALITATIVE -> byWords != null ? byWords : byPhrase(target, result);
            case RATING -> byRating(target, result);
            case COMPOUND -> byWords != null ? byWords
                    : Evaluation.undecided("Chỉ tiêu ghép nhiều phần: cần kết quả của từng phần", result.estimate());
            case RANGE -> byRange(target, result, unit);
            case CHANGE -> byChange(target, result, unit);
            case RATIO -> result.number() == null ? undecidedNumber(result, byWords)
                    : compare(result, target.comparator(), TargetReading.percent(target.value(), target.value2()),
                    target.describe(), unit);
            case THRESHOLD, COMPLETION, GROWTH -> byLevel(target, result, unit, byWords);
        };
    }

    private static Evaluation byLevel(TargetReading target, ResultReading result, @Nullable String unit,
                                      @Nullable Evaluation byWords) {
        if (target.rating() != null && result.kind() == ResultReading.Kind.RATING) {
            return shareByRating(target, result);
        }
        if (result.number() == null || result.kind() == ResultReading.Kind.CHANGE && target.kind() != TargetKind.GROWTH) {
            return undecidedNumber(result, byWords);
        }
        boolean inPercent = result.text().contains("%") || unit != null && unit.strip().startsWith("%")
                || result.kind() == ResultReading.Kind.RATIO || result.kind() == ResultReading.Kind.CHANGE;
        if ((target.kind() == TargetKind.COMPLETION || target.kind() == TargetKind.GROWTH) && !inPercent) {
            // "2.306 tỷ đồng" against "đạt và vượt kế hoạch" or "tăng 9%/năm" is a level, not a share of the plan
            return Evaluation.undecided("Kết quả \"" + result.text() + "\" là một mức, còn mục tiêu " + target.describe()
                    + " cần tỷ lệ %: ghi kết quả theo % hoặc để hệ thống tính từ số liệu các năm", result.estimate());
        }
        if (result.kind() == ResultReading.Kind.RATIO && target.kind() == TargetKind.THRESHOLD
                && !(target.unit() != null && target.unit().startsWith("%")) && result.numerator() != null) {
            // "4/6 đảng viên" against "từ 6 trở lên": the count done, not its percentage, meets a count
            return compare(result.numerator(), result, target.comparator(), target.value(), target.describe(), unit);
        }
        return compare(result, target.comparator(), target.value(), target.describe(), unit);
    }

    /**
     * A share of units at a rating, against a result that gives one rating for them all ("Các chi bộ đều hoàn
     * thành tốt nhiệm vụ"): met only when every unit is said to reach it. A lower rating for "all" says nothing of
     * how many units reached the wanted one.
     */
    private static Evaluation shareByRating(TargetReading target, ResultReading result) {
        String t = result.text().toLowerCase(Locale.ROOT);
        boolean all = ALL_UNITS.matcher(t).find();
        if (all && result.rating().compareTo(target.rating()) >= 0) {
            return compare(BigDecimal.valueOf(100), result, target.comparator(), target.value(), target.describe(),
                    "%");
        }
        return Evaluation.undecided("Kết quả \"" + result.text() + "\" không cho biết tỷ lệ đơn vị đạt "
                + target.rating().label() + ": ghi số đơn vị, ví dụ 7/8", result.estimate());
    }

    /** Whether a unit measures completion against a plan or the resolution ("% chỉ tiêu NQ", "% kế hoạch"). */
    public static boolean isCompletionUnit(@Nullable String unit) {
        if (unit == null || !unit.strip().startsWith("%")) {
            return false;
        }
        String u = unit.toLowerCase(Locale.ROOT);
        return u.contains("chỉ tiêu") || u.contains("nq") || u.contains("nghị quyết") || u.contains("kế hoạch")
                || u.contains("dự toán");
    }

    private static Evaluation undecidedNumber(ResultReading result, @Nullable Evaluation byWords) {
        return byWords != null ? byWords
                : Evaluation.undecided("Kết quả \"" + result.text() + "\" không phải con số để so với mục tiêu",
                result.estimate());
    }

    private static @Nullable Evaluation byWords(ResultReading result) {
        if (result.kind() != ResultReading.Kind.TEXT) {
            return null;
        }
        String t = result.text().toLowerCase(Locale.ROOT).strip();
        if (DENIAL.matcher(t).find()) {
            return Evaluation.of(Verdict.KHONG_DAT, false, result.estimate(), "Kết quả ghi \"" + result.text() + "\"");
        }
        if (ACHIEVED.matcher(t).matches()) {
            boolean exceeded = t.contains("vượt");
            return Evaluation.of(Verdict.DAT, exceeded, result.estimate(), "Kết quả ghi \"" + result.text() + "\"");
        }
        return null;
    }

    private static Evaluation byPhrase(TargetReading target, ResultReading result) {
        String phrase = target.phrase() == null ? "" : target.phrase().toLowerCase(Locale.ROOT).strip();
        Matcher relative = RELATIVE_TARGET.matcher(phrase);
        if (relative.find() && (!relative.group(1).matches("giảm|tăng") || phrase.matches(".*(so với|so cùng kỳ).*"))) {
            Evaluation moved = byMovement(relative.group(1), target, result);
            if (moved != null) {
                return moved;
            }
        }
        Matcher zero = ZERO_TARGET.matcher(phrase);
        if (zero.find()) {
            Evaluation none = byZeroState(zero.group(2), target, result);
            if (none != null) {
                return none;
            }
        }
        Matcher keep = MAINTAIN_TARGET.matcher(phrase);
        if (keep.find() && result.kind() == ResultReading.Kind.TEXT) {
            String got = result.text().toLowerCase(Locale.ROOT);
            Set<String> kept = words(keep.group(2));
            if (MAINTAINED.matcher(got).find() && (kept.isEmpty() || words(got).stream().anyMatch(kept::contains)
                    || got.strip().matches("(tiếp tục |vẫn |đã )*(duy trì|giữ vững|giữ)( được)?\\.?"))) {
                return Evaluation.of(Verdict.DAT, false, result.estimate(),
                        "Kết quả \"" + result.text() + "\" giữ được trạng thái mục tiêu \"" + target.phrase() + "\"");
            }
        }
        String wanted = simplify(target.phrase());
        String got = simplify(result.text());
        if (!wanted.isEmpty() && (got.contains(wanted) || wanted.contains(got) && got.length() > 8)) {
            return Evaluation.of(Verdict.DAT, false, result.estimate(),
                    "Kết quả nêu đúng trạng thái mục tiêu \"" + target.phrase() + "\"");
        }
        return Evaluation.undecided("Kết quả bằng lời không nói rõ đạt hay không: cần người đánh giá",
                result.estimate());
    }

    /**
     * "không tăng so với năm trước" against "thấp hơn năm trước", "giảm 3 vụ", "tăng 2 vụ": the direction the result
     * moved in, against the direction wanted. Null when the result states no direction.
     */
    private static @Nullable Evaluation byMovement(String wanted, TargetReading target, ResultReading result) {
        int moved;
        if (result.kind() == ResultReading.Kind.CHANGE && result.number() != null) {
            moved = result.number().signum() == 0 ? 0 : result.decrease() ? -1 : 1;
        } else if (result.kind() == ResultReading.Kind.TEXT) {
            String t = result.text().toLowerCase(Locale.ROOT);
            if (t.matches(".*(?<!\\p{L})(không tăng|không cao hơn|không vượt)(?!\\p{L}).*")) {
                moved = wanted.startsWith("không tăng") ? -1 : 2;
            } else if (t.matches(".*(?<!\\p{L})(thấp hơn|giảm|ít hơn|kéo giảm|nhỏ hơn)(?!\\p{L}).*")) {
                moved = -1;
            } else if (t.matches(".*(?<!\\p{L})(cao hơn|tăng|nhiều hơn|lớn hơn)(?!\\p{L}).*")) {
                moved = 1;
            } else if (t.matches(".*(?<!\\p{L})(bằng|tương đương|giữ nguyên|không thay đổi|như)(?!\\p{L}).*")) {
                moved = 0;
            } else {
                return null;
            }
        } else {
            return null;
        }
        if (moved == 2) {
            // "không tăng" against a wish to go down: not enough to say it went down
            return null;
        }
        boolean met = switch (wanted) {
            case "không tăng" -> moved <= 0;
            case "không giảm" -> moved >= 0;
            case "tăng" -> moved > 0;
            default -> moved < 0; // giảm, kéo giảm
        };
        return Evaluation.of(met ? Verdict.DAT : Verdict.KHONG_DAT, false, result.estimate(),
                "Kết quả \"" + result.text() + "\" " + (met ? "đúng" : "ngược") + " chiều mục tiêu \"" + target.phrase()
                        + "\"");
    }

    /**
     * "không còn hộ đói", "không để xảy ra ngộ độc thực phẩm": none left is met, some left is not. A count is held
     * against the target only when it counts the same thing: "vẫn còn 5 hộ" names nothing else, "còn 14 hộ nghèo"
     * against "không còn hộ nghèo thuộc diện tác động giảm nghèo" counts a wider group and says nothing. Null when
     * the result does not say.
     */
    private static @Nullable Evaluation byZeroState(String subject, TargetReading target, ResultReading result) {
        Set<String> wanted = content(subject);
        String t = result.text().toLowerCase(Locale.ROOT);
        Matcher none = ZERO_RESULT.matcher(t);
        boolean zero = none.find() || result.kind() == ResultReading.Kind.NUMBER && result.number() != null
                && result.number().signum() == 0 && result.bound() == null;
        Set<String> got = content(t);
        if (zero) {
            // none of a wider group ("không còn hộ") is none of the group wanted
            if (wanted.containsAll(got)) {
                return Evaluation.of(Verdict.DAT, false, result.estimate(),
                        "Kết quả \"" + result.text() + "\" đạt trạng thái mục tiêu \"" + target.phrase() + "\"");
            }
            return null;
        }
        boolean some = result.kind() == ResultReading.Kind.NUMBER && result.number() != null
                && result.number().signum() > 0 && result.bound() != ValueBound.BELOW;
        got.removeAll(UNIT_WORDS);
        if (some && (got.isEmpty() || got.containsAll(withoutUnits(wanted)))) {
            return Evaluation.of(Verdict.KHONG_DAT, false, result.estimate(),
                    "Kết quả \"" + result.text() + "\": vẫn còn, mục tiêu là \"" + target.phrase() + "\"");
        }
        return null;
    }

    private static Set<String> withoutUnits(Set<String> words) {
        Set<String> rest = new HashSet<>(words);
        rest.removeAll(UNIT_WORDS);
        return rest;
    }

    /** The words of a text that name something: without numbers, the verbs of being left or happening, places. */
    private static Set<String> content(String text) {
        Set<String> w = words(text);
        w.removeAll(STOP_WORDS);
        return w;
    }

    private static Set<String> words(String text) {
        Set<String> w = new HashSet<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (!word.isBlank()) {
                w.add(word);
            }
        }
        return w;
    }

    private static Evaluation byRating(TargetReading target, ResultReading result) {
        if (result.rating() == null) {
            return Evaluation.undecided("Kết quả \"" + result.text() + "\" không phải mức xếp loại", result.estimate());
        }
        int cmp = result.rating().compareTo(target.rating());
        boolean met = target.comparator() == Comparator.EQUAL ? cmp == 0 : cmp >= 0;
        return Evaluation.of(met ? Verdict.DAT : Verdict.KHONG_DAT, met && cmp > 0, result.estimate(),
                "Xếp loại \"" + result.rating().label() + "\" so với mục tiêu " + target.describe());
    }

    private static Evaluation byRange(TargetReading target, ResultReading result, @Nullable String unit) {
        if (result.number() == null) {
            return undecidedNumber(result, byWords(result));
        }
        BigDecimal value = effective(result);
        boolean low = value.compareTo(target.value()) < 0;
        boolean high = value.compareTo(target.value2()) > 0;
        return Evaluation.of(low ? Verdict.KHONG_DAT : Verdict.DAT, high, result.estimate(),
                "Kết quả " + result.describe(unit) + (low ? " dưới" : high ? " vượt" : " trong") + " khoảng mục tiêu "
                        + target.describe());
    }

    private static Evaluation byChange(TargetReading target, ResultReading result, @Nullable String unit) {
        if (result.number() == null) {
            return undecidedNumber(result, byWords(result));
        }
        if (result.kind() == ResultReading.Kind.NUMBER && ResultParser.statesLevel(result.text())) {
            // "còn 1,5%" is where the level ended, the target is how far it should fall
            return Evaluation.undecided("Kết quả \"" + result.text() + "\" là mức còn lại, mục tiêu là mức thay đổi "
                    + target.describe() + ": ghi mức giảm, ví dụ \"giảm 0,8%\"", result.estimate());
        }
        if (target.changeOfBaseline() && !result.text().contains("%") && !result.text().contains("/")) {
            return Evaluation.undecided("Mục tiêu " + target.describe() + " tính theo phần của mức gốc: ghi kết quả theo "
                    + "% (ví dụ \"giảm 35%\") hoặc để hệ thống tính từ số liệu năm gốc", result.estimate());
        }
        // a change written without a direction ("5 hộ") is taken in the target's direction
        boolean sameDirection = result.kind() != ResultReading.Kind.CHANGE || result.decrease() == target.decrease();
        BigDecimal amount = sameDirection ? effective(result) : effective(result).negate();
        return compare(amount, result, target.comparator(), target.value(), target.describe(), unit);
    }

    private static Evaluation compare(ResultReading result, Comparator comparator, BigDecimal target,
                                      String targetText, @Nullable String unit) {
        return compare(effective(result), result, comparator, target, targetText, unit);
    }

    private static Evaluation compare(BigDecimal value, ResultReading result, Comparator comparator,
                                      BigDecimal target, String targetText, @Nullable String unit) {
        int cmp = value.compareTo(target);
        boolean met = switch (comparator) {
            case MORE_THAN -> cmp > 0;
            case AT_LEAST -> cmp >= 0;
            case LESS_THAN -> cmp < 0;
            case AT_MOST -> cmp <= 0;
            case EQUAL, BETWEEN -> cmp == 0;
        };
        boolean higherIsBetter = comparator != Comparator.LESS_THAN && comparator != Comparator.AT_MOST;
        boolean beyond = higherIsBetter ? cmp > 0 : cmp < 0;
        String explanation = "Kết quả " + result.describe(unit) + (met ? " đạt" : " chưa đạt") + " mục tiêu "
                + targetText + (result.bound() == ValueBound.ABOVE || result.bound() == ValueBound.BELOW
                ? " (số \"" + result.describe(unit) + "\" được hiểu là vừa qua mốc " + VnNumbers.format(result.number())
                + ")" : "");
        return Evaluation.of(met ? Verdict.DAT : Verdict.KHONG_DAT, met && beyond, result.estimate(), explanation);
    }

    /** The value a result stands for: a bounded result sits just past its bound (rule 1). */
    static BigDecimal effective(ResultReading result) {
        BigDecimal number = result.number();
        if (result.bound() == ValueBound.ABOVE) {
            return number.add(EPSILON);
        }
        if (result.bound() == ValueBound.BELOW) {
            return number.subtract(EPSILON);
        }
        return number;
    }

    private static String simplify(@Nullable String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
