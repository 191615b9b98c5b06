package vn.chitieu.evaluation;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes numbers the way Vietnamese documents write them: decimal comma and dot thousands
 * ({@code 352,615}, {@code 1.890}, {@code 886.550.000}), leading zeros ({@code 05}), units glued on ({@code 3,93km}).
 * Some tables mix in a decimal dot ({@code 1.69%}); a lone dot before exactly three digits ({@code 1.000}) is then
 * either a thousands separator or a decimal point. The unit decides when it can (a count of households has no
 * fraction, a percentage is not in the thousands); otherwise the reading is reported as ambiguous, never guessed.
 */
public final class VnNumbers {

    /** A number token: digits with dots and commas inside, optionally signed. */
    static final Pattern TOKEN = Pattern.compile("[-+−]?\\d[\\d.,]*\\d|[-+−]?\\d");

    /** Units counted in whole things: a fraction of one is impossible, so "1.890" is one thousand eight hundred ninety. */
    private static final Set<String> WHOLE_UNITS = Set.of("hộ", "người", "đảng viên", "lao động", "camera", "khối phố",
            "xã", "phường", "trường", "tuyến", "công trình", "dự án", "sản phẩm", "cuộc", "lượt", "mô hình", "chi bộ",
            "đồng chí", "trường hợp", "doanh nghiệp", "tổ", "tổ dân phố", "thôn", "hồ sơ", "đơn", "vụ", "chỉ tiêu",
            "nghị quyết", "cơ sở", "thửa", "giấy chứng nhận", "phòng", "ý kiến", "chi ủy", "tổ chức", "học sinh", "căn",
            "nhà", "cái", "con", "lớp", "hội viên", "đoàn viên", "công dân", "thanh niên", "gia đình", "đối tượng");

    /** "%o" and "%0" are how tables type ‰ (per mille); "%0" only when no digit follows, "%o" when no letter does. */
    private static final Pattern PER_MILLE = Pattern.compile("%\\s?o(?!\\p{L})|%0(?![\\d.,])");
    /** Markup ("<img … 14>", "&nbsp;") or a comparator sign that compares nothing. */
    private static final Pattern MARKUP = Pattern.compile("<\\s*/?\\s*\\p{L}|&[a-z#0-9]+;|[{}\\[\\]\\\\|@#$^*_`~]");
    /** A letter glued in front of a number ("abc-5", "x14"), except square and cubic metres ("7.853,10m2"). */
    private static final Pattern GLUED_BEFORE = Pattern.compile("\\p{L}[-+−]*\\d|[-+−]{2,}\\d");
    private static final Pattern KNOWN_GLUED = Pattern.compile(
            "(?<![\\p{L}])(k?m|cm|dm)[23](?!\\d)");

    private static final Pattern SIGNED_DIGITS = Pattern.compile("[-+]?\\d[\\d.,]*");

    private VnNumbers() {
    }

    /** The text with "%o" and "%0" written as ‰, so per mille is kept and shown as such. */
    public static String perMille(String text) {
        // both ways of typing it start with "%"
        return text.indexOf('%') < 0 ? text : PER_MILLE.matcher(text).replaceAll("‰");
    }

    /** A unit as stored, with "%o" or "%0" written as ‰; null stays null. */
    public static @Nullable String perMilleUnit(@Nullable String unit) {
        return unit == null ? null : perMille(unit.strip());
    }

    /**
     * Why a text holding a number is not a figure a person wrote, or null when it may be one: markup pasted from a
     * web page ("<img src=… 14>"), or a number glued to letters in front of it ("abc-5"), which must not be read as
     * −5 or 14. Units glued behind a number ("3,93km") are fine.
     */
    public static @Nullable String junk(String text) {
        if (firstToken(text) == null) {
            return null;
        }
        String t = KNOWN_GLUED.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ");
        if (MARKUP.matcher(t).find()) {
            return "\"" + text + "\" có ký tự lạ (mã trang web hoặc ký hiệu) lẫn với số; chỉ ghi con số và đơn vị, ví dụ "
                    + "\"96,5%\" hoặc \"7/8\"";
        }
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if ((c == '<' || c == '>' || c == '≥' || c == '≤') && !comparesANumber(t, i)) {
                return "\"" + text + "\" có dấu so sánh không đứng trước số; ghi ví dụ \">98%\" hoặc \"trên 98%\"";
            }
        }
        if (GLUED_BEFORE.matcher(t).find()) {
            return "\"" + text + "\" có số dính liền với chữ phía trước; tách ra hoặc ghi riêng con số, ví dụ \"5\" hoặc "
                    + "\"giảm 5 hộ\"";
        }
        return null;
    }

    /** Whether the sign at {@code at} is followed, after "=" and spaces, by a number. */
    private static boolean comparesANumber(String t, int at) {
        int i = at + 1;
        while (i < t.length() && (t.charAt(i) == '=' || t.charAt(i) == ' ')) {
            i++;
        }
        return i < t.length() && (Character.isDigit(t.charAt(i))
                || (i + 1 < t.length() && "+-−".indexOf(t.charAt(i)) >= 0 && Character.isDigit(t.charAt(i + 1))));
    }

    /**
     * Settles an ambiguous "2.306" by the size of the row's own target: when one reading is within ten times the
     * target and the other is not, the other is absurd for this row (2.150 tỷ đồng planned, 2,306 tỷ collected is
     * not a report anyone writes). Otherwise the reading stays ambiguous.
     */
    public static Reading settle(Reading reading, @Nullable BigDecimal magnitude) {
        if (!(reading instanceof Ambiguous ambiguous) || magnitude == null || magnitude.signum() <= 0) {
            return reading;
        }
        boolean thousands = near(ambiguous.asThousands().abs(), magnitude);
        boolean decimal = near(ambiguous.asDecimal().abs(), magnitude);
        if (thousands != decimal) {
            return new Exact(thousands ? ambiguous.asThousands() : ambiguous.asDecimal());
        }
        return reading;
    }

    private static boolean near(BigDecimal value, BigDecimal magnitude) {
        BigDecimal ten = BigDecimal.TEN;
        return value.compareTo(magnitude.multiply(ten)) <= 0 && value.multiply(ten).compareTo(magnitude) >= 0;
    }

    /** The outcome of reading one number. */
    public sealed interface Reading {
    }

    public record Exact(BigDecimal value) implements Reading {
    }

    /** Two plausible readings; the person entering it has to say which. */
    public record Ambiguous(BigDecimal asThousands, BigDecimal asDecimal, String message) implements Reading {
    }

    public record Invalid(String message) implements Reading {
    }

    /** Reads one number token (no surrounding words), using the unit to settle a lone dot. */
    public static Reading read(String token, @Nullable String unit) {
        String t = token.strip().replace('−', '-');
        if (!SIGNED_DIGITS.matcher(t).matches()) {
            return new Invalid("\"" + token + "\" không phải là số");
        }
        boolean negative = t.startsWith("-");
        String digits = t.startsWith("-") || t.startsWith("+") ? t.substring(1) : t;
        int dots = count(digits, '.');
        int commas = count(digits, ',');
        String normal;
        if (dots > 0 && commas > 0) {
            // both present: the later one is the decimal separator, the other groups thousands
            char decimal = digits.lastIndexOf(',') > digits.lastIndexOf('.') ? ',' : '.';
            char grouping = decimal == ',' ? '.' : ',';
            int at = digits.lastIndexOf(decimal);
            String whole = digits.substring(0, at);
            if (count(digits.substring(at + 1), grouping) > 0 || count(digits, decimal) > 1 || !grouped(whole, grouping)) {
                return new Invalid("\"" + token + "\" lẫn dấu chấm và dấu phẩy không đúng chỗ; viết ví dụ 1.234,5");
            }
            normal = whole.replace(String.valueOf(grouping), "") + "." + digits.substring(at + 1);
        } else if (commas == 1) {
            normal = digits.replace(',', '.');
        } else if (commas > 1) {
            if (!grouped(digits, ',')) {
                return new Invalid("\"" + token + "\" có nhiều dấu phẩy; số thập phân chỉ có một dấu phẩy");
            }
            normal = digits.replace(",", "");
        } else if (dots > 1) {
            if (!grouped(digits, '.')) {
                return new Invalid("\"" + token + "\" có nhiều dấu chấm nhưng không phải nhóm nghìn (ví dụ đúng: 1.890.000)");
            }
            normal = digits.replace(".", "");
        } else if (dots == 1) {
            return loneDot(token, digits, unit, negative);
        } else {
            normal = digits;
        }
        if (normal.startsWith(".") || normal.endsWith(".")) {
            return new Invalid("\"" + token + "\" thiếu chữ số trước hoặc sau dấu thập phân");
        }
        BigDecimal value = new BigDecimal(normal);
        return new Exact(negative ? value.negate() : value);
    }

    private static Reading loneDot(String token, String digits, @Nullable String unit, boolean negative) {
        int at = digits.indexOf('.');
        String before = digits.substring(0, at);
        String after = digits.substring(at + 1);
        BigDecimal asDecimal = signed(new BigDecimal(before + "." + after), negative);
        if (after.length() != 3 || before.equals("0") || before.length() > 3) {
            // "1.69", "98.5", "0.125": a thousands group always has three digits and never follows a lone zero
            return new Exact(asDecimal);
        }
        BigDecimal asThousands = signed(new BigDecimal(before + after), negative);
        if (isWholeUnit(unit)) {
            return new Exact(asThousands);
        }
        // even for a percentage: "23.855%" is as likely a decimal point typed the foreign way as a slip, so ask
        // each reading said in words and each with the way to write it that is not ambiguous: repeating "1.000"
        // back to someone who typed "1.000" told them nothing
        String sign = negative ? "-" : "";
        String thousands = sign + before + " nghìn" + (after.equals("000") ? "" : " " + after);
        String decimal = sign + before + " phẩy " + after
                + (after.endsWith("0") ? " (tức " + format(asDecimal) + ")" : "");
        return new Ambiguous(asThousands, asDecimal, "\"" + token + "\" có thể là " + thousands
                + " (dấu chấm ngăn nghìn) hoặc " + decimal + " (dấu chấm thập phân kiểu nước ngoài). Nếu là "
                + thousands + ", viết liền không dấu chấm: " + asThousands.toPlainString() + "; nếu là " + sign
                + before + " phẩy " + after + ", viết dấu phẩy: " + sign + before + "," + after + ".");
    }

    /** Whether a unit counts whole things (households, people, projects…). */
    public static boolean isWholeUnit(@Nullable String unit) {
        if (unit == null) {
            return false;
        }
        String u = unit.strip().toLowerCase(Locale.ROOT);
        return WHOLE_UNITS.contains(u);
    }

    /** The first number token in a text, or null. */
    public static @Nullable Matcher firstToken(String text) {
        Matcher m = TOKEN.matcher(text);
        return m.find() ? m : null;
    }

    /** Writes a number the Vietnamese way: 352,615 · 1.890 · 886.550.000 · -0,5. */
    public static String format(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        if (v.scale() < 0) {
            v = v.setScale(0);
        }
        String plain = v.abs().toPlainString();
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        String fraction = dot < 0 ? "" : plain.substring(dot + 1);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                grouped.append('.');
            }
            grouped.append(whole.charAt(i));
        }
        return (v.signum() < 0 ? "-" : "") + grouped + (fraction.isEmpty() ? "" : "," + fraction);
    }

    private static boolean grouped(String digits, char separator) {
        String[] groups = digits.split(Pattern.quote(String.valueOf(separator)), -1);
        if (groups[0].isEmpty() || groups[0].length() > 3) {
            return groups.length == 1 && !groups[0].isEmpty();
        }
        for (int i = 1; i < groups.length; i++) {
            if (groups[i].length() != 3) {
                return false;
            }
        }
        return true;
    }

    private static int count(String s, char c) {
        return (int) s.chars().filter(ch -> ch == c).count();
    }

    private static BigDecimal signed(BigDecimal value, boolean negative) {
        return negative ? value.negate() : value;
    }
}
