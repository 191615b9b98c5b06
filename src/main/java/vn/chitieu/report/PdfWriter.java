package vn.chitieu.report;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import vn.chitieu.report.Appendix.Kind;
import vn.chitieu.report.Appendix.Line;
import vn.chitieu.report.Appendix.Table;

/**
 * The appendix as a PDF, A4 landscape, in Liberation Serif (metric-compatible with Times New Roman, SIL Open Font
 * Licence, shipped in {@code resources/fonts}) embedded, so every Vietnamese letter prints on any machine.
 */
final class PdfWriter {

    private static final BaseFont REGULAR = font("LiberationSerif-Regular.ttf");
    private static final BaseFont BOLD = font("LiberationSerif-Bold.ttf");

    private PdfWriter() {
    }

    static byte[] write(Appendix appendix, String paragraph) {
        var out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 40, 40, 36, 36);
        try {
            com.lowagie.text.pdf.PdfWriter.getInstance(document, out);
            document.addTitle(appendix.title());
            document.open();
            PdfPTable block = new PdfPTable(2);
            block.setWidthPercentage(100);
            block.addCell(plain(appendix.unitHeading(), new Font(BOLD, 13), Element.ALIGN_CENTER));
            block.addCell(plain("ĐẢNG CỘNG SẢN VIỆT NAM", new Font(BOLD, 13), Element.ALIGN_CENTER));
            block.addCell(plain("*", new Font(REGULAR, 13), Element.ALIGN_CENTER));
            block.addCell(plain(appendix.dateLine(), new Font(REGULAR, 13, Font.ITALIC), Element.ALIGN_CENTER));
            document.add(block);
            document.add(centered(appendix.title(), new Font(BOLD, 13)));
            document.add(centered(appendix.subtitle(), new Font(REGULAR, 13, Font.ITALIC)));
            for (Table table : appendix.tables()) {
                if (table.caption() != null) {
                    document.add(new Paragraph(table.caption(), new Font(BOLD, 13)));
                }
                document.add(table(table));
                for (String footer : table.footer()) {
                    document.add(new Paragraph(footer, new Font(BOLD, 12)));
                }
            }
            for (String part : paragraph.split("\\R")) {
                if (!part.isBlank()) {
                    Paragraph p = new Paragraph(part.strip(), new Font(REGULAR, 13));
                    p.setAlignment(Element.ALIGN_JUSTIFIED);
                    p.setFirstLineIndent(28);
                    document.add(p);
                }
            }
        } catch (DocumentException e) {
            throw new IllegalStateException("Không tạo được tệp PDF: " + e.getMessage(), e);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }

    private static PdfPTable table(Table table) {
        int columns = table.headers().size();
        float points = columns > 8 ? 9 : 11;
        float[] widths = new float[columns];
        for (int c = 0; c < columns; c++) {
            widths[c] = table.widths().get(c);
        }
        PdfPTable t = new PdfPTable(widths);
        t.setWidthPercentage(100);
        t.setSpacingBefore(8);
        t.setHeaderRows(1);
        for (String header : table.headers()) {
            PdfPCell cell = new PdfPCell(new Phrase(header, new Font(BOLD, points)));
            cell.setHorizontalAlignment(Element.ALIGN_CENTER);
            cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
            t.addCell(cell);
        }
        for (Line line : table.lines()) {
            boolean bold = line.kind() == Kind.SECTOR || line.kind() == Kind.GROUP;
            int style = line.kind() == Kind.SUB || line.kind() == Kind.GROUP ? Font.ITALIC : Font.NORMAL;
            for (int c = 0; c < columns; c++) {
                String text = c < line.cells().size() ? line.cells().get(c).text() : "";
                PdfPCell cell = new PdfPCell(new Phrase(text, new Font(bold ? BOLD : REGULAR, points, style)));
                cell.setHorizontalAlignment(c == 1 ? Element.ALIGN_LEFT : Element.ALIGN_CENTER);
                cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
                if (line.kind() == Kind.SUB && c == 1) {
                    cell.setPaddingLeft(14);
                }
                t.addCell(cell);
            }
        }
        return t;
    }

    private static PdfPCell plain(String text, Font font, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setHorizontalAlignment(alignment);
        return cell;
    }

    private static Paragraph centered(String text, Font font) {
        Paragraph p = new Paragraph(text, font);
        p.setAlignment(Element.ALIGN_CENTER);
        return p;
    }

    private static BaseFont font(String file) {
        try (InputStream in = PdfWriter.class.getResourceAsStream("/fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("Thiếu phông chữ " + file + " trong gói phần mềm");
            }
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
    }
}
