package vn.chitieu.evaluation;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads a result as reports write it: {@code 85,57%}, {@code trên 98%}, {@code mới đạt trên 4},
 * {@code 73/85 (85,9%)}, {@code khoảng 23.855}, {@code giảm 5 hộ}, {@code Hoàn thành nhiệm vụ},
 * {@code 98,5% (dự kiến)}, {@code chờ kết quả đánh giá}.
 */
public final class ResultParser {

    private static final Pattern RATIO = Pattern.compile("(\\d[\\d.]*)\\s*/\\s*(\\d[\\d.]*)");
    private static final Pattern ESTIMATE = Pattern.compile(
            "\\(?\\s*(?<!\\p{L})(dự kiến|ước thực hiện|ước đạt|ước tính|ước)(?!\\p{L})\\s*\\)?"
                    + "|tính đến (ngày )?\\d{1,2}/\\d{1,2}(/\\d{2,4})?");
    private static final Pattern PENDING = Pattern.compile(
            "^(…|\\.\\.\\.|-|—|chờ.*|chưa có.*|đang (tổng hợp|đánh giá|chờ).*|chưa đánh giá.*)$");

    private ResultParser() {
    }

    public static ParseResult<ResultReading> parse(@Nullable String text, @Nullable String unit) {
        String original = text == null ? "" : TargetParser.nfc(text).strip();
        String t = original.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        boolean estimate = false;
        Matcher est = ESTIMATE.matcher(t);
        if (est.find()) {
            estimate = true;
            t = est.replaceAll(" ").replaceAll("\\s+", " ").strip();
        }
        if (t.isEmpty() || PENDING.matcher(t).matches()) {
            return ParseResult.ok(reading(original, ResultReading.Kind.PENDING, null, null, null, null, estimate,
                    false, null));
        }
        Optional<Rating> rating = Rating.find(t);
        if (rating.isPresent() && VnNumbers.firstToken(t) == null) {
            return ParseResult.ok(reading(original, ResultReading.Kind.RATING, null, null, null, null, estimate,
                    false, rating.get()));
        }
        String figures = t.replaceAll("\\b(?:19|20)\\d{2}\\s*[-–]\\s*(?:19|20)\\d{2}\\b|năm \\d{4}", " ");
        Matcher ratio = RATIO.matcher(figures);
        if (ratio.find()) {
            ParseResult<BigDecimal> numerator = TargetParser.number(ratio.group(1), "đơn vị");
            ParseResult<BigDecimal> denominator = TargetParser.number(ratio.group(2), "đơn vị");
            if (!numerator.isOk() || !denominator.isOk()) {
                return ParseResult.error("Không đọc được \"" + ratio.group() + "\" dạng số đạt/tổng số");
            }
            if (denominator.orElseThrow().signum() == 0) {
                return ParseResult.error("\"" + ratio.group() + "\": tổng số phải lớn hơn 0");
            }
            if (numerator.orElseThrow().compareTo(denominator.orElseThrow()) > 0) {
                return ParseResult.error("\"" + ratio.group() + "\": số đạt lớn hơn tổng số; kiểm tra lại hoặc ghi "
                        + "theo dạng số đạt/tổng số");
            }
            BigDecimal percent = TargetReading.percent(numerator.orElseThrow(), denominator.orElseThrow());
            return ParseResult.ok(reading(original, ResultReading.Kind.RATIO, percent, numerator.orElseThrow(),
                    denominator.orElseThrow(), null, estimate, false, null));
        }
        Matcher token = VnNumbers.firstToken(figures);
        if (token == null) {
            if (!t.matches(".*\\p{L}.*")) {
                return ParseResult.error("Không đọc được kết quả \"" + original + "\"; ghi số (ví dụ 98,5%), "
                        + "dạng số đạt/tổng số (ví dụ 7/8) hoặc bằng lời");
            }
            return ParseResult.ok(reading(original, ResultReading.Kind.TEXT, null, null, null, null, estimate,
                    false, null));
        }
        ParseResult<BigDecimal> number = TargetParser.number(token.group(), unit);
        if (!number.isOk()) {
            return ParseResult.error(number.errors().getFirst());
        }
        String before = figures.substring(0, token.start());
        BigDecimal value = number.orElseThrow();
        ValueBound bound = null;
        if (before.matches(".*(trên|hơn|vượt|>|≥)\\s*$") || before.matches(".*(trên|hơn)\\s+[-+]?$")) {
            bound = ValueBound.ABOVE;
        } else if (before.matches(".*(dưới|<|≤|gần)\\s*$")) {
            bound = before.strip().endsWith("gần") ? ValueBound.ABOUT : ValueBound.BELOW;
        } else if (before.matches(".*(khoảng|xấp xỉ|~|chừng)\\s*$")) {
            bound = ValueBound.ABOUT;
        }
        value = rescale(value, figures.substring(token.end()), unit);
        boolean decrease = before.matches(".*(?<!\\p{L})giảm(?!\\p{L}).*");
        boolean increase = before.matches(".*(?<!\\p{L})tăng(?!\\p{L}).*");
        return ParseResult.ok(reading(original, decrease || increase ? ResultReading.Kind.CHANGE
                : ResultReading.Kind.NUMBER, value, null, null, bound, estimate, decrease, null));
    }

    /**
     * Money written in another scale than the indicator's unit: "1,5 tỷ" against "triệu đồng" is 1.500. Only the
     * scale words of Vietnamese money are converted (nghìn/ngàn, triệu, tỷ/tỉ); anything else is left as written.
     */
    static BigDecimal rescale(BigDecimal value, String after, @Nullable String unit) {
        int written = scale(after.strip());
        int wanted = unit == null ? -1 : scale(unit.toLowerCase(Locale.ROOT).strip());
        if (written < 0 || wanted < 0 || written == wanted) {
            return value;
        }
        return value.scaleByPowerOfTen(written - wanted).stripTrailingZeros();
    }

    /** The power of ten a leading money word stands for, or -1. */
    private static int scale(String text) {
        if (text.matches("^(tỷ|tỉ)(?!\\p{L}).*")) {
            return 9;
        }
        if (text.matches("^triệu(?!\\p{L}).*")) {
            return 6;
        }
        if (text.matches("^(nghìn|ngàn)(?!\\p{L}).*")) {
            return 3;
        }
        if (text.matches("^đồng(?!\\p{L}).*")) {
            return 0;
        }
        return -1;
    }

    private static ResultReading reading(String text, ResultReading.Kind kind, @Nullable BigDecimal number,
                                         @Nullable BigDecimal numerator, @Nullable BigDecimal denominator,
                                         @Nullable ValueBound bound, boolean estimate, boolean decrease,
                                         @Nullable Rating rating) {
        return new ResultReading(text, kind, number, numerator, denominator, bound, estimate, decrease, rating);
    }
}
