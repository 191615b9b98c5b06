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
    private static final Pattern SYMBOL_BEFORE = Pattern.compile("(>=|=>|≥|<=|=<|≤|>|<|=)\\s*[-+]?$");
    /** What may stand between a comparator word and its number: "dưới mức 1%", "ít nhất là 5", "còn khoảng". */
    private static final String TAIL = "\\s*(mức|là|ở mức|khoảng)?\\s*[-+]?$";
    private static final Pattern AFTER_AT_LEAST = Pattern.compile("^\\s*[%‰]?\\s*(\\p{L}+\\s*){0,3}?trở lên");
    private static final Pattern AFTER_AT_MOST = Pattern.compile("^\\s*[%‰]?\\s*(\\p{L}+\\s*){0,3}?trở xuống");
    /** Before the level a decrease goes down to: "xuống còn", "giảm còn", "còn dưới", "xuống dưới". */
    private static final Pattern LEVEL_BEFORE = Pattern.compile(
            "(?<!\\p{L})(còn|xuống|lên)(\\s+(dưới|trên|khoảng|mức|ở mức))?\\s*$");
    /** "tăng" as a verb; "tỷ lệ tăng dân số" and "tốc độ tăng" name a subject. */
    private static final Pattern GROWTH_VERB = Pattern.compile(
            "(?<!tỷ lệ |tỉ lệ |tốc độ |mức |tỷ suất )(?<!\\p{L})(tăng|gấp)(?!\\p{L})");
    private static final Pattern DECREASE_VERB = Pattern.compile(
            "(?<!tỷ lệ |tỉ lệ |tốc độ |tỷ suất )(?<!\\p{L})giảm(?!\\p{L})(?! nghèo)");
    private static final Pattern FRACTION_CHANGE = Pattern.compile(
            "(?<!\\p{L})(giảm|tăng)\\s+(?:(?:ít nhất|tối thiểu|trên|hơn)\\s+)?(\\d+)\\s*/\\s*(\\d+)(?![\\d.,])");
    private static final Pattern PLAN_WORDS = Pattern.compile(
            "kế hoạch|dự toán|chỉ tiêu|so với nghị quyết|so với nq|chỉ tiêu trên giao");
    /** A completion target in words: "đạt và vượt kế hoạch", "hoàn thành chỉ tiêu kế hoạch được giao". */
    private static final Pattern PLAN_IN_WORDS = Pattern.compile(
            "^(phấn đấu )?(hằng năm |hàng năm )?(đạt và vượt|đạt hoặc vượt|đạt, vượt|hoàn thành và vượt|vượt|đạt|hoàn thành)"
                    + "( \\p{L}+){0,3}? (kế hoạch|dự toán|chỉ tiêu kế hoạch|chỉ tiêu được giao|chỉ tiêu trên giao|chỉ tiêu cấp"
                    + " trên giao|chỉ tiêu)(?!\\p{L})");
    private static final Pattern PERCENT = Pattern.compile("([-+]?\\d[\\d.,]*)\\s*%");
    /** "các chi bộ đều …", "tất cả tổ chức cơ sở đảng …", "toàn bộ": every unit. */
    private static final Pattern ALL_UNITS = Pattern.compile(
            "(?<!\\p{L})(các|những) [\\p{L} ,-]+ đều(?!\\p{L})|(?<!\\p{L})(tất cả|toàn bộ|100%)(?!\\p{L})");

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
        unit = VnNumbers.perMilleUnit(unit);
        String t = VnNumbers.perMille(original.toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
        String junk = VnNumbers.junk(t);
        if (junk != null) {
            return ParseResult.error(junk);
        }
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

        // years ("đến năm 2030") are horizons, not values
        String figures = YEAR_WORDS.matcher(t).replaceAll(" ");
        Optional<Rating> rating = Rating.find(t);
        if (rating.isPresent()) {
            // "trên 85% chi bộ đạt hoàn thành tốt nhiệm vụ trở lên", "các chi bộ đều …": a share of units reaching
            // the rating is judged on the share; the rating only names what is counted
            ParseResult<TargetReading> share = shareOfUnits(original, figures, unit, rating.get(), horizon,
                    horizonYear, comparator);
            if (share != null) {
                return share;
            }
            if (t.contains("nhiệm vụ") || "xếp loại".equals(unit)) {
                Comparator direction = t.contains("trở lên") ? Comparator.AT_LEAST : Comparator.EQUAL;
                return ParseResult.ok(new TargetReading(original, TargetKind.RATING, direction, null, null, unit,
                        horizon, horizonYear, false, rating.get(), null, List.of()));
            }
        }

        // "giảm 1/3 số hộ cận nghèo so với đầu nhiệm kỳ": a fraction of the baseline, not units out of units
        Matcher fraction = FRACTION_CHANGE.matcher(figures);
        if (fraction.find() && new BigDecimal(fraction.group(3)).signum() > 0) {
            BigDecimal share = TargetReading.percent(new BigDecimal(fraction.group(2)), new BigDecimal(fraction.group(3)));
            return ParseResult.ok(new TargetReading(original, TargetKind.CHANGE,
                    comparator == null ? Comparator.AT_LEAST : comparator, share, null, "% mức gốc", horizon,
                    horizonYear, fraction.group(1).equals("giảm"), null, null, List.of()));
        }
        ParseResult<TargetReading> units = unitsOutOfUnits(original, figures, unit, null, horizon, horizonYear,
                comparator);
        if (units != null) {
            return units;
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

        Matcher token = levelToken(figures);
        if (token == null) {
            if (!t.matches(".*\\p{L}.*")) {
                return ParseResult.error("Không đọc được mục tiêu \"" + original + "\"; ghi số (ví dụ \"trên 95%\") "
                        + "hoặc trạng thái bằng lời (ví dụ \"vững mạnh về quốc phòng - an ninh\")");
            }
            if (PLAN_IN_WORDS.matcher(t).find()) {
                // "đạt và vượt kế hoạch": 100% of the plan at least; "vượt kế hoạch" alone wants more than 100%
                Comparator direction = comparator != null ? comparator
                        : t.matches(".*(?<!\\p{L})(đạt và vượt|đạt hoặc vượt|đạt, vượt|hoàn thành và vượt)(?!\\p{L}).*")
                        || !t.contains("vượt") ? Comparator.AT_LEAST : Comparator.MORE_THAN;
                return ParseResult.ok(new TargetReading(original, TargetKind.COMPLETION, direction,
                        BigDecimal.valueOf(100), null, "% kế hoạch", horizon, horizonYear, false, null, null,
                        List.of()));
            }
            return ParseResult.ok(new TargetReading(original, TargetKind.QUALITATIVE, Comparator.EQUAL, null, null,
                    unit, horizon, horizonYear, false, null, original, List.of()));
        }
        ParseResult<BigDecimal> value = number(token.group(), unit);
        if (!value.isOk()) {
            return ParseResult.error(value.errors().getFirst());
        }
        Comparator stated = comparator(figures.substring(0, token.start()), figures.substring(token.end()));
        Comparator direction = comparator != null ? comparator : stated != null ? stated : Comparator.AT_LEAST;
        // "giảm … xuống còn 1,5%", "duy trì dưới 1%": a cap on the level, never an amount to decrease by
        boolean cap = direction == Comparator.AT_MOST || direction == Comparator.LESS_THAN
                || LEVEL_BEFORE.matcher(figures.substring(0, token.start())).find();
        String valueUnit = unitAfter(original, -1, unit);
        boolean perYear = t.contains("%/năm") || "%/năm".equals(unit);
        boolean growthWords = GROWTH_VERB.matcher(t).find() || t.contains("bình quân") || name.contains("tốc độ tăng");
        boolean percent = t.contains("%") || unit != null && unit.startsWith("%");
        boolean lowerSubject = comparator == null && stated == null && LowerIsBetter.subject(name + " " + t) != null;
        if (perYear || (growthWords && percent && !t.contains("giảm") && !(cap && !perYear))) {
            Horizon growthHorizon = t.contains("bình quân") || perYear ? Horizon.AVERAGE_ANNUAL : horizon;
            BigDecimal growth = value.orElseThrow();
            if (figures.substring(token.end()).matches("^\\s*lần.*")) {
                // "tăng 1,5 lần": the figure is multiplied by 1,5, an increase of 50%
                growth = growth.subtract(BigDecimal.ONE).multiply(BigDecimal.valueOf(100));
            }
            return ParseResult.ok(new TargetReading(original, TargetKind.GROWTH,
                    lowerSubject ? Comparator.AT_MOST : direction, growth, null, "%", growthHorizon, horizonYear,
                    false, null, null, List.of(), lowerSubject));
        }
        if (!cap && figures.substring(token.end()).matches("^\\s*lần.*") && GROWTH_VERB.matcher(t).find()) {
            // "năm 2030 tăng 1,5 lần so với năm 2025" without a percent sign
            BigDecimal growth = value.orElseThrow().subtract(BigDecimal.ONE).multiply(BigDecimal.valueOf(100));
            return ParseResult.ok(new TargetReading(original, TargetKind.GROWTH, direction, growth, null, "%",
                    horizon, horizonYear, false, null, null, List.of()));
        }
        boolean decrease = DECREASE_VERB.matcher(t).find()
                || (name.startsWith("giảm") || name.contains("mức giảm")) && !PLAN_WORDS.matcher(t).find();
        boolean increase = GROWTH_VERB.matcher(t).find();
        if (!cap && (decrease || increase)) {
            return ParseResult.ok(new TargetReading(original, TargetKind.CHANGE, direction, value.orElseThrow(), null,
                    valueUnit, horizon, horizonYear, decrease, null, null, List.of()));
        }
        String where = t + " " + (unit == null ? "" : unit.toLowerCase(Locale.ROOT));
        boolean completion = where.contains("%") && PLAN_WORDS.matcher(where).find();
        if (!completion && lowerSubject) {
            return ParseResult.ok(new TargetReading(original, TargetKind.THRESHOLD, Comparator.AT_MOST,
                    value.orElseThrow(), null, valueUnit, horizon, horizonYear, false, null, null, List.of(), true));
        }
        return ParseResult.ok(new TargetReading(original, completion ? TargetKind.COMPLETION : TargetKind.THRESHOLD,
                direction, value.orElseThrow(), null, valueUnit, horizon, horizonYear, false, null, null, List.of()));
    }

    /**
     * A share of units reaching a rating, or null when the text rates one unit ("Đảng bộ phường hoàn thành tốt
     * nhiệm vụ trở lên"). "các chi bộ đều …", "tất cả …" mean all of them.
     */
    /** "8/8 khối phố": units out of units, with the rating counted when the target names one; null if none. */
    private static @Nullable ParseResult<TargetReading> unitsOutOfUnits(String original, String figures,
                                                                        @Nullable String unit, @Nullable Rating rating,
                                                                        Horizon horizon, @Nullable Integer horizonYear,
                                                                        @Nullable Comparator comparator) {
        Matcher ratio = RATIO.matcher(figures);
        if (!ratio.find()) {
            return null;
        }
        BigDecimal numerator = new BigDecimal(ratio.group(1));
        BigDecimal denominator = new BigDecimal(ratio.group(2));
        if (denominator.signum() == 0 || numerator.compareTo(denominator) > 0) {
            return ParseResult.error("\"" + ratio.group() + "\": số đơn vị đạt không thể lớn hơn tổng số, "
                    + "và tổng số phải lớn hơn 0");
        }
        return ParseResult.ok(new TargetReading(original, TargetKind.RATIO,
                comparator == null ? Comparator.AT_LEAST : comparator, numerator, denominator,
                unitAfter(original, ratio.end(), unit), horizon, horizonYear, false, rating, null, List.of()));
    }

    private static @Nullable ParseResult<TargetReading> shareOfUnits(String original, String figures,
                                                                     @Nullable String unit, Rating rating,
                                                                     Horizon horizon, @Nullable Integer horizonYear,
                                                                     @Nullable Comparator comparator) {
        ParseResult<TargetReading> units = unitsOutOfUnits(original, figures, unit, rating, horizon, horizonYear,
                comparator);
        if (units != null) {
            return units;
        }
        Matcher percent = PERCENT.matcher(figures);
        if (percent.find()) {
            ParseResult<BigDecimal> value = number(percent.group(1), "%");
            if (!value.isOk()) {
                return ParseResult.error(value.errors().getFirst());
            }
            Comparator stated = comparator(figures.substring(0, percent.start()), figures.substring(percent.end()));
            return ParseResult.ok(new TargetReading(original, TargetKind.THRESHOLD,
                    comparator != null ? comparator : stated != null ? stated : Comparator.AT_LEAST,
                    value.orElseThrow(), null, "%", horizon, horizonYear, false, rating, null, List.of()));
        }
        if (ALL_UNITS.matcher(figures).find()) {
            return ParseResult.ok(new TargetReading(original, TargetKind.THRESHOLD, Comparator.AT_LEAST,
                    BigDecimal.valueOf(100), null, "%", horizon, horizonYear, false, rating, null, List.of()));
        }
        return null;
    }

    /**
     * The number the target is about: the first, unless a later one is the level a decrease goes down to ("giảm từ
     * 3% xuống còn 1,5%").
     */
    private static @Nullable Matcher levelToken(String figures) {
        Matcher all = VnNumbers.TOKEN.matcher(figures);
        Matcher first = null;
        while (all.find()) {
            if (first == null) {
                first = VnNumbers.TOKEN.matcher(figures);
                first.find(all.start());
            } else if (LEVEL_BEFORE.matcher(figures.substring(0, all.start())).find()) {
                Matcher level = VnNumbers.TOKEN.matcher(figures);
                level.find(all.start());
                return level;
            }
        }
        return first;
    }

    /**
     * The direction the words right before the number ({@code before}) or right after it state, or null for a bare
     * number. Only the words next to the number count: "trở lên" in "hoàn thành tốt nhiệm vụ trở lên" rates units,
     * it does not bound "trên 85%".
     */
    static @Nullable Comparator comparator(String before, String after) {
        String b = before.strip();
        Matcher symbol = SYMBOL_BEFORE.matcher(b);
        if (symbol.find()) {
            return switch (symbol.group(1)) {
                case ">=", "=>", "≥" -> Comparator.AT_LEAST;
                case "<=", "=<", "≤" -> Comparator.AT_MOST;
                case ">" -> Comparator.MORE_THAN;
                case "<" -> Comparator.LESS_THAN;
                default -> Comparator.EQUAL;
            };
        }
        // multi-word phrases first: "không dưới" ends with "dưới", "đạt và vượt" with "vượt"
        if (b.matches(".*(?<!\\p{L})(đạt và vượt|đạt hoặc vượt|đạt, vượt|hoàn thành và vượt|bằng hoặc (cao|lớn|nhiều) "
                + "hơn|không dưới|không thấp hơn|không ít hơn|không nhỏ hơn|tối thiểu|ít nhất|từ)" + TAIL)) {
            return Comparator.AT_LEAST;
        }
        if (b.matches(".*(?<!\\p{L})(không vượt quá|không vượt|không quá|tối đa|nhiều nhất|không cao hơn|không lớn "
                + "hơn|không tăng quá|còn|xuống)" + TAIL)) {
            return Comparator.AT_MOST;
        }
        if (b.matches(".*(?<!\\p{L})(dưới|thấp hơn|ít hơn|nhỏ hơn)" + TAIL)) {
            return Comparator.LESS_THAN;
        }
        if (b.matches(".*(?<!\\p{L})(trên|hơn|vượt|cao hơn|lớn hơn|nhiều hơn)" + TAIL)) {
            return Comparator.MORE_THAN;
        }
        if (b.matches(".*(?<!\\p{L})lên" + TAIL)) {
            // "tăng … từ 10% lên 15%": the level to reach
            return Comparator.AT_LEAST;
        }
        if (AFTER_AT_LEAST.matcher(after).find()) {
            return Comparator.AT_LEAST;
        }
        if (AFTER_AT_MOST.matcher(after).find()) {
            return Comparator.AT_MOST;
        }
        return null;
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
        if (VnNumbers.perMille(text).contains("‰") || "‰".equals(fallback)) {
            return "‰";
        }
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
