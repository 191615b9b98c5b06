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

    private static final Pattern LEVEL_BEFORE = Pattern.compile(
            "(?<!\\p{L})(còn|xuống|lên)(\\s+(dưới|trên|khoảng|mức|ở mức))?\\s*$");
    private static final Pattern FRACTION_CHANGE = Pattern.compile(
            "(?<!\\p{L})(giảm|tăng)\\s+(?:(?:được|trên|hơn)\\s+)?(\\d+)\\s*/\\s*(\\d+)(?![\\d.,%])");
    private static final Pattern PRINTED_PERCENT = Pattern.compile("^[^(\\d]*\\(\\s*(?:đạt\\s+)?([\\d.,]+)\\s*%\\s*\\)");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern YEARS = Pattern.compile("\\b(?:19|20)\\d{2}\\s*[-–]\\s*(?:19|20)\\d{2}\\b|năm \\d{4}");
    private static final Pattern LETTER = Pattern.compile(".*\\p{L}.*");
    private static final Pattern ABOVE = Pattern.compile(".*(trên|hơn|vượt|>|≥)\\s*$");
    private static final Pattern ABOVE_SIGNED = Pattern.compile(".*(trên|hơn)\\s+[-+]?$");
    private static final Pattern BELOW = Pattern.compile(".*(dưới|<|≤|gần)\\s*$");
    private static final Pattern ABOUT = Pattern.compile(".*(khoảng|xấp xỉ|~|chừng)\\s*$");
    private static final Pattern DECREASE = Pattern.compile(".*(?<!\\p{L})giảm(?!\\p{L}).*");
    private static final Pattern INCREASE = Pattern.compile(".*(?<!\\p{L})tăng(?!\\p{L}).*");
    private static final Pattern WORDS = Pattern.compile("^\\s*(\\p{L}+(?: \\p{L}+)?)");
    private static final Pattern BILLION = Pattern.compile("^(tỷ|tỉ)(?!\\p{L}).*");
    private static final Pattern MILLION = Pattern.compile("^triệu(?!\\p{L}).*");
    private static final Pattern THOUSAND = Pattern.compile("^(nghìn|ngàn)(?!\\p{L}).*");
    private static final Pattern DONG = Pattern.compile("^đồng(?!\\p{L}).*");
    private static final java.util.List<String> PLANNED_COUNTS = java.util.List.of("đảng viên", "người", "lao động",
            "hộ", "công trình", "dự án", "tuyến", "sản phẩm", "mô hình", "doanh nghiệp", "hội viên", "đoàn viên",
            "thanh niên", "công dân", "tân binh", "quân nhân", "học sinh", "nhà", "căn", "lượt", "km", "ha", "m2",
            "tỷ đồng", "tỉ đồng", "triệu đồng", "đồng", "cuộc", "lớp", "đối tượng", "thẻ", "cây", "con", "hợp tác xã",
            "tổ hợp tác", "việc làm", "lao động việc làm");

    private ResultParser() {
    }

    public static ParseResult<ResultReading> parse(@Nullable String text, @Nullable String unit) {
        return parse(text, unit, null);
    }

    /**
     * @param target the row's own target, when known: a "2.306" that is ambiguous alone is read the way that makes
     *               sense beside it (2.306 against 2.150 tỷ đồng, not 2,306)
     */
    public static ParseResult<ResultReading> parse(@Nullable String text, @Nullable String unit,
                                                   @Nullable TargetReading target) {
        String original = text == null ? "" : TargetParser.nfc(text).strip();
        unit = VnNumbers.perMilleUnit(unit);
        String t = VnNumbers.perMille(oneSpace(original.toLowerCase(Locale.ROOT)));
        boolean estimate = false;
        Matcher est = ESTIMATE.matcher(t);
        if (est.find()) {
            estimate = true;
            t = SPACES.matcher(est.replaceAll(" ")).replaceAll(" ").strip();
        }
        if (t.isEmpty() || PENDING.matcher(t).matches()) {
            return ParseResult.ok(reading(original, ResultReading.Kind.PENDING, null, null, null, null, estimate,
                    false, null));
        }
        String junk = VnNumbers.junk(t);
        if (junk != null) {
            return ParseResult.error(junk);
        }
        Optional<Rating> rating = Rating.find(t);
        if (rating.isPresent() && VnNumbers.firstToken(t) == null) {
            return ParseResult.ok(reading(original, ResultReading.Kind.RATING, null, null, null, null, estimate,
                    false, rating.get()));
        }
        String figures = YEARS.matcher(t).replaceAll(" ");
        Matcher fraction = FRACTION_CHANGE.matcher(figures);
        if (fraction.find() && new BigDecimal(fraction.group(3)).signum() > 0) {
            // "giảm 1/3 số hộ cận nghèo": a change by a share of the baseline, in %
            BigDecimal share = TargetReading.percent(new BigDecimal(fraction.group(2)), new BigDecimal(fraction.group(3)));
            return ParseResult.ok(reading(original, ResultReading.Kind.CHANGE, share, null, null, null, estimate,
                    fraction.group(1).equals("giảm"), null));
        }
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
            // the unit written beside the figures ("52/48 đảng viên") says what is counted better than a "% kế hoạch"
            String written = wordsAfter(figures.substring(ratio.end()));
            if (numerator.orElseThrow().compareTo(denominator.orElseThrow()) > 0
                    && !countsAgainstPlan(written.isEmpty() ? unit : written)) {
                return ParseResult.error("\"" + ratio.group() + "\": số đạt lớn hơn tổng số; kiểm tra lại, ghi theo dạng "
                        + "số đạt/tổng số, hoặc nếu là số thực hiện/chỉ tiêu thì ghi kèm đơn vị (ví dụ \"52/48 đảng viên\")");
            }
            BigDecimal percent = TargetReading.percent(numerator.orElseThrow(), denominator.orElseThrow());
            Matcher printed = PRINTED_PERCENT.matcher(figures.substring(ratio.end()));
            if (printed.find()) {
                // "8/16% (50%)": the percentage printed beside x/y must be the same figure, else one of them is wrong
                ParseResult<BigDecimal> shown = TargetParser.number(printed.group(1), "%");
                if (!shown.isOk() || shown.orElseThrow().subtract(percent).abs().compareTo(BigDecimal.ONE) > 0) {
                    return ParseResult.error("\"" + original + "\": " + ratio.group().strip() + " là "
                            + VnNumbers.format(percent) + "%, khác tỷ lệ ghi kèm (" + printed.group(1)
                            + "%); kiểm tra lại số đạt, tổng số hoặc tỷ lệ");
                }
            }
            return ParseResult.ok(reading(original, ResultReading.Kind.RATIO, percent, numerator.orElseThrow(),
                    denominator.orElseThrow(), null, estimate, false, null));
        }
        Matcher token = levelToken(figures);
        if (token == null) {
            if (!LETTER.matcher(t).matches()) {
                return ParseResult.error("Không đọc được kết quả \"" + original + "\"; ghi số (ví dụ 98,5%), "
                        + "dạng số đạt/tổng số (ví dụ 7/8) hoặc bằng lời");
            }
            return ParseResult.ok(reading(original, ResultReading.Kind.TEXT, null, null, null, null, estimate,
                    false, null));
        }
        ParseResult<BigDecimal> number = number(token.group(), unit, target);
        if (!number.isOk()) {
            return ParseResult.error(number.errors().getFirst());
        }
        String before = figures.substring(0, token.start());
        BigDecimal value = number.orElseThrow();
        ValueBound bound = null;
        if (ABOVE.matcher(before).matches() || ABOVE_SIGNED.matcher(before).matches()) {
            bound = ValueBound.ABOVE;
        } else if (BELOW.matcher(before).matches()) {
            bound = before.strip().endsWith("gần") ? ValueBound.ABOUT : ValueBound.BELOW;
        } else if (ABOUT.matcher(before).matches()) {
            bound = ValueBound.ABOUT;
        }
        value = rescale(value, figures.substring(token.end()), unit);
        // "giảm xuống còn 1,59%" states the level reached, not an amount of decrease
        boolean level = LEVEL_BEFORE.matcher(before).find();
        boolean decrease = !level && DECREASE.matcher(before).matches();
        boolean increase = !level && INCREASE.matcher(before).matches();
        return ParseResult.ok(reading(original, decrease || increase ? ResultReading.Kind.CHANGE
                : ResultReading.Kind.NUMBER, value, null, null, bound, estimate, decrease, null));
    }

    /** Whether a text states the level reached ("còn 5 hộ", "giảm xuống còn 1,59%") rather than a change. */
    static boolean statesLevel(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        Matcher token = VnNumbers.TOKEN.matcher(t);
        while (token.find()) {
            if (LEVEL_BEFORE.matcher(t.substring(0, token.start())).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Units of people or things that a plan sets a number of, so that "52/48 đảng viên" is 52 done against 48
     * planned. Units of units ("7/8 khối phố", "51/52 đơn") cannot exceed their total.
     */
    static boolean countsAgainstPlan(@Nullable String unit) {
        if (unit == null) {
            return false;
        }
        String u = unit.strip().toLowerCase(Locale.ROOT);
        return PLANNED_COUNTS.stream().anyMatch(p -> u.equals(p) || u.startsWith(p + " "));
    }

    /** The unit written after x/y in a result ("52/48 đảng viên" → "đảng viên"), or "". */
    static String unitWritten(String text) {
        Matcher ratio = RATIO.matcher(text.toLowerCase(Locale.ROOT));
        return ratio.find() ? wordsAfter(text.toLowerCase(Locale.ROOT).substring(ratio.end())) : "";
    }

    private static String wordsAfter(String rest) {
        Matcher word = WORDS.matcher(rest);
        return word.find() ? word.group(1) : "";
    }

    /** The first figure, unless a later one is the level a decrease went down to ("từ 0,1% xuống còn 0,06%"). */
    private static @Nullable Matcher levelToken(String figures) {
        Matcher all = VnNumbers.TOKEN.matcher(figures);
        Matcher first = null;
        while (all.find()) {
            Matcher at = VnNumbers.TOKEN.matcher(figures);
            at.find(all.start());
            if (first == null) {
                first = at;
            } else if (LEVEL_BEFORE.matcher(figures.substring(0, all.start())).find()) {
                return at;
            }
        }
        return first;
    }

    /** Reads a token; an ambiguous "2.306" is settled by the size of the row's target when only one reading fits. */
    private static ParseResult<BigDecimal> number(String token, @Nullable String unit, @Nullable TargetReading target) {
        BigDecimal magnitude = target == null || target.unit() != null && target.unit().startsWith("%") ? null
                : switch (target.kind()) {
                    case THRESHOLD, RANGE, CHANGE -> target.value();
                    default -> null;
                };
        return switch (VnNumbers.settle(VnNumbers.read(token, unit), magnitude)) {
            case VnNumbers.Exact exact -> ParseResult.ok(exact.value());
            case VnNumbers.Ambiguous ambiguous -> ParseResult.error(ambiguous.message());
            case VnNumbers.Invalid invalid -> ParseResult.error(invalid.message());
        };
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
        // every money word starts with one of these; most texts start with a digit, and need no pattern
        if (text.isEmpty() || "tnđ".indexOf(text.charAt(0)) < 0) {
            return -1;
        }
        if (BILLION.matcher(text).matches()) {
            return 9;
        }
        if (MILLION.matcher(text).matches()) {
            return 6;
        }
        if (THOUSAND.matcher(text).matches()) {
            return 3;
        }
        if (DONG.matcher(text).matches()) {
            return 0;
        }
        return -1;
    }

    /** Runs of white space as one space; most texts have none to collapse, and are returned as they are. */
    private static String oneSpace(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) && (c != ' ' || i + 1 < text.length()
                    && Character.isWhitespace(text.charAt(i + 1)))) {
                return SPACES.matcher(text).replaceAll(" ");
            }
        }
        return text;
    }

    private static ResultReading reading(String text, ResultReading.Kind kind, @Nullable BigDecimal number,
                                         @Nullable BigDecimal numerator, @Nullable BigDecimal denominator,
                                         @Nullable ValueBound bound, boolean estimate, boolean decrease,
                                         @Nullable Rating rating) {
        return new ResultReading(text, kind, number, numerator, denominator, bound, estimate, decrease, rating);
    }
}
