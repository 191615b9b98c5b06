package vn.chitieu.resolution;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import vn.chitieu.evaluation.Horizon;
import vn.chitieu.evaluation.ParseResult;
import vn.chitieu.evaluation.TargetReading;
import vn.chitieu.evaluation.Targets;
import vn.chitieu.indicator.Sector;

/**
 * Reads the list of targets of a resolution ("III. MỘT SỐ CHỈ TIÊU CHỦ YẾU" and what follows) into proposed catalogue
 * rows, in text order. Pure Java, like the verdict rules: the same text always gives the same rows.
 * <p>
 * What it understands, each taken from real resolutions (see the test resources):
 * <ul>
 *     <li>numbering "(1)", "(1).", "1.", "1)", "a)", bullets "-", "+", and a target whose number was left out in a
 *     "(n)" list (it takes the number the gap leaves);</li>
 *     <li>run-on lists, as news and reports write them: "…; tỷ lệ hộ nghèo giảm còn 1%; 100% xã đạt chuẩn…";</li>
 *     <li>sector headings in their many forms ("1. Chỉ tiêu trên lĩnh vực xây dựng Đảng…", "Về kinh tế:", "Các chỉ
 *     tiêu về văn hóa - xã hội", a repeated number like 000's second "4."), and, with no heading, the sector its
 *     subject names ({@link SectorKeywords});</li>
 *     <li>a numbered target with parts separated by ";" is one compound target, its parts its sub-rows.</li>
 * </ul>
 * Each target is split by {@link TargetPhrase} into name, unit and the target as written, and read by the engine.
 */
public final class ResolutionReader {

    /** Numbering at the start of a line; the groups tell its style. */
    private static final Pattern NUMBERING = Pattern.compile(
            "^\\s*(?:(\\(\\d{1,2}[a-zđ]?\\))[.:]?|(\\d{1,2}(?:\\.\\d{1,2})+)\\.?(?!\\d)|(\\d{1,2})([.)])(?![\\d,])"
                    + "|([a-zđ])\\)|([-+*•–·])(?=\\s))\\s*");
    private static final Pattern ROMAN_HEADING = Pattern.compile("^\\s*[IVXL]{1,5}\\s*[.)\\-–]\\s*\\S.*");
    private static final Pattern SECTION_START = Pattern.compile(
            "(?iu)(chỉ tiêu chủ yếu|chỉ tiêu cụ thể|các chỉ tiêu|mục tiêu cụ thể|một số chỉ tiêu)");
    private static final Pattern SECTION_END = Pattern.compile(
            "(?iu)^\\s*(?:[IVXL]{1,5}\\s*[.)\\-–]\\s*)?(nhiệm vụ và giải pháp|những nhiệm vụ|nhiệm vụ, giải pháp|các nhiệm vụ"
                    + "|phương hướng|giải pháp chủ yếu|khâu đột phá|nhiệm vụ trọng tâm)");
    /** A sentence that announces the list: "Nghị quyết đề ra 12 chỉ tiêu cụ thể:", "Các chỉ tiêu chủ yếu:". */
    private static final Pattern LIST_INTRO = Pattern.compile(
            "(?iu)^[^;]{0,240}?(?:(?:chỉ tiêu|mục tiêu)[^;:]{0,80}:|(?:chỉ tiêu|mục tiêu) (?:chủ yếu|cụ thể)(?: sau| như sau)?"
                    + "(?=\\s+\\p{L}))\\s*");
    /** A sentence that counts the targets rather than setting one: "thông qua 16 chỉ tiêu nhiệm kỳ 2020-2025". */
    private static final Pattern COUNT_OF_TARGETS = Pattern.compile("(?iu)\\d+\\s+(?:chỉ tiêu|mục tiêu)(?!\\p{L})");
    /** "…đạt 85% trở lên, tổ văn hóa đạt 78% trở lên": a comma before another subject with its own figure. */
    private static final Pattern COMMA_BEFORE_TARGET = Pattern.compile(",\\s+(?=\\p{L}+(?:\\s+\\p{L}+)+[^,;]*\\d)");
    /** How a sector heading begins: "Chỉ tiêu trên lĩnh vực…", "Các chỉ tiêu về…", "Về kinh tế", "Lĩnh vực…". */
    private static final Pattern HEADING_LEAD = Pattern.compile(
            "(?iu)^(?:(?:các|một số|nhóm|những)\\s+)?(?:chỉ tiêu|mục tiêu)(?:\\s|:|$)|^(?:về|lĩnh vực|trên lĩnh vực|công tác"
                    + "|nhóm)\\s");
    /** A heading that is only a sector's name: "Kinh tế", "Văn hóa - xã hội:", "Quốc phòng, an ninh". */
    private static final Pattern SECTOR_NAME = Pattern.compile(
            "(?iu)^(?:lĩnh vực\\s+)?(xây dựng đảng|kinh tế|văn hóa|xã hội|môi trường|quốc phòng|an ninh)[\\p{L} ,\\-–&và]*$");
    private static final Pattern YEARS = Pattern.compile("(?:19|20)\\d{2}\\s*[-–]\\s*(?:19|20)\\d{2}|(?:năm|kỳ) (?:19|20)\\d{2}");
    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[\\p{L}\\d%)”\"])\\.\\s+(?=\\p{Lu})");

    private ResolutionReader() {
    }

    /** Text as a person would compare it: NFC (000 and 003 are partly NFD), no-break spaces as spaces. */
    static String normalize(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).replace('\u00a0', ' ').replace('\t', ' ')
                .replace("\r\n", "\n").replace('\r', '\n');
    }

    /** The proposed catalogue the text lists, in text order; empty when it lists no target. */
    public static List<ProposedTarget> read(String text) {
        List<String> lines = section(splitRunOnNumbers(normalize(text)).lines().map(String::strip)
                .filter(l -> !l.isEmpty()).toList());
        String targetStyle = targetStyle(lines);
        List<Item> items = new ArrayList<>();
        Sector sector = null;
        boolean inList = false;
        for (String line : lines) {
            if (ROMAN_HEADING.matcher(line).matches()) {
                continue;
            }
            Matcher n = NUMBERING.matcher(line);
            boolean numbered = n.lookingAt() && n.end() < line.length();
            String style = numbered ? style(n) : null;
            String body = numbered ? line.substring(n.end()).strip() : line;
            // "2.1. Về kinh tế: tốc độ tăng … 9%; …": a heading, then a run-on list on the same line
            int colon = body.indexOf(':');
            if (colon > 0 && colon < body.length() - 1 && isHeading(null, body.substring(0, colon), targetStyle)) {
                sector = headingSector(body.substring(0, colon), sector);
                runOn(body.substring(colon + 1), sector, items);
                continue;
            }
            if (isHeading(style, body, targetStyle)) {
                sector = headingSector(body, sector);
                continue;
            }
            Item previous = items.isEmpty() ? null : items.getLast();
            if (numbered && previous != null && previous.opensParts() && !style.equals(previous.style)) {
                // "(5) Giảm nghèo:" followed by "a) hộ nghèo …", "b) hộ cận nghèo …": the parts of (5)
                previous.parts.add(body);
                continue;
            }
            if (numbered && (style.equals(targetStyle) || targetStyle == null || hasFigure(body)
                    || isBullet(style))) {
                items.add(new Item(isBullet(style) ? "" : label(n), style, sector, body, false));
                inList = true;
            } else if (!numbered && inList && targetStyle != null && targetStyle.startsWith("(") && hasFigure(body)) {
                // a target whose number was left out of a "(n)" list
                items.add(new Item("", targetStyle, sector, body, true));
            } else if (!numbered) {
                runOn(body, sector, items);
            }
        }
        inferMissingNumbers(items);
        return items.stream().map(ResolutionReader::toTarget).toList();
    }

    /** "(1). … ; (2). …" written in one paragraph: one target a line. */
    private static String splitRunOnNumbers(String text) {
        return text.replaceAll("(?<=[.;:])[ ]+(?=\\(\\d{1,2}\\)[.:]?\\s+\\p{L})", "\n");
    }

    /**
     * The lines of the section that lists the targets, when the text holds more (a whole resolution uploaded): from
     * the heading naming the targets ("III. MỘT SỐ CHỈ TIÊU CHỦ YẾU", not "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU…") to the
     * next section ("IV. NHỮNG NHIỆM VỤ…"). A text that is only the list is kept whole.
     */
    private static List<String> section(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String lower = line.toLowerCase(Locale.ROOT);
            boolean heading = ROMAN_HEADING.matcher(line).matches() || line.length() < 120 && !hasFigure(line);
            if (heading && SECTION_START.matcher(line).find() && !lower.contains("kết quả")
                    && !lower.contains("đánh giá")) {
                int end = i + 1;
                while (end < lines.size() && !ROMAN_HEADING.matcher(lines.get(end)).matches()
                        && !SECTION_END.matcher(lines.get(end)).find()) {
                    end++;
                }
                List<String> section = new ArrayList<>();
                int colon = line.indexOf(':');
                if (colon > 0 && colon < line.length() - 1) {
                    section.add(line.substring(colon + 1).strip());
                }
                section.addAll(lines.subList(i + 1, end));
                if (section.stream().anyMatch(ResolutionReader::hasFigure)) {
                    return section;
                }
            }
        }
        return lines;
    }

    /** The numbering style most lines with a figure use: the targets' style, which headings do not share. */
    private static @Nullable String targetStyle(List<String> lines) {
        Map<String, Integer> counts = new HashMap<>();
        for (String line : lines) {
            Matcher n = NUMBERING.matcher(line);
            if (n.lookingAt() && hasFigure(line.substring(n.end()))) {
                counts.merge(style(n), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    private static String style(Matcher n) {
        if (n.group(1) != null) {
            return "(n)";
        }
        if (n.group(2) != null) {
            return "n.n";
        }
        if (n.group(3) != null) {
            return "n" + n.group(4);
        }
        if (n.group(5) != null) {
            return "a)";
        }
        return n.group(6);
    }

    private static boolean isBullet(String style) {
        return style.length() == 1;
    }

    private static String label(Matcher n) {
        if (n.group(1) != null) {
            return n.group(1);
        }
        if (n.group(2) != null) {
            return n.group(2) + ".";
        }
        if (n.group(3) != null) {
            return n.group(3) + n.group(4);
        }
        return n.group(5) + ")";
    }

    /** Whether a line names a group of targets rather than being one: no figure, and the words of a heading. */
    private static boolean isHeading(@Nullable String style, String body, @Nullable String targetStyle) {
        String b = body.strip().replaceAll("[:.]+$", "").strip();
        if (b.isEmpty() || b.length() > 160 || b.contains(";") || hasFigure(b)) {
            return false;
        }
        boolean lead = HEADING_LEAD.matcher(b).find();
        if (style != null && style.equals(targetStyle) && !lead) {
            return false;
        }
        return lead || SECTOR_NAME.matcher(b).matches()
                || style != null && !style.equals(targetStyle) && !isBullet(style) && SectorKeywords.of(b) != null;
    }

    /** The sector a heading names; a heading that names none ("Mục tiêu cụ thể") leaves the sector to each subject. */
    private static @Nullable Sector headingSector(String heading, @Nullable Sector current) {
        String h = heading.toLowerCase(Locale.ROOT);
        if (h.matches("(?s).*(mục tiêu|chỉ tiêu)\\s*(chủ yếu|cụ thể)?\\s*$") && SectorKeywords.of(h) == null) {
            return null;
        }
        return SectorKeywords.of(heading);
    }

    /** A paragraph listing targets one after another: "Tốc độ tăng … 10%; thu nhập … tăng 31,6%; …". */
    private static void runOn(String paragraph, @Nullable Sector sector, List<Item> items) {
        String p = LIST_INTRO.matcher(paragraph.strip()).replaceFirst("");
        for (String sentence : SENTENCE_END.split(p)) {
            for (String part : sentence.split("\\s*;\\s*")) {
                for (String item : splitAtCommas(part.strip())) {
                    item = item.replaceAll("^(?iu)(và|cụ thể|trong đó|đồng thời)[,:]?\\s+", "");
                    if ((hasFigure(item) || TargetPhrase.isState(item)) && !COUNT_OF_TARGETS.matcher(item).find()) {
                        items.add(new Item("", "", sector, item, false));
                    }
                }
            }
        }
    }

    /** Splits "A đạt 85% trở lên, B đạt 78% trở lên" in two; a comma inside one subject stays. */
    private static List<String> splitAtCommas(String part) {
        List<String> pieces = new ArrayList<>();
        Matcher comma = COMMA_BEFORE_TARGET.matcher(part);
        int from = 0;
        while (comma.find()) {
            String left = part.substring(from, comma.start());
            if (hasFigure(left) && !left.isBlank()) {
                pieces.add(left.strip());
                from = comma.end();
            }
        }
        pieces.add(part.substring(from).strip());
        return pieces;
    }

    /** A figure that is not a year: "95%", "8/8", "12"; "năm 2030" and "2025-2030" are horizons. */
    static boolean hasFigure(String text) {
        return DIGIT.matcher(YEARS.matcher(text).replaceAll(" ")).find();
    }

    /** (10) printed without its number between (9) and (11) takes 10. */
    private static void inferMissingNumbers(List<Item> items) {
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            if (!item.numberLeftOut) {
                continue;
            }
            Integer before = i > 0 ? numberOf(items.get(i - 1)) : null;
            Integer after = i + 1 < items.size() ? numberOf(items.get(i + 1)) : null;
            if (before != null && (after == null || after > before + 1)) {
                item.label = "(" + (before + 1) + ")";
            }
        }
    }

    private static @Nullable Integer numberOf(Item item) {
        Matcher m = Pattern.compile("^\\((\\d+)\\)$").matcher(item.label);
        return m.matches() ? Integer.valueOf(m.group(1)) : null;
    }

    private static ProposedTarget toTarget(Item item) {
        List<String> parts = new ArrayList<>(item.parts);
        String body = item.body;
        if (parts.isEmpty() && body.contains(";")) {
            parts.addAll(List.of(body.split("\\s*;\\s*")));
        } else if (!parts.isEmpty()) {
            body = body.replaceAll("[:\\s]+$", "") + ": " + String.join("; ", parts);
        }
        if (parts.size() < 2 && item.parts.isEmpty()) {
            return check(TargetPhrase.split(item.label, item.sector, body));
        }
        List<ProposedTarget> read = parts.stream().filter(p -> !p.isBlank())
                .map(p -> TargetPhrase.split("", item.sector, p)).toList();
        return check(TargetPhrase.compound(item.label, item.sector, body, read));
    }

    /**
     * Reads a row's target again through the engine (after a person corrected it, or as the reader proposes it), and
     * lists what keeps it from being saved. Parts inherit the sector and the horizon of their target.
     */
    public static ProposedTarget check(ProposedTarget row) {
        List<String> errors = new ArrayList<>();
        Sector sector = row.sector() != null ? row.sector() : SectorKeywords.of(row.name()) != null
                ? SectorKeywords.of(row.name()) : SectorKeywords.of(row.name() + " " + row.unit() + " " + row.targetText());
        if (sector == null) {
            errors.add("Không rõ lĩnh vực: văn bản không có tiêu đề lĩnh vực và tên chỉ tiêu không cho biết; chọn "
                    + "lĩnh vực");
        }
        if (row.name().isBlank()) {
            errors.add("Không tìm thấy tên chỉ tiêu (chủ ngữ trước con số); ghi tên chỉ tiêu");
        } else if (row.name().length() > 500) {
            errors.add("Tên chỉ tiêu dài hơn 500 ký tự; rút gọn");
        }
        if (row.unit() != null && row.unit().length() > 64) {
            errors.add("Đơn vị tính dài hơn 64 ký tự; rút gọn");
        }
        if (row.number() != null && row.number().length() > 16) {
            errors.add("Số thứ tự dài hơn 16 ký tự");
        }
        String reading = null;
        var horizon = row.horizon();
        Integer year = row.horizonYear();
        if (row.targetText().isBlank()) {
            errors.add("Không tìm thấy mục tiêu; ghi như văn kiện, ví dụ \"trên 95%\" hoặc \"giảm 11 hộ\"");
        } else if (row.targetText().length() > 500) {
            errors.add("Mục tiêu dài hơn 500 ký tự; rút gọn");
        } else {
            ParseResult<TargetReading> parsed = Targets.read(row.targetText(), row.unit(), row.name(), null, horizon,
                    year);
            if (parsed.isOk()) {
                TargetReading r = parsed.orElseThrow();
                reading = r.describe();
                horizon = r.horizon();
                year = r.horizonYear();
            } else {
                errors.addAll(parsed.errors());
            }
        }
        var whole = horizon;
        var wholeYear = year;
        List<ProposedTarget> parts = row.parts().stream().map(p -> {
            ProposedTarget part = check(new ProposedTarget(p.label(), p.sector() != null ? p.sector() : sector,
                    p.name(), p.unit(), p.targetText(), p.horizon(), p.horizonYear(), null, List.of(), p.parts(),
                    p.existing()));
            // a part that says no horizon of its own is held to its target's ("đến năm 2025 …; hộ cận nghèo …")
            return part.horizon() == Horizon.TERM && whole != null && whole != Horizon.TERM
                    ? check(new ProposedTarget(part.label(), part.sector(), part.name(), part.unit(),
                    part.targetText(), whole, wholeYear, null, List.of(), part.parts(), part.existing()))
                    : part;
        }).toList();
        return new ProposedTarget(row.label(), sector, row.name(), row.unit(), row.targetText(), horizon, year,
                reading, errors, parts, row.existing());
    }

    /** A target as found in the text, before it is split into name, unit and target. */
    private static final class Item {
        String label;
        final String style;
        final @Nullable Sector sector;
        final String body;
        final boolean numberLeftOut;
        final List<String> parts = new ArrayList<>();

        Item(String label, String style, @Nullable Sector sector, String body, boolean numberLeftOut) {
            this.label = label;
            this.style = style;
            this.sector = sector;
            this.body = body;
            this.numberLeftOut = numberLeftOut;
        }

        /** "(5) Giảm nghèo:" with no figure of its own announces parts. */
        boolean opensParts() {
            return body.endsWith(":") && !hasFigure(body);
        }
    }
}
