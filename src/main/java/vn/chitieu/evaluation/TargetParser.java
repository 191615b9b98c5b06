package vn.chitieu.evaluation;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads a target as a resolution writes it: {@code trên 95%}, {@code >=98}, {@code dưới 0,5%}, {@code 13/13 xã},
 * {@code giảm 11 hộ}, {@code tăng bình quân 9%/năm}, {@code hoàn thành tốt nhiệm vụ trở lên}, {@code từ 3-4 dự án},
 * {@code không còn hộ nghèo…}. A bare number means <em>at least</em>.
 */
public final class TargetParser {

    private static final Pattern RATIO = Pattern.compile("(\\d+)\\s*/\\s*(\\d+)");
    private static final Pattern RANGE = Pattern.compile("(\\d[\\d.,]*)\\s*(?:-|–|—|đến)\\s*(\\d[\\d.,]*)");
    private static final Pattern BY_YEAR = Pattern.compile("đến (?:năm )?(\\d{4})");
    private static final Pattern YEAR_WORDS = Pattern.compile(
            "(?:năm|so với năm|đến năm)\\s*\\d{4}|\\b(?:19|20)\\d{2}\\s*[-–]\\s*(?:19|20)\\d{2}\\b");
    private static final Pattern COMPARATOR_SYMBOL = Pattern.compile("(>=|=>|≥|<=|=<|≤|>|<|=)\\s*[-+]?\\d");

    private TargetParser() {
    }

    /**
     * @param unit          the indicator's unit (ĐVT); settles ambiguous numbers and percentages
     * @param indicatorName the indicator's name: "Giảm số hộ nghèo" turns a bare number into a decrease
     * @param comparator    an explicit direction (an import's {@code chieu} column), overriding the words
     */
    public static ParseResult<TargetReading> parse(String text, @Nullable String unit, @Nullable String indicatorName,
                                                   @Nullable Comparator comparator) {
        String original = nfc(text).strip();
        if (original.isEmpty()) {
            return ParseResult.error("Mục tiêu đang để trống; ghi như văn kiện, ví dụ \"trên 95%\" hoặc \"giảm 11 hộ\"");
        }
        String t = original.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        String name = indicatorName == null ? "" : nfc(indicatorName).toLowerCase(Locale.ROOT);
        // resolutions often put the horizon in the indicator's name ("Tuyển quân và giao quân hằng năm")
        Horizon horizon = horizon(t) != Horizon.TERM ? horizon(t) : horizon(name);
        Integer horizonYear = byYear(t);

        String[] parts = t.split("\\s*;\\s*");
        if (parts.length > 1) {
            List<TargetReading> readings = new ArrayList<>();
            for (String part : parts) {
                ParseResult<TargetReading> reading = parse(part, unit, indicatorName, comparator);
                if (!reading.isOk()) {
                    return reading;
                }
                readings.add(reading.orElseThrow());
            }
            return ParseResult.ok(new TargetReading(original, TargetKind.COMPOUND, Comparator.AT_LEAST, null, null,
                    unit, horizon, horizonYear, false, null, null, readings));
        }

        Optional<Rating> rating = Rating.find(t);
        if (rating.isPresent() && (t.contains("nhiệm vụ") || "xếp loại".equals(unit))) {
            Comparator direction = t.contains("trở lên") ? Comparator.AT_LEAST : Comparator.EQUAL;
            return ParseResult.ok(new TargetReading(original, TargetKind.RATING, direction, null, null, unit, horizon,
                    horizonYear, false, rating.get(), null, List.of()));
        }

        // years ("đến năm 2030") are horizons, not values
        String figures = YEAR_WORDS.matcher(t).replaceAll(" ");
        Matcher ratio = RATIO.matcher(figures);
        if (ratio.find()) {
            BigDecimal numerator = new BigDecimal(ratio.group(1));
            BigDecimal denominator = new BigDecimal(ratio.group(2));
            if (denominator.signum() == 0 || numerator.compareTo(denominator) > 0) {
                return ParseResult.error("\"" + ratio.group() + "\": số đơn vị đạt không thể lớn hơn tổng số, "
                        + "và tổng số phải lớn hơn 0");
            }
            return ParseResult.ok(new TargetReading(original, TargetKind.RATIO,
                    comparator == null ? Comparator.AT_LEAST : comparator, numerator, denominator,
                    unitAfter(original, ratio.end(), unit), horizon, horizonYear, false, null, null, List.of()));
        }
        Matcher range = RANGE.matcher(figures);
        if (range.find()) {
            ParseResult<BigDecimal> low = number(range.group(1), unit);
            ParseResult<BigDecimal> high = number(range.group(2), unit);
            if (!low.isOk() || !high.isOk()) {
                return ParseResult.error(String.join("; ", low.isOk() ? high.errors() : low.errors()));
            }
            if (low.orElseThrow().compareTo(high.orElseThrow()) > 0) {
                return ParseResult.error("Khoảng \"" + range.group() + "\" có đầu dưới lớn hơn đầu trên");
            }
            return ParseResult.ok(new TargetReading(original, TargetKind.RANGE, Comparator.BETWEEN, low.orElseThrow(),
                    high.orElseThrow(), unit, horizon, horizonYear, false, null, null, List.of()));
        }

        Matcher token = VnNumbers.firstToken(figures);
        if (token == null) {
            if (!t.matches(".*\\p{L}.*")) {
                return ParseResult.error("Không đọc được mục tiêu \"" + original + "\"; ghi số (ví dụ \"trên 95%\") "
                        + "hoặc trạng thái bằng lời (ví dụ \"vững mạnh về quốc phòng - an ninh\")");
            }
            return ParseResult.ok(new TargetReading(original, TargetKind.QUALITATIVE, Comparator.EQUAL, null, null,
                    unit, horizon, horizonYear, false, null, original, List.of()));
        }
        ParseResult<BigDecimal> value = number(token.group(), unit);
        if (!value.isOk()) {
            return ParseResult.error(value.errors().getFirst());
        }
        Comparator direction = comparator != null ? comparator : comparator(figures);
        String valueUnit = unitAfter(original, -1, unit);
        boolean percentPerYear = t.contains("%/năm") || "%/năm".equals(unit);
        boolean growthWords = t.contains("tăng") || t.contains("bình quân") || name.contains("tốc độ tăng");
        if (percentPerYear || (growthWords && t.contains("%") && !t.contains("giảm"))) {
            Horizon growthHorizon = t.contains("bình quân") || percentPerYear ? Horizon.AVERAGE_ANNUAL : horizon;
            return ParseResult.ok(new TargetReading(original, TargetKind.GROWTH, direction, value.orElseThrow(), null,
                    "%", growthHorizon, horizonYear, false, null, null, List.of()));
        }
        boolean decrease = t.startsWith("giảm") || t.contains(" giảm ") || (name.startsWith("giảm") && !t.contains("%"));
        boolean increase = t.startsWith("tăng") || t.contains(" tăng ");
        if (decrease || increase) {
            return ParseResult.ok(new TargetReading(original, TargetKind.CHANGE, direction, value.orElseThrow(), null,
                    valueUnit, horizon, horizonYear, decrease, null, null, List.of()));
        }
        String where = t + " " + (unit == null ? "" : unit.toLowerCase(Locale.ROOT));
        boolean completion = where.contains("%") && (where.contains("kế hoạch") || where.contains("dự toán")
                || where.contains("chỉ tiêu") || where.contains("so với nghị quyết") || where.contains("so với nq"));
        return ParseResult.ok(new TargetReading(original, completion ? TargetKind.COMPLETION : TargetKind.THRESHOLD,
                direction, value.orElseThrow(), null, valueUnit, horizon, horizonYear, false, null, null, List.of()));
    }

    /** The direction stated in words or symbols; a bare number means at least. */
    static Comparator comparator(String t) {
        Matcher symbol = COMPARATOR_SYMBOL.matcher(t);
        if (symbol.find()) {
            return switch (symbol.group(1)) {
                case ">=", "=>", "≥" -> Comparator.AT_LEAST;
                case "<=", "=<", "≤" -> Comparator.AT_MOST;
                case ">" -> Comparator.MORE_THAN;
                case "<" -> Comparator.LESS_THAN;
                default -> Comparator.EQUAL;
            };
        }
        // multi-word phrases first: "không dưới" contains "dưới", "không vượt quá" contains "vượt"
        if (t.matches(".*(không vượt quá|không quá|tối đa|nhiều nhất)\\s*[-+]?\\d.*")) {
            return Comparator.AT_MOST;
        }
        if (t.matches(".*(không dưới|không thấp hơn|tối thiểu|ít nhất)\\s*[-+]?\\d.*") || t.contains("trở lên")) {
            return Comparator.AT_LEAST;
        }
        if (t.matches(".*(trên|hơn|vượt)\\s*[-+]?\\d.*")) {
            return Comparator.MORE_THAN;
        }
        if (t.matches(".*(dưới|thấp hơn|ít hơn)\\s*[-+]?\\d.*") || t.contains("trở xuống")) {
            return t.contains("trở xuống") ? Comparator.AT_MOST : Comparator.LESS_THAN;
        }
        return Comparator.AT_LEAST;
    }

    static Horizon horizon(String t) {
        if (t.contains("bình quân")) {
            return Horizon.AVERAGE_ANNUAL;
        }
        if (t.contains("lũy kế") || t.contains("luỹ kế") || t.contains("cộng dồn")) {
            return Horizon.CUMULATIVE;
        }
        if (BY_YEAR.matcher(t).find()) {
            return Horizon.BY_YEAR;
        }
        if (t.contains("hằng năm") || t.contains("hàng năm") || t.contains("mỗi năm")) {
            return Horizon.ANNUAL;
        }
        return Horizon.TERM;
    }

    private static @Nullable Integer byYear(String t) {
        Matcher m = BY_YEAR.matcher(t);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    /** Reads a number token, failing with a message when the token is malformed or ambiguous. */
    static ParseResult<BigDecimal> number(String token, @Nullable String unit) {
        return switch (VnNumbers.read(token, unit)) {
            case VnNumbers.Exact exact -> ParseResult.ok(exact.value());
            case VnNumbers.Ambiguous ambiguous -> ParseResult.error(ambiguous.message());
            case VnNumbers.Invalid invalid -> ParseResult.error(invalid.message());
        };
    }

    /** The unit written with the figure ("13/13 xã", "3,93km"), else the indicator's. */
    private static @Nullable String unitAfter(String text, int from, @Nullable String fallback) {
        if (text.contains("%")) {
            return fallback != null && fallback.startsWith("%") ? fallback : "%";
        }
        if (from >= 0 && from < text.length()) {
            String rest = text.substring(from).strip();
            Matcher word = Pattern.compile("^(\\p{L}+(?: \\p{L}+)?)").matcher(rest);
            if (fallback == null && word.find()) {
                return word.group(1);
            }
        }
        return fallback;
    }

    static String nfc(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }
}
