package vn.chitieu.evaluation;

import java.math.BigDecimal;
import java.util.Locale;
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
            "(?<!\\p{L})(chưa|không) (đạt|hoàn thành|được công nhận|bảo đảm|đảm bảo)(?!\\p{L})|(?<!\\p{L})không đạt");
    private static final Pattern ACHIEVED = Pattern.compile(
            "^(đã )?(đạt|vượt|hoàn thành|được công nhận|giữ vững)(?!\\p{L}).*|.*(?<!\\p{L})đều (đạt|được công nhận|hoàn thành)"
                    + "(?!\\p{L}).*|.*(?<!\\p{L})(đạt và vượt|vượt mục tiêu|vượt chỉ tiêu|vượt kế hoạch)(?!\\p{L}).*");

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
            case THRESHOLD, COMPLETION, GROWTH -> result.number() == null || result.kind() == ResultReading.Kind.CHANGE
                    && target.kind() != TargetKind.GROWTH ? undecidedNumber(result, byWords)
                    : compare(result, target.comparator(), target.value(), target.describe(), unit);
        };
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
        String wanted = simplify(target.phrase());
        String got = simplify(result.text());
        if (!wanted.isEmpty() && (got.contains(wanted) || wanted.contains(got) && got.length() > 8)) {
            return Evaluation.of(Verdict.DAT, false, result.estimate(),
                    "Kết quả nêu đúng trạng thái mục tiêu \"" + target.phrase() + "\"");
        }
        return Evaluation.undecided("Kết quả bằng lời không nói rõ đạt hay không: cần người đánh giá",
                result.estimate());
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
