package vn.chitieu.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.chitieu.dashboard.IndicatorRow;
import vn.chitieu.dashboard.WardComparison;
import vn.chitieu.datavalue.DataValue;
import vn.chitieu.evaluation.Assessment;
import vn.chitieu.evaluation.Assessments;
import vn.chitieu.evaluation.Evaluation;
import vn.chitieu.evaluation.TermRollup.Outlook;
import vn.chitieu.evaluation.Verdict;
import vn.chitieu.indicator.AnnualPlan;
import vn.chitieu.indicator.Sector;
import vn.chitieu.report.Appendix.Cell;
import vn.chitieu.report.Appendix.Kind;
import vn.chitieu.report.Appendix.Line;
import vn.chitieu.report.Appendix.Table;
import vn.chitieu.report.Catalogue.Entry;
import vn.chitieu.report.Summaries.Judged;
import vn.chitieu.report.Summaries.Outcome;

/**
 * Lays out the appendices from a unit's catalogue and the engine's verdicts. Every verdict comes from
 * {@link Assessments}: a year's result is judged by its one-figure rule against the year's plan (or the target), a
 * term's by the dashboard's read model, which asks {@link Assessments#assess}.
 */
final class Appendices {

    private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII"};

    private Appendices() {
    }

    /** The top of the page: who reports and when. */
    record Header(String unitHeading, String dateLine, String bodyName, String fileUnit) {
    }

    /** "KẾT QUẢ THỰC HIỆN CHỈ TIÊU NGHỊ QUYẾT NĂM N, CHỈ TIÊU NGHỊ QUYẾT NĂM N+1". */
    static Appendix year(Catalogue catalogue, int year, Header header) {
        boolean anyEstimate = catalogue.entries().stream()
                .anyMatch(e -> e.figureOf(year).map(DataValue::estimate).orElse(false));
        String resultHeader = (anyEstimate ? "Ước thực hiện năm " : "Thực hiện năm ") + year;
        List<String> headers = List.of("STT", "Tên chỉ tiêu", "ĐVT", "Chỉ tiêu kế hoạch năm " + year, resultHeader,
                "Đạt/không đạt", "Kế hoạch năm " + (year + 1), "Ghi chú");
        List<Line> lines = new ArrayList<>();
        List<Judged> judged = new ArrayList<>();
        forEachSector(catalogue, lines, entry -> {
            if (entry.isGroup()) {
                lines.add(group(entry, headers.size()));
            } else {
                Evaluation verdict = yearVerdict(entry, year);
                lines.add(yearLine(entry, year, Kind.INDICATOR, verdict));
                if (entry.hasTarget() || entry.plan(year).isPresent()) {
                    judged.add(judgedYear(entry, year, verdict));
                }
            }
            entry.subs().forEach(sub -> lines.add(yearLine(sub, year, Kind.SUB, null)));
        });
        String opening = "Năm " + year + (anyEstimate ? " (ước thực hiện)" : "");
        Table table = new Table(null, headers, List.of(6, 38, 9, 14, 14, 10, 14, 16), lines,
                List.of(countLine(judged, Summaries.Words.VERDICTS, "Hoàn thành ")));
        return new Appendix(header.unitHeading(), header.dateLine(),
                "KẾT QUẢ THỰC HIỆN CHỈ TIÊU NGHỊ QUYẾT NĂM " + year + ", CHỈ TIÊU NGHỊ QUYẾT NĂM " + (year + 1),
                "(Kèm theo Báo cáo của " + header.bodyName() + ")", List.of(table),
                Summaries.paragraph(opening, Summaries.Words.VERDICTS, judged),
                Summaries.bySector(opening, Summaries.Words.VERDICTS, judged),
                "phu-luc-" + header.fileUnit() + "-nam-" + year);
    }

    /**
     * The term: the resolution's target, each year's result, the figure for the whole term, the verdict (or the
     * projection while the term runs), and beside it one table per former ward when the unit was formed from others.
     */
    static Appendix term(Catalogue catalogue, Map<Long, IndicatorRow> assessed, Optional<WardComparison> wards,
                         Header header) {
        var term = catalogue.term();
        boolean open = term.isOpen();
        List<Integer> years = term.years().subList(1, term.years().size());
        List<String> headers = new ArrayList<>(List.of("STT", "Tên chỉ tiêu", "ĐVT", "Chỉ tiêu Nghị quyết"));
        List<Integer> widths = new ArrayList<>(List.of(6, 34, 8, 14));
        years.forEach(y -> {
            headers.add("Năm " + y);
            widths.add(9);
        });
        headers.addAll(List.of("Cả nhiệm kỳ", open ? "Dự báo cuối nhiệm kỳ" : "Đạt/không đạt", "Ghi chú"));
        widths.addAll(List.of(10, 11, 12));
        List<Line> lines = new ArrayList<>();
        List<Judged> judged = new ArrayList<>();
        forEachSector(catalogue, lines, entry -> {
            if (entry.isGroup()) {
                lines.add(group(entry, headers.size()));
            } else {
                IndicatorRow row = assessed.get(entry.indicator().id());
                Assessment assessment = row == null ? Assessment.NONE : row.assessment();
                lines.add(termLine(entry, years, term.startYear(), term.endYear(), Kind.INDICATOR,
                        open ? outlookWord(assessment) : verdictWord(assessment.evaluation())));
                if (row != null && row.isTarget()) {
                    judged.add(judgedTerm(entry, row, open));
                }
            }
            entry.subs().forEach(sub -> lines.add(termLine(sub, years, term.startYear(), term.endYear(), Kind.SUB,
                    "")));
        });
        Summaries.Words words = open ? Summaries.Words.OUTLOOK : Summaries.Words.VERDICTS;
        String count = countLine(judged, words, open ? "Dự kiến hoàn thành " : "Hoàn thành ");
        List<Table> tables = new ArrayList<>();
        tables.add(new Table(null, headers, widths, lines, List.of(count)));
        wards.ifPresent(w -> tables.add(wardTable(w)));
        String opening = "Nhiệm kỳ " + term.code() + (open ? ", đến nay" : "");
        return new Appendix(header.unitHeading(), header.dateLine(),
                "KẾT QUẢ THỰC HIỆN CHỈ TIÊU NGHỊ QUYẾT NHIỆM KỲ " + term.code()
                        + (open ? " (ĐẾN NAY VÀ DỰ BÁO CUỐI NHIỆM KỲ)" : ""),
                "(Kèm theo Báo cáo của " + header.bodyName() + ")", tables,
                Summaries.paragraph(opening, words, judged), Summaries.bySector(opening, words, judged),
                "phu-luc-" + header.fileUnit() + "-nhiem-ky-" + term.code());
    }

    /** The merged unit beside each former unit: result and verdict per unit, and each unit's count. */
    private static Table wardTable(WardComparison wards) {
        List<String> headers = new ArrayList<>(List.of("STT", "Tên chỉ tiêu", "Chỉ tiêu Nghị quyết"));
        List<Integer> widths = new ArrayList<>(List.of(6, 32, 14));
        for (String unit : wards.units()) {
            headers.add(unit + ": kết quả");
            headers.add(unit + ": đánh giá");
            widths.add(12);
            widths.add(9);
        }
        List<Line> lines = new ArrayList<>();
        int n = 0;
        for (WardComparison.Row row : wards.rows()) {
            List<Cell> cells = new ArrayList<>(List.of(Cell.text(String.valueOf(++n)), Cell.text(row.name()),
                    Cell.text(row.targetText())));
            for (WardComparison.Cell cell : row.cells()) {
                if (cell == null) {
                    cells.add(Cell.text(""));
                    cells.add(Cell.text(""));
                } else {
                    boolean ownTarget = cell.targetText() != null && !cell.targetText().equals(row.targetText());
                    cells.add(Cell.text((cell.value() == null ? "" : cell.value())
                            + (ownTarget ? " (NQ: " + cell.targetText() + ")" : "")));
                    cells.add(Cell.text(verdictWord(cell.assessment().evaluation())));
                }
            }
            lines.add(new Line(Kind.INDICATOR, cells));
        }
        List<String> footer = wards.tallies().stream().map(t -> t.unit() + ": hoàn thành " + t.tally().dat() + "/"
                + t.tally().targets() + " chỉ tiêu, " + t.missedLabel()
                + (t.note() == null ? "" : " (" + t.note() + ")")).toList();
        return new Table("So sánh với các đơn vị trước sáp nhập", headers, widths, lines, footer);
    }

    private interface EntryLines {
        void add(Entry entry);
    }

    /** A heading line per sector that has rows, then that sector's rows. */
    private static void forEachSector(Catalogue catalogue, List<Line> lines, EntryLines each) {
        int index = 0;
        for (Sector sector : Sector.values()) {
            List<Entry> of = catalogue.entries().stream().filter(e -> e.sector() == sector).toList();
            if (of.isEmpty()) {
                continue;
            }
            lines.add(new Line(Kind.SECTOR, List.of(Cell.text(ROMAN[index++]), Cell.text(sector.label()))));
            of.forEach(each::add);
        }
    }

    private static Line group(Entry entry, int columns) {
        List<Cell> cells = new ArrayList<>(List.of(Cell.text(entry.number()), Cell.text(entry.indicator().name())));
        while (cells.size() < columns) {
            cells.add(Cell.text(""));
        }
        return new Line(Kind.GROUP, cells);
    }

    /** The year's verdict by the engine's one-figure rule; undecided without a figure. */
    private static Evaluation yearVerdict(Entry entry, int year) {
        return entry.figureOf(year)
                .map(v -> Assessments.judgeFigure(entry.yardstick(year), v.reading(entry.unit()), entry.unit(),
                        entry.countsAllUnits()))
                .orElse(Evaluation.undecided("Chưa có số liệu", false));
    }

    private static Line yearLine(Entry entry, int year, Kind kind, @Nullable Evaluation verdict) {
        String unit = entry.unit();
        Optional<DataValue> figure = entry.figureOf(year);
        String plan = entry.plan(year).map(AnnualPlan::text).orElse(entry.hasTarget()
                ? entry.indicator().targetText() : "");
        List<String> notes = new ArrayList<>();
        figure.ifPresent(v -> {
            if (v.period().kind() != vn.chitieu.datavalue.Period.Kind.YEAR) {
                notes.add("Số liệu " + v.period().label());
            }
            if (v.note() != null && !v.note().isBlank()) {
                notes.add(v.note().strip());
            }
        });
        return new Line(kind, List.of(
                Cell.text(kind == Kind.SUB ? "" : entry.number()),
                Cell.text(entry.indicator().name()),
                Cell.text(unit),
                Cells.of(plan, unit),
                Cells.of(figure.map(DataValue::valueText).orElse(""), unit),
                Cell.text(verdict == null ? "" : verdictWord(verdict)),
                Cells.of(entry.plan(year + 1).map(AnnualPlan::text).orElse(""), unit),
                Cell.text(String.join("; ", notes))));
    }

    private static Line termLine(Entry entry, List<Integer> years, int start, int end, Kind kind, String verdict) {
        String unit = entry.unit();
        List<Cell> cells = new ArrayList<>(List.of(
                Cell.text(kind == Kind.SUB ? "" : entry.number()),
                Cell.text(entry.indicator().name()),
                Cell.text(unit),
                Cells.of(entry.indicator().targetText(), unit)));
        for (int year : years) {
            cells.add(entry.figureOf(year).map(v -> v.period().kind() == vn.chitieu.datavalue.Period.Kind.YEAR
                    ? Cells.of(v.valueText(), unit)
                    : Cell.text(v.valueText() + " (" + v.period().label() + ")")).orElse(Cell.text("")));
        }
        Optional<DataValue> whole = entry.termFigure(start, end);
        cells.add(Cells.of(whole.map(DataValue::valueText).orElse(""), unit));
        cells.add(Cell.text(verdict));
        cells.add(Cell.text(whole.map(DataValue::note).orElse("")));
        return new Line(kind, cells);
    }

    /** The word the appendix prints: "Đạt", "Vượt", "Không đạt"; nothing while undecided. */
    static String verdictWord(Evaluation evaluation) {
        return switch (evaluation.verdict()) {
            case DAT -> evaluation.exceeded() ? "Vượt" : "Đạt";
            case KHONG_DAT -> "Không đạt";
            case CHUA_DANH_GIA -> "";
        };
    }

    private static String outlookWord(Assessment assessment) {
        return assessment.projection() == null ? "" : assessment.outlook().label();
    }

    private static Judged judgedYear(Entry entry, int year, Evaluation verdict) {
        Optional<DataValue> figure = entry.figureOf(year);
        String against = entry.plan(year).map(AnnualPlan::text).orElse(entry.hasTarget()
                ? entry.indicator().targetText() : "");
        return new Judged(entry.sector(), entry.title(), outcome(verdict.verdict()),
                figure.map(DataValue::valueText).orElse(""), against,
                figure.map(DataValue::reason).orElse(null), figure.map(DataValue::remedy).orElse(null));
    }

    private static Judged judgedTerm(Entry entry, IndicatorRow row, boolean open) {
        Assessment a = row.assessment();
        Outcome outcome = open
                ? a.outlook() == Outlook.DU_KIEN_DAT ? Outcome.MET
                : a.outlook() == Outlook.NGUY_CO_KHONG_DAT ? Outcome.MISSED : Outcome.UNDECIDED
                : outcome(a.verdict());
        Optional<DataValue> latest = entry.latest();
        return new Judged(entry.sector(), entry.title(), outcome, row.latestValue() == null ? "" : row.latestValue(),
                row.targetText() == null ? "" : row.targetText(), latest.map(DataValue::reason).orElse(null),
                latest.map(DataValue::remedy).orElse(null));
    }

    private static Outcome outcome(Verdict verdict) {
        return switch (verdict) {
            case DAT -> Outcome.MET;
            case KHONG_DAT -> Outcome.MISSED;
            case CHUA_DANH_GIA -> Outcome.UNDECIDED;
        };
    }

    private static String countLine(List<Judged> judged, Summaries.Words words, String lead) {
        long met = judged.stream().filter(j -> j.outcome() == Outcome.MET).count();
        long missed = judged.stream().filter(j -> j.outcome() == Outcome.MISSED).count();
        return lead + met + "/" + judged.size() + " chỉ tiêu · " + missed + " " + words.missed() + " · "
                + (judged.size() - met - missed) + " " + words.undecided();
    }
}
