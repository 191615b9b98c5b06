package vn.chitieu.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.chitieu.report.Appendix.Kind;
import vn.chitieu.report.Appendix.Line;
import vn.chitieu.report.Appendix.Table;

/**
 * The appendix as a workbook, one sheet per table: the header block, the merged title, a frozen header row repeated
 * on every printed page, A4 landscape fitted to the page width. A figure written as a plain number is a number cell
 * with a display format of the same decimals; every other figure is its text as written.
 */
final class XlsxWriter {

    /** Rows above the table: header block (2), blank, title, subtitle, blank. */
    private static final int TABLE_ROW = 6;

    private final XSSFWorkbook book = new XSSFWorkbook();
    private final Map<String, CellStyle> styles = new HashMap<>();
    private final Map<String, Font> fonts = new HashMap<>();

    private XlsxWriter() {
    }

    static byte[] write(Appendix appendix) {
        XlsxWriter writer = new XlsxWriter();
        int index = 0;
        for (Table table : appendix.tables()) {
            writer.sheet(appendix, table, index++ == 0 ? "Phụ lục" : "So sánh đơn vị cũ");
        }
        try (var book = writer.book; var out = new ByteArrayOutputStream()) {
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void sheet(Appendix appendix, Table table, String name) {
        XSSFSheet sheet = book.createSheet(name);
        int last = table.headers().size() - 1;
        int half = Math.max(1, last / 2);
        text(sheet, 0, 0, appendix.unitHeading(), style("bold-center", false));
        merge(sheet, 0, 0, half - 1);
        text(sheet, 0, half, "ĐẢNG CỘNG SẢN VIỆT NAM", style("bold-center", false));
        merge(sheet, 0, half, last);
        text(sheet, 1, half, appendix.dateLine(), style("italic-center", false));
        merge(sheet, 1, half, last);
        text(sheet, 3, 0, table.caption() == null ? appendix.title() : appendix.title() + " — " + table.caption(),
                style("title", false));
        merge(sheet, 3, 0, last);
        text(sheet, 4, 0, appendix.subtitle(), style("italic-center", false));
        merge(sheet, 4, 0, last);

        Row header = sheet.createRow(TABLE_ROW);
        header.setHeightInPoints(height(table.headers(), table));
        for (int c = 0; c <= last; c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(table.headers().get(c));
            cell.setCellStyle(style("header", true));
            sheet.setColumnWidth(c, Math.min(255, table.widths().get(c)) * 256);
        }
        int r = TABLE_ROW + 1;
        for (Line line : table.lines()) {
            Row row = sheet.createRow(r++);
            row.setHeightInPoints(height(line.cells().stream().map(Appendix.Cell::text).toList(), table));
            for (int c = 0; c <= last; c++) {
                Appendix.Cell value = c < line.cells().size() ? line.cells().get(c) : Appendix.Cell.text("");
                Cell cell = row.createCell(c);
                if (value.number() != null) {
                    cell.setCellValue(value.number().doubleValue());
                    cell.setCellStyle(numberStyle(value.percent(), value.decimals()));
                } else {
                    cell.setCellValue(value.text());
                    cell.setCellStyle(lineStyle(line.kind(), c));
                }
            }
        }
        int lastTableRow = r - 1;
        r++;
        for (String footer : table.footer()) {
            text(sheet, r, 0, footer, style("bold-left", false));
            merge(sheet, r++, 0, last);
        }
        sheet.createFreezePane(0, TABLE_ROW + 1);
        sheet.setRepeatingRows(new CellRangeAddress(TABLE_ROW, TABLE_ROW, 0, last));
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        sheet.setFitToPage(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        book.setPrintArea(book.getSheetIndex(sheet), 0, last, 0, Math.max(lastTableRow, r - 1));
    }

    /** Wrapped rows get the height of their longest cell: not every spreadsheet program fits them on opening. */
    private static float height(java.util.List<String> texts, Table table) {
        int rows = 1;
        for (int c = 0; c < texts.size() && c < table.widths().size(); c++) {
            int chars = Math.max(1, table.widths().get(c) - 1);
            rows = Math.max(rows, (texts.get(c).length() + chars - 1) / chars);
        }
        return rows * 15.5f + 2;
    }

    private static void text(XSSFSheet sheet, int row, int column, String text, CellStyle style) {
        Row r = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
        Cell cell = r.createCell(column);
        cell.setCellValue(text);
        cell.setCellStyle(style);
    }

    private static void merge(XSSFSheet sheet, int row, int from, int to) {
        if (to > from) {
            sheet.addMergedRegion(new CellRangeAddress(row, row, from, to));
        }
    }

    private CellStyle lineStyle(Kind kind, int column) {
        return switch (kind) {
            case SECTOR -> style("bold-left", true);
            case GROUP -> style("bold-italic", true);
            case SUB -> column == 1 ? style("indented", true) : style("plain", true);
            case INDICATOR -> column == 0 ? style("center", true) : style("plain", true);
        };
    }

    /** "0,0%" or "#.##0,0" as Vietnamese Excel shows them: the format code is written with the neutral symbols. */
    private CellStyle numberStyle(boolean percent, int decimals) {
        String fraction = decimals > 0 ? "." + "0".repeat(decimals) : "";
        String format = percent ? "0" + fraction + "%" : "#,##0" + fraction;
        return styles.computeIfAbsent("number " + format, key -> {
            CellStyle style = base(true);
            style.setDataFormat(book.createDataFormat().getFormat(format));
            style.setAlignment(HorizontalAlignment.RIGHT);
            return style;
        });
    }

    private CellStyle style(String name, boolean bordered) {
        return styles.computeIfAbsent(name + bordered, key -> {
            CellStyle style = base(bordered);
            Font font = font(name.startsWith("bold") || name.equals("header") || name.equals("title"),
                    name.contains("italic") || name.equals("indented"), name.equals("title") ? 14 : 12);
            style.setFont(font);
            style.setAlignment(name.contains("center") || name.equals("header") || name.equals("title")
                    ? HorizontalAlignment.CENTER : HorizontalAlignment.LEFT);
            if (name.equals("indented")) {
                style.setIndention((short) 2);
            }
            return style;
        });
    }

    private CellStyle base(boolean bordered) {
        CellStyle style = book.createCellStyle();
        style.setWrapText(true);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        if (bordered) {
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
        }
        style.setFont(font(false, false, 12));
        return style;
    }

    private Font font(boolean bold, boolean italic, int points) {
        return fonts.computeIfAbsent(bold + " " + italic + " " + points, key -> {
            Font font = book.createFont();
            font.setFontName("Times New Roman");
            font.setFontHeightInPoints((short) points);
            font.setBold(bold);
            font.setItalic(italic);
            return font;
        });
    }
}
