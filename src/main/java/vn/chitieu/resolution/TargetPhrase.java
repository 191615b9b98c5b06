package vn.chitieu.resolution;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import vn.chitieu.indicator.Sector;

/**
 * Splits one listed target into its subject (the indicator's name), the target as written and its unit of measure:
 * "Tỷ lệ kết nạp đảng viên hằng năm phấn đấu đạt trên 3% tổng số đảng viên" is "Tỷ lệ kết nạp đảng viên hằng năm",
 * "trên 3% tổng số đảng viên", "% tổng số đảng viên". The target begins where the words about the figure begin
 * (comparator, "tăng"/"giảm", "bình quân hằng năm", "đến năm 2030"), or right after "phấn đấu"/"đạt", which end the
 * subject. A target written figure first ("100% chất thải rắn sinh hoạt được thu gom, xử lý") is a share: its name is
 * "Tỷ lệ chất thải rắn…". A target with no figure is a rating ("Đảng bộ phường hoàn thành tốt nhiệm vụ trở lên hằng
 * năm") or a state in words ("Xây dựng phường vững mạnh về quốc phòng - an ninh").
 */
final class TargetPhrase {

    private static final Pattern FIGURE = Pattern.compile("\\d+\\s*/\\s*\\d+(?![\\d.,]*\\s*(?:ngày|buổi))|\\d[\\d.,]*\\d|\\d");
    /** Words about the figure that stand before it, one at a time from the figure backwards. */
    private static final Pattern ABOUT_FIGURE = Pattern.compile("(?iu)(?:^|[\\s,])("
            + "bình quân (?:hằng|hàng|mỗi) năm|trung bình (?:hằng|hàng|mỗi) năm|bình quân|(?:hằng|hàng|mỗi) năm"
            + "|đến (?:cuối )?năm \\d{4}|vào (?:cuối )?năm \\d{4}|năm \\d{4}|đến cuối nhiệm kỳ|cuối nhiệm kỳ"
            + "|trong nhiệm kỳ|so với (?:năm \\d{4}|đầu nhiệm kỳ|cùng kỳ|năm trước)"
            + "|giai đoạn \\d{4}\\s*[-–]\\s*\\d{4}|không dưới|không thấp hơn|không ít hơn|không vượt quá|không quá"
            + "|tối thiểu|tối đa|ít nhất|nhiều nhất|trên|dưới|hơn|từ|khoảng|ở mức|mức|xuống còn|giảm còn|còn|xuống"
            + "|lên|bằng|tăng thêm|giảm thêm|có thêm|tăng|giảm|đạt và vượt|đạt hoặc vượt|vượt|duy trì|giữ vững"
            + "|phấn đấu đạt|phấn đấu|đạt|>=|<=|≥|≤|>|<|=)\\s*$");
    /** A horizon with its year at the end of a subject: it says when the target is due. */
    private static final Pattern HORIZON_AT_END = Pattern.compile(
            "(?iu)\\s(đến (?:cuối )?năm \\d{4}|vào (?:cuối )?năm \\d{4}|đến cuối nhiệm kỳ|bình quân (?:hằng|hàng|mỗi) năm)$");
    /** Words that end the subject: the target is what follows them. */
    private static final Pattern SUBJECT_END = Pattern.compile("(?iu)phấn đấu đạt|phấn đấu|đạt");
    private static final Pattern COMPARATOR_NEXT = Pattern.compile(
            "(?iu)^(trên|dưới|từ|tối thiểu|tối đa|ít nhất|không|hơn|khoảng|>|<|≥|≤)(?!\\p{L})");
    private static final Pattern LEAD = Pattern.compile(
            "(?iu)^(?:(?:phấn đấu|đồng thời|cụ thể|trong đó|theo đó|tiếp tục)[,:]?\\s+)+");
    private static final Pattern MEASURE = Pattern.compile(
            "(?iu)^(tỷ lệ|tỉ lệ|tốc độ|mức|số|chỉ số|tổng|thu|chi|giá trị|cơ cấu|tỷ trọng|tỉ trọng|năng suất|sản lượng"
                    + "|diện tích|kim ngạch|độ|hệ số|bình quân|lãi suất)(?!\\p{L})");
    private static final Pattern PLAN_WORDS = Pattern.compile("(?iu)chỉ tiêu|kế hoạch|dự toán|nghị quyết");
    private static final Pattern RATING = Pattern.compile(
            "(?iu)(?:không |chưa )?hoàn thành(?: (?:tốt|xuất sắc))? nhiệm vụ(?: trở lên)?");
    private static final Pattern ALL_OF = Pattern.compile("(?iu)^(tất cả|toàn bộ)\\s+|\\s+đều$");
    private static final Pattern STATE = Pattern.compile(
            "(?iu)(vững mạnh|trong sạch|đạt chuẩn|giữ vững|duy trì|không còn|không có|không xảy ra|không để|an toàn"
                    + "|văn minh|kiểu mẫu|nông thôn mới|đạt và vượt|hoàn thành|được công nhận|công nhận)");
    private static final Set<String> UNIT_STOPS = Set.of("trở", "so", "đạt", "được", "trong", "mỗi", "hằng", "hàng",
            "vào", "đến", "tại", "của", "có", "và", "trên", "dưới", "là", "năm", "cho", "thuộc", "theo", "tham", "đều",
            "ra", "về", "với", "hoàn", "sử", "xây", "mới");
    private static final List<String> UNITS_OF_THREE = List.of("tổ dân phố", "khu dân cư", "sản phẩm ocop",
            "triệu đồng/người/năm", "đơn vị hành chính");

    private TargetPhrase() {
    }

    /** Whether a sentence with no figure still sets a target ("không còn hộ nghèo", "giữ vững chuẩn…"). */
    static boolean isState(String text) {
        return STATE.matcher(text).find() || RATING.matcher(text).find();
    }

    /** One target, not yet read by the engine (see {@link ResolutionReader#check}). */
    static ProposedTarget split(String label, @Nullable Sector sector, String text) {
        String body = clean(text);
        Matcher figure = valueFigure(body);
        if (figure == null) {
            return withoutFigure(label, sector, body);
        }
        int cut = figure.start();
        String before = body.substring(0, cut);
        while (true) {
            Matcher about = ABOUT_FIGURE.matcher(before);
            if (!about.find()) {
                break;
            }
            cut = about.start(1);
            before = body.substring(0, cut);
            if (SUBJECT_END.matcher(about.group(1)).matches()) {
                break;
            }
        }
        String unit = unitAfter(figure, body);
        if (before.isBlank()) {
            return figureFirst(label, sector, body, figure, unit);
        }
        String target = body.substring(cut).replaceFirst("(?iu)^phấn đấu\\s+", "");
        if (target.toLowerCase(Locale.ROOT).startsWith("đạt ")
                && COMPARATOR_NEXT.matcher(target.substring(4).strip()).find()) {
            target = target.substring(4).strip();
        }
        String name = before.strip().replaceAll("(?iu)[\\s,:;]+(cho|là|với|thì|ở)?$", "").strip();
        // "Tỷ lệ lao động qua đào tạo đến năm 2025 đạt 67%": the year belongs to the target, not to the name
        Matcher by = HORIZON_AT_END.matcher(name);
        if (by.find() && by.start() > 0) {
            target = by.group(1) + " " + target;
            name = name.substring(0, by.start()).strip();
        }
        if ("%".equals(unit) && target.contains("bình quân") && (target.contains("tăng")
                || name.toLowerCase(Locale.ROOT).contains("tăng"))) {
            // "tốc độ tăng … bình quân hằng năm trên 9%": a rate per year
            unit = "%/năm";
        }
        return row(label, sector, name(name, unit, target), unit, target);
    }

    /** A compound target: its parts read one by one, the whole kept as written. */
    static ProposedTarget compound(String label, @Nullable Sector sector, String text, List<ProposedTarget> parts) {
        List<String> names = new ArrayList<>();
        for (ProposedTarget part : parts) {
            names.add(names.isEmpty() ? part.name() : lowerFirst(part.name()));
        }
        String unit = parts.stream().map(ProposedTarget::unit).distinct().count() == 1 ? parts.getFirst().unit() : null;
        String body = clean(text);
        String own = body.contains(":") && !parts.isEmpty() ? body.substring(0, body.indexOf(':')).strip() : "";
        String name = !own.isEmpty() && !ResolutionReader.hasFigure(own) ? own : String.join("; ", names);
        return new ProposedTarget(label, sector, name, unit, body, null, null, null, List.of(), parts, null);
    }

    private static String clean(String text) {
        String t = text.strip().replaceAll("\\s+", " ").replaceAll("[\\s.;,…]+$", "").replaceAll("\\.\\.\\.$", "");
        return LEAD.matcher(t).replaceFirst("").strip();
    }

    /**
     * The figure the target is about: the first that words about a figure stand before, or that is a percentage or a
     * count out of a count; else the first. Years, and figures in brackets ("(2,5 km)", "(giai đoạn 2021 - 2025)"),
     * are not it.
     */
    private static @Nullable Matcher valueFigure(String body) {
        Matcher m = FIGURE.matcher(body);
        Integer first = null;
        while (m.find()) {
            if (isYear(body, m) || inBrackets(body, m.start())) {
                continue;
            }
            if (first == null) {
                first = m.start();
            }
            String after = body.substring(m.end());
            if (m.group().contains("/") || after.matches("(?s)^\\s*(%|‰).*") || ABOUT_FIGURE.matcher(
                    body.substring(0, m.start())).find()) {
                return m;
            }
        }
        if (first == null) {
            return null;
        }
        Matcher again = FIGURE.matcher(body);
        again.find(first);
        return again;
    }

    private static boolean isYear(String body, Matcher m) {
        String token = m.group();
        if (!token.matches("(19|20)\\d{2}")) {
            return false;
        }
        String before = body.substring(0, m.start()).toLowerCase(Locale.ROOT);
        return before.matches("(?s).*(năm|giai đoạn|kỳ|đến|[-–])\\s*$")
                || body.substring(m.end()).matches("(?s)^\\s*[-–]\\s*(19|20)\\d{2}.*");
    }

    private static boolean inBrackets(String body, int at) {
        int depth = 0;
        for (int i = 0; i < at; i++) {
            char c = body.charAt(i);
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
        }
        return depth > 0;
    }

    /** The unit written with the figure: "%", "%/năm", "‰", "% tổng số đảng viên", "lao động", "triệu đồng". */
    private static @Nullable String unitAfter(Matcher figure, String body) {
        String after = body.substring(figure.end());
        Matcher range = Pattern.compile("^\\s*(?:-|–|đến)\\s*\\d[\\d.,]*").matcher(after);
        if (!figure.group().contains("/") && range.find()) {
            after = after.substring(range.end());
        }
        String a = after.strip();
        if (a.matches("(?s)^%\\s*/\\s*năm.*")) {
            return "%/năm";
        }
        if (a.matches("(?s)^(‰|%o(?!\\p{L})|%0).*")) {
            return "‰";
        }
        if (a.startsWith("%")) {
            String rest = a.substring(1).strip();
            Matcher of = Pattern.compile("(?iu)^(tổng số [\\p{L} ]+?)(?=\\s*$|\\s*[,;(]|\\s+(?:trở|so|trong|hằng|hàng))")
                    .matcher(rest);
            return of.find() ? "% " + of.group(1).strip() : "%";
        }
        if (a.matches("(?isu)^lần(?!\\p{L}).*")) {
            return null;
        }
        return unitWords(a);
    }

    private static @Nullable String unitWords(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String three : UNITS_OF_THREE) {
            if (lower.startsWith(three)) {
                return text.substring(0, three.length());
            }
        }
        List<String> words = new ArrayList<>();
        for (String word : text.split("\\s+")) {
            String w = word.replaceAll("[,.;:…)]+$", "");
            if (words.size() == 2 || w.isEmpty() || !w.matches("[\\p{L}]+(/[\\p{L}]+)*")
                    || UNIT_STOPS.contains(w.toLowerCase(Locale.ROOT))) {
                break;
            }
            words.add(w);
            if (w.contains("/") || !w.equals(word)) {
                break;
            }
        }
        return words.isEmpty() ? null : String.join(" ", words);
    }

    /** "100% chất thải rắn … được thu gom" is "Tỷ lệ chất thải rắn … được thu gom", target "100%". */
    private static ProposedTarget figureFirst(String label, @Nullable Sector sector, String body, Matcher figure,
                                              @Nullable String unit) {
        String after = body.substring(figure.end()).strip();
        String target;
        String rest;
        if (after.startsWith("%") || after.startsWith("‰")) {
            target = body.substring(0, figure.end()) + after.charAt(0);
            rest = after.substring(1);
        } else if (unit != null && after.toLowerCase(Locale.ROOT).startsWith(unit.toLowerCase(Locale.ROOT))) {
            target = body.substring(0, figure.end()) + " " + unit;
            rest = after.substring(unit.length());
        } else {
            target = body.substring(0, figure.end());
            rest = after;
        }
        String subject = rest.strip().replaceFirst("(?iu)^(các|những)\\s+", "");
        boolean share = unit != null && (unit.startsWith("%") || unit.startsWith("‰"));
        String name = subject.isEmpty() || MEASURE.matcher(subject).find() ? subject
                : (share ? "Tỷ lệ " : "Số ") + (unit != null && !share ? unit + " " : "") + lowerFirst(subject);
        return row(label, sector, name, unit, target);
    }

    /** A rating ("Đảng bộ phường hoàn thành tốt nhiệm vụ trở lên hằng năm") or a state in words. */
    private static ProposedTarget withoutFigure(String label, @Nullable Sector sector, String body) {
        Matcher rating = RATING.matcher(body);
        if (rating.find()) {
            String subject = body.substring(0, rating.start()).strip();
            String rest = body.substring(rating.end()).strip();
            if (ALL_OF.matcher(subject).find()) {
                // "Tất cả chi bộ trực thuộc đều hoàn thành tốt nhiệm vụ": the share of units rated so, all of them
                String units = ALL_OF.matcher(subject).replaceAll("").strip();
                return row(label, sector, "Tỷ lệ " + lowerFirst(units) + " " + rating.group().toLowerCase(Locale.ROOT),
                        "%", body);
            }
            if (!subject.isEmpty()) {
                // "… hằng năm" after the rating says when; another clause after a comma is not part of the name
                String when = rest.matches("(?iu)(hằng|hàng|mỗi) năm|trong nhiệm kỳ|cả nhiệm kỳ") ? " " + rest : "";
                return row(label, sector, "Xếp loại " + subject.replaceAll("[\\s,]+$", "") + when, "xếp loại",
                        rating.group());
            }
        }
        Matcher state = STATE.matcher(body);
        String target = state.find() ? body.substring(state.start()) : body;
        return row(label, sector, body, null, target);
    }

    /** A share named by what it counts: "MTTQVN … hoàn thành tốt nhiệm vụ trở lên đạt 100%" is "Tỷ lệ MTTQVN …". */
    private static String name(String subject, @Nullable String unit, String target) {
        String name = upperFirst(subject);
        if (!name.contains(" ") && unit != null && !unit.startsWith("%") && !unit.startsWith("‰")) {
            // "phát triển từ 10 đảng viên trở lên/năm": the verb alone names nothing; what it counts does
            return name + " " + unit;
        }
        boolean share = "%".equals(unit) || unit != null && unit.startsWith("% ");
        if (share && !MEASURE.matcher(name).find() && !PLAN_WORDS.matcher(target).find()) {
            return "Tỷ lệ " + lowerFirst(name.replaceFirst("(?iu)^(các|những)\\s+", ""));
        }
        return name;
    }

    private static ProposedTarget row(String label, @Nullable Sector sector, String name, @Nullable String unit,
                                      String target) {
        return new ProposedTarget(label, sector, upperFirst(name.strip()), unit, target.strip(), null, null, null,
                List.of(), List.of(), null);
    }

    private static String upperFirst(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    /** "Tỷ lệ" → "tỷ lệ", but an abbreviation keeps its case ("MTTQVN", "THCS"). */
    private static String lowerFirst(String s) {
        if (s.length() < 2 || Character.isUpperCase(s.charAt(1))) {
            return s;
        }
        return s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
    }
}
