package vn.chitieu.report;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.chitieu.indicator.Sector;

/**
 * The results paragraph the reports write above their appendix, from the verdicts alone: how many targets were met,
 * which were not with their figure against the target and the reason and remedy entered for each, and which are
 * still undecided. Nothing is guessed: a target without a verdict is named as such.
 */
final class Summaries {

    private Summaries() {
    }

    enum Outcome { MET, MISSED, UNDECIDED }

    /** The words of one kind of report: "đạt và vượt" for a year, "dự kiến đạt" for a running term. */
    record Words(String met, String missed, String undecided) {

        static final Words VERDICTS = new Words("đạt và vượt", "không đạt", "chưa đánh giá");
        static final Words OUTLOOK = new Words("dự kiến đạt", "nguy cơ không đạt", "chưa đủ dữ liệu");
    }

    /**
     * One target's outcome.
     *
     * @param figure the result as written ("95,5%"), empty when there is none
     * @param target what it was judged against as written ("trên 95%")
     */
    record Judged(Sector sector, String title, Outcome outcome, String figure, String target,
                  @Nullable String reason, @Nullable String remedy) {
    }

    /** "Năm 2026, có 12/15 chỉ tiêu đạt và vượt; 3 chỉ tiêu không đạt: (2) … (95,5%/trên 95%) …". */
    static String paragraph(String opening, Words words, List<Judged> targets) {
        if (targets.isEmpty()) {
            return opening + ", chưa có chỉ tiêu nào để đánh giá.";
        }
        return opening + ", " + body(words, targets) + ".";
    }

    /** One paragraph per sector that has targets, after a line saying what they are about. */
    static String bySector(String opening, Words words, List<Judged> targets) {
        List<String> lines = new ArrayList<>();
        lines.add(opening + ", theo từng lĩnh vực:");
        for (Sector sector : Sector.values()) {
            List<Judged> of = targets.stream().filter(t -> t.sector() == sector).toList();
            if (!of.isEmpty()) {
                lines.add("- " + sector.label() + ": " + body(words, of) + ".");
            }
        }
        return String.join("\n", lines);
    }

    private static String body(Words words, List<Judged> targets) {
        List<Judged> missed = of(targets, Outcome.MISSED);
        List<Judged> undecided = of(targets, Outcome.UNDECIDED);
        StringBuilder text = new StringBuilder("có " + of(targets, Outcome.MET).size() + "/" + targets.size()
                + " chỉ tiêu " + words.met());
        if (!missed.isEmpty()) {
            text.append("; ").append(missed.size()).append(" chỉ tiêu ").append(words.missed()).append(": ")
                    .append(String.join("; ", missed.stream().map(Summaries::miss).toList()));
        }
        if (!undecided.isEmpty()) {
            text.append("; ").append(undecided.size()).append(" chỉ tiêu ").append(words.undecided()).append(": ")
                    .append(String.join("; ", undecided.stream().map(Judged::title).toList()));
        }
        return text.toString();
    }

    /** "(2) Tỷ lệ … (95,5%/trên 95%), nguyên nhân: …, giải pháp: …". */
    private static String miss(Judged target) {
        String figures = target.figure().isEmpty() ? "" : " (" + target.figure()
                + (target.target().isEmpty() ? "" : "/" + target.target()) + ")";
        return target.title() + figures
                + (blank(target.reason()) ? "" : ", nguyên nhân: " + trimmed(target.reason()))
                + (blank(target.remedy()) ? "" : ", giải pháp: " + trimmed(target.remedy()));
    }

    private static List<Judged> of(List<Judged> targets, Outcome outcome) {
        return targets.stream().filter(t -> t.outcome() == outcome).toList();
    }

    private static boolean blank(@Nullable String text) {
        return text == null || text.isBlank();
    }

    private static String trimmed(@Nullable String text) {
        String t = text == null ? "" : text.strip();
        return t.endsWith(".") ? t.substring(0, t.length() - 1) : t;
    }
}
