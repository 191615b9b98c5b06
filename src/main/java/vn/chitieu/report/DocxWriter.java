package vn.chitieu.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import vn.chitieu.report.Appendix.Kind;
import vn.chitieu.report.Appendix.Line;
import vn.chitieu.report.Appendix.Table;

/**
 * The appendix as a Word document: A4 landscape, Times New Roman 13 (11 in the term's wide table), the header block with the
 * unit and the date, the title, the table with its header row repeated on every page, the count lines and the
 * results paragraph as the person last edited it.
 */
final class DocxWriter {

    static final String FONT = "Times New Roman";
    /** A4 landscape in twentieths of a point, and the width left between 2 cm margins. */
    private static final int PAGE_WIDTH = 16838;
    private static final int PAGE_HEIGHT = 11906;
    private static final int MARGIN = 1134;
    private static final int TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN;

    private DocxWriter() {
    }

    static byte[] write(Appendix appendix, String paragraph) {
        try (XWPFDocument doc = new XWPFDocument(); var out = new ByteArrayOutputStream()) {
            landscape(doc);
            headerBlock(doc, appendix);
            text(doc.createParagraph(), appendix.title(), 13, true, false, ParagraphAlignment.CENTER);
            text(doc.createParagraph(), appendix.subtitle(), 13, false, true, ParagraphAlignment.CENTER);
            for (Table table : appendix.tables()) {
                if (table.caption() != null) {
                    text(doc.createParagraph(), table.caption(), 13, true, false, ParagraphAlignment.LEFT);
                }
                table(doc, table);
                for (String footer : table.footer()) {
                    text(doc.createParagraph(), footer, 13, true, false, ParagraphAlignment.LEFT);
                }
            }
            for (String part : paragraph.split("\\R")) {
                if (!part.isBlank()) {
                    XWPFParagraph p = doc.createParagraph();
                    p.setAlignment(ParagraphAlignment.BOTH);
                    p.setIndentationFirstLine(567);
                    text(p, part.strip(), 13, false, false, ParagraphAlignment.BOTH);
                }
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void landscape(XWPFDocument doc) {
        CTSectPr section = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_WIDTH));
        size.setH(BigInteger.valueOf(PAGE_HEIGHT));
        size.setOrient(STPageOrientation.LANDSCAPE);
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(MARGIN));
        margins.setBottom(BigInteger.valueOf(MARGIN));
        margins.setLeft(BigInteger.valueOf(MARGIN));
        margins.setRight(BigInteger.valueOf(MARGIN));
    }

    /** Left: the Party body of the unit; right: the national heading and the place and date. */
    private static void headerBlock(XWPFDocument doc, Appendix appendix) {
        XWPFTable block = doc.createTable(2, 2);
        block.removeBorders();
        block.setWidth(String.valueOf(TEXT_WIDTH));
        cellText(block.getRow(0).getCell(0), appendix.unitHeading(), 13, true, false, ParagraphAlignment.CENTER);
        cellText(block.getRow(0).getCell(1), "ĐẢNG CỘNG SẢN VIỆT NAM", 13, true, false, ParagraphAlignment.CENTER);
        cellText(block.getRow(1).getCell(0), "*", 13, false, false, ParagraphAlignment.CENTER);
        cellText(block.getRow(1).getCell(1), appendix.dateLine(), 13, false, true, ParagraphAlignment.CENTER);
        doc.createParagraph();
    }

    private static void table(XWPFDocument doc, Table table) {
        int columns = table.headers().size();
        int points = columns > 8 ? 11 : 13;
        int total = table.widths().stream().mapToInt(Integer::intValue).sum();
        XWPFTable t = doc.createTable(1 + table.lines().size(), columns);
        t.setWidth(String.valueOf(TEXT_WIDTH));
        t.setTableAlignment(TableRowAlign.CENTER);
        XWPFTableRow header = t.getRow(0);
        header.setRepeatHeader(true);
        header.setCantSplitRow(true);
        for (int c = 0; c < columns; c++) {
            XWPFTableCell cell = header.getCell(c);
            cell.setWidth(String.valueOf(TEXT_WIDTH * table.widths().get(c) / total));
            cellText(cell, table.headers().get(c), points, true, false, ParagraphAlignment.CENTER);
        }
        for (int r = 0; r < table.lines().size(); r++) {
            Line line = table.lines().get(r);
            XWPFTableRow row = t.getRow(r + 1);
            row.setCantSplitRow(true);
            for (int c = 0; c < columns; c++) {
                XWPFTableCell cell = row.getCell(c);
                cell.setWidth(String.valueOf(TEXT_WIDTH * table.widths().get(c) / total));
                Appendix.Cell value = c < line.cells().size() ? line.cells().get(c) : Appendix.Cell.text("");
                boolean bold = line.kind() == Kind.SECTOR || line.kind() == Kind.GROUP;
                boolean italic = line.kind() == Kind.SUB || line.kind() == Kind.GROUP;
                XWPFParagraph p = cellText(cell, value.text(), points, bold, italic,
                        c == 0 ? ParagraphAlignment.CENTER : c == 1 ? ParagraphAlignment.LEFT
                                : ParagraphAlignment.CENTER);
                if (line.kind() == Kind.SUB && c == 1) {
                    p.setIndentationLeft(360);
                }
            }
        }
    }

    private static XWPFParagraph cellText(XWPFTableCell cell, String text, int points, boolean bold, boolean italic,
                                          ParagraphAlignment alignment) {
        XWPFParagraph p = cell.getParagraphs().getFirst();
        text(p, text, points, bold, italic, alignment);
        return p;
    }

    private static void text(XWPFParagraph p, String text, int points, boolean bold, boolean italic,
                             ParagraphAlignment alignment) {
        p.setAlignment(alignment);
        p.setSpacingAfter(0);
        XWPFRun run = p.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(points);
        run.setBold(bold);
        run.setItalic(italic);
        run.setText(text);
    }
}
