package vn.chitieu.report;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A report's appendix (phụ lục) as the documents lay it out, ready for any format: the header block, the title, one
 * or more tables, the count lines under them, and the results paragraph written from the verdicts.
 *
 * @param unitHeading      "ĐẢNG BỘ PHƯỜNG TAM KỲ", top left of the header block
 * @param dateLine         "Tam Kỳ, ngày 14 tháng 3 năm 2026", under the header block on the right
 * @param summary          the results paragraph for the whole unit
 * @param sectorSummaries  the same, one paragraph per sector
 * @param fileStem         the download's name without its extension
 */
public record Appendix(String unitHeading, String dateLine, String title, String subtitle, List<Table> tables,
                       String summary, String sectorSummaries, String fileStem) {

    public Appendix {
        tables = List.copyOf(tables);
    }

    /** The first table: the appendix itself (a term appendix may add one per former ward). */
    public Table main() {
        return tables.getFirst();
    }

    /**
     * @param widths relative column widths, one per header
     * @param footer the lines under the table: "Hoàn thành 12/15 chỉ tiêu"
     */
    public record Table(@Nullable String caption, List<String> headers, List<Integer> widths, List<Line> lines,
                        List<String> footer) {

        public Table {
            headers = List.copyOf(headers);
            widths = List.copyOf(widths);
            lines = List.copyOf(lines);
            footer = List.copyOf(footer);
            if (widths.size() != headers.size()) {
                throw new IllegalArgumentException("one width per column");
            }
        }
    }

    /** What a line of the table is: it decides numbering, indentation and weight. */
    public enum Kind {
        /** A sector heading: "I · Xây dựng Đảng và hệ thống chính trị". */
        SECTOR,
        /** A group row without figures ("Về nông thôn mới"), kept as a heading. */
        GROUP,
        /** An indicator. */
        INDICATOR,
        /** A "Trong đó…" sub-row: indented, unnumbered, no verdict of its own. */
        SUB
    }

    public record Line(Kind kind, List<Cell> cells) {

        public Line {
            cells = List.copyOf(cells);
        }

        public String text(int column) {
            return cells.get(column).text();
        }
    }

    /**
     * A cell: the text as written, and where that text is exactly a number, the number (a percentage as a fraction:
     * "96,2%" is 0.962) with the decimals it was written with, so a spreadsheet gets a number cell.
     */
    public record Cell(String text, @Nullable BigDecimal number, boolean percent, int decimals) {

        public static Cell text(@Nullable String text) {
            return new Cell(text == null ? "" : text, null, false, 0);
        }
    }
}
