package vn.chitieu.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.chitieu.TestAccounts.as;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.jdbc.core.mapping.AggregateReference;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;
import vn.chitieu.IntegrationTest;
import vn.chitieu.datavalue.DataValue;
import vn.chitieu.datavalue.DataValueService;
import vn.chitieu.datavalue.Period;
import vn.chitieu.indicator.AnnualPlan;
import vn.chitieu.indicator.Indicator;
import vn.chitieu.indicator.IndicatorService;
import vn.chitieu.indicator.Sector;
import vn.chitieu.indicator.Term;
import vn.chitieu.orgunit.OrgUnitKind;
import vn.chitieu.orgunit.OrgUnitService;

@IntegrationTest
@Transactional
class ReportServiceTest {

    @Autowired
    ReportService reports;
    @Autowired
    IndicatorService indicators;
    @Autowired
    DataValueService values;
    @Autowired
    OrgUnitService units;
    @Autowired
    JdbcClient jdbc;

    long unit(String code) {
        return jdbc.sql("SELECT id FROM org_unit WHERE code = ?").param(code).query(Long.class).single();
    }

    Appendix year2026() {
        return as("lanhdao", "LANH_DAO", () -> reports.yearAppendix(unit("tam-ky"), 2026));
    }

    byte[] file(Appendix appendix, ReportFormat format, String paragraph) {
        return as("lanhdao", "LANH_DAO", () -> reports.render(appendix, format, paragraph).bytes());
    }

    /** Tam Kỳ's 2025-2030 catalogue as the catalogue orders it: (number, name) by sector. */
    List<Indicator> catalogue() {
        Term term = as("quantri", "QUAN_TRI", () -> indicators.requireTerm("2025-2030"));
        long tamKy = unit("tam-ky");
        // its own catalogue and the indicators the city assigned to its wards, as the one answer gives them
        return as("quantri", "QUAN_TRI", () -> indicators.indicatorsOfUnit(term, tamKy)).stream()
                .filter(i -> i.parentId() == null)
                .sorted(java.util.Comparator.comparing(Indicator::sector).thenComparingInt(Indicator::sortOrder))
                .toList();
    }

    /** The table's rows of a sheet, from the header row down to the last line of the table. */
    static List<Row> tableRows(XSSFSheet sheet, int lines) {
        int header = -1;
        for (Row row : sheet) {
            if (row.getCell(0) != null && "STT".equals(row.getCell(0).getStringCellValue())) {
                header = row.getRowNum();
                break;
            }
        }
        List<Row> rows = new ArrayList<>();
        for (int r = header + 1; r <= header + lines; r++) {
            rows.add(sheet.getRow(r));
        }
        return rows;
    }

    @Test
    void the_year_workbook_has_every_indicator_once_in_catalogue_order_with_texts_verdicts_and_number_cells()
            throws IOException {
        Appendix appendix = year2026();
        assertThat(appendix.title())
                .isEqualTo("KẾT QUẢ THỰC HIỆN CHỈ TIÊU NGHỊ QUYẾT NĂM 2026, CHỈ TIÊU NGHỊ QUYẾT NĂM 2027");
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(file(appendix, ReportFormat.XLSX, "")))) {
            XSSFSheet sheet = book.getSheetAt(0);
            List<Row> rows = tableRows(sheet, appendix.main().lines().size());
            Row header = sheet.getRow(rows.getFirst().getRowNum() - 1);
            assertThat(header.getCell(4).getStringCellValue()).isEqualTo("Ước thực hiện năm 2026");
            assertThat(header.getCell(6).getStringCellValue()).isEqualTo("Kế hoạch năm 2027");

            List<String> sectors = new ArrayList<>();
            List<String> names = new ArrayList<>();
            List<String> numbers = new ArrayList<>();
            DataFormatter shown = new DataFormatter();
            for (Row row : rows) {
                String name = row.getCell(1).getStringCellValue();
                if (row.getCell(0).getStringCellValue().matches("[IVX]+")) {
                    sectors.add(name);
                } else {
                    names.add(name);
                    numbers.add(row.getCell(0).getStringCellValue());
                }
            }
            assertThat(sectors).containsExactly(Sector.XAY_DUNG_DANG.label(), Sector.KINH_TE.label(),
                    Sector.VAN_HOA_XA_HOI.label(), Sector.MOI_TRUONG.label(), Sector.QUOC_PHONG_AN_NINH.label());
            assertThat(names).containsExactlyElementsOf(catalogue().stream().map(Indicator::name).toList());
            assertThat(numbers).containsExactlyElementsOf(catalogue().stream()
                    .map(i -> i.number() == null ? "" : i.number()).toList());

            Row second = rows.stream().filter(r -> "2".equals(r.getCell(0).getStringCellValue())).findFirst()
                    .orElseThrow();
            // the target as written, the estimate as a number cell shown with its decimal, the engine's word
            assertThat(second.getCell(3).getStringCellValue()).isEqualTo("trên 95%");
            assertThat(second.getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(second.getCell(4).getNumericCellValue()).isEqualTo(0.955, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(second.getCell(4).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            assertThat(shown.formatCellValue(second.getCell(4))).isEqualTo("95.5%");
            assertThat(second.getCell(5).getStringCellValue()).isIn("Đạt", "Vượt");

            Row fifth = rows.stream().filter(r -> "5".equals(r.getCell(0).getStringCellValue())).findFirst()
                    .orElseThrow();
            assertThat(fifth.getCell(4).getCellType()).isEqualTo(CellType.STRING);
            assertThat(fifth.getCell(4).getStringCellValue()).isEqualTo("Hoàn thành tốt nhiệm vụ");
            assertThat(fifth.getCell(3).getStringCellValue()).isEqualTo("hoàn thành tốt nhiệm vụ trở lên");

            Row water = rows.stream().filter(r -> "12".equals(r.getCell(0).getStringCellValue())).findFirst()
                    .orElseThrow();
            // 97,8% against "đạt 100%": missed, by the same rule the entry sheet uses
            assertThat(water.getCell(5).getStringCellValue()).isEqualTo("Không đạt");
            Row schools = rows.stream().filter(r -> "10".equals(r.getCell(0).getStringCellValue())).findFirst()
                    .orElseThrow();
            // no 2026 figure: left blank, never a guess
            assertThat(schools.getCell(4).getStringCellValue()).isEmpty();
            assertThat(schools.getCell(5).getStringCellValue()).isEmpty();

            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
            assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
            assertThat(book.getPrintArea(0)).isNotNull();
            assertThat(sheet.getRepeatingRows()).isNotNull();
            assertThat(sheet.getMergedRegions()).anyMatch(m -> m.getFirstRow() == 3
                    && m.getLastColumn() == appendix.main().headers().size() - 1);
        }
    }

    @Test
    void the_year_document_repeats_its_header_row_in_landscape_with_the_edited_paragraph() throws IOException {
        Appendix appendix = year2026();
        String edited = "Năm 2026, đoạn đánh giá đã sửa tay: 12/15 chỉ tiêu đạt và vượt.";
        try (var doc = new XWPFDocument(new ByteArrayInputStream(file(appendix, ReportFormat.DOCX, edited)))) {
            var size = doc.getDocument().getBody().getSectPr().getPgSz();
            assertThat(((java.math.BigInteger) size.getW()).intValue())
                    .isGreaterThan(((java.math.BigInteger) size.getH()).intValue());
            assertThat(doc.getParagraphs()).anyMatch(p -> p.getText().equals(appendix.title()));
            assertThat(doc.getParagraphs()).anyMatch(p -> p.getText().equals(edited));
            assertThat(doc.getTables().getFirst().getText()).contains("ĐẢNG BỘ PHƯỜNG TAM KỲ", "ĐẢNG CỘNG SẢN VIỆT NAM");
            XWPFTable table = doc.getTables().get(1);
            assertThat(table.getRow(0).isRepeatHeader()).isTrue();
            assertThat(table.getRow(0).getCell(0).getText()).isEqualTo("STT");
            List<XWPFTableRow> rows = table.getRows().subList(1, table.getRows().size());
            assertThat(rows).hasSize(appendix.main().lines().size());
            for (int r = 0; r < rows.size(); r++) {
                Appendix.Line line = appendix.main().lines().get(r);
                for (int c = 0; c < line.cells().size(); c++) {
                    assertThat(rows.get(r).getCell(c).getText()).as("row %d column %d", r, c)
                            .isEqualTo(line.text(c));
                }
            }
            assertThat(doc.getParagraphs().stream().flatMap(p -> p.getRuns().stream()))
                    .allMatch(run -> "Times New Roman".equals(run.getFontFamily()));
        }
    }

    @Test
    void the_pdf_keeps_every_vietnamese_letter_of_the_appendix() throws IOException {
        Appendix appendix = year2026();
        String text;
        try (var pdf = Loader.loadPDF(file(appendix, ReportFormat.PDF, appendix.summary()))) {
            var page = pdf.getPage(0);
            // A4 turned a quarter: the page is stored upright and shown rotated
            boolean turned = page.getRotation() % 180 != 0;
            float width = turned ? page.getMediaBox().getHeight() : page.getMediaBox().getWidth();
            float height = turned ? page.getMediaBox().getWidth() : page.getMediaBox().getHeight();
            assertThat(width).isGreaterThan(height);
            text = Normalizer.normalize(new PDFTextStripper().getText(pdf), Normalizer.Form.NFC);
        }
        Set<Integer> letters = new TreeSet<>();
        appendix.main().lines().forEach(line -> line.cells().forEach(cell -> cell.text().codePoints()
                .filter(c -> c > 127).forEach(letters::add)));
        appendix.summary().codePoints().filter(c -> c > 127).forEach(letters::add);
        assertThat(letters).hasSizeGreaterThan(20);
        for (int letter : letters) {
            assertThat(text).as("letter %s", Character.toString(letter)).contains(Character.toString(letter));
        }
        assertThat(text.replaceAll("\\s+", " ")).contains("KẾT QUẢ THỰC HIỆN CHỈ TIÊU NGHỊ QUYẾT NĂM 2026",
                "Xây dựng Đảng và hệ thống chính trị", "Tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ");
    }

    @Test
    void an_indicator_no_longer_tracked_leaves_the_appendix() {
        Indicator dropped = catalogue().getLast();
        as("quantri", "QUAN_TRI", () -> {
            indicators.deactivate(dropped.id(), "Nghị quyết bổ sung đã bỏ chỉ tiêu này");
            return null;
        });

        List<String> names = year2026().tables().getFirst().lines().stream().map(l -> l.text(1)).toList();

        assertThat(names).doesNotContain(dropped.name()).contains(catalogue().getFirst().name());
    }

    @Test
    void an_appendix_of_a_unit_out_of_reach_is_refused() {
        long phoHoa = unit("pho-hoa");
        assertThatThrownBy(() -> as("lanhdao", "LANH_DAO", () -> reports.yearAppendix(phoHoa, 2024)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("trinhchieu", "TRINH_CHIEU", () -> reports.yearAppendix(unit("tam-ky"), 2026)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_term_appendix_has_each_year_the_verdicts_the_count_and_the_former_wards() {
        Appendix appendix = as("lanhdao", "LANH_DAO", () -> reports.termAppendix("2020-2025", unit("tam-ky")));
        Appendix.Table main = appendix.main();
        assertThat(main.headers()).containsSequence("Năm 2021", "Năm 2022", "Năm 2023", "Năm 2024", "Năm 2025",
                "Cả nhiệm kỳ", "Đạt/không đạt");
        assertThat(main.footer().getFirst()).matches("Hoàn thành \\d+/\\d+ chỉ tiêu · \\d+ không đạt · \\d+ chưa đánh giá");
        assertThat(appendix.tables()).hasSize(2);
        Appendix.Table wards = appendix.tables().get(1);
        assertThat(String.join(" ", wards.headers())).contains("An Mỹ", "An Xuân", "Trường Xuân");
        assertThat(wards.footer()).anyMatch(line -> line.startsWith("Phường An Xuân (cũ): hoàn thành"));

        Appendix running = as("lanhdao", "LANH_DAO", () -> reports.termAppendix("2025-2030", unit("tam-ky")));
        assertThat(running.main().headers()).contains("Năm 2026", "Dự báo cuối nhiệm kỳ");
        assertThat(running.main().footer().getFirst()).startsWith("Dự kiến hoàn thành ");
        assertThat(running.summary()).startsWith("Nhiệm kỳ 2025-2030, đến nay, có ");
    }

    /**
     * A year of an appendix like the city's own (001): a plan per year, a result judged against that year's plan,
     * the next year's plan, a group heading and "Trong đó" sub-rows, written by hand through the services.
     */
    @Test
    void an_appendix_of_rows_written_here_puts_each_cell_where_it_belongs() {
        Term term = as("quantri", "QUAN_TRI", () -> indicators.requireTerm("2025-2030"));
        long xa = as("quantri", "QUAN_TRI", () -> units.create(new OrgUnitService.NewUnit("xa-thu-phu-luc",
                "Xã Thử Phụ Lục", OrgUnitKind.XA, null, null)).id());
        Indicator party = save(term, xa, Sector.XAY_DUNG_DANG, "1", "Tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ",
                "%", "trên 95%", null, 1, Set.of(new AnnualPlan(2026, "98%", null), new AnnualPlan(2027, "99%", null)));
        Indicator poor = save(term, xa, Sector.VAN_HOA_XA_HOI, "2", "Giảm số hộ nghèo", "hộ", "giảm 40 hộ", null, 2,
                Set.of(new AnnualPlan(2026, "Giảm 40 hộ", null), new AnnualPlan(2027, "Giảm 07 hộ", null)));
        save(term, xa, Sector.VAN_HOA_XA_HOI, null, "Trong đó: hộ nghèo thuộc diện bảo trợ xã hội", "hộ", null,
                poor.id(), 3, Set.of(new AnnualPlan(2026, "5 (dự kiến)", null)));
        Indicator group = save(term, xa, Sector.VAN_HOA_XA_HOI, null, "Về nông thôn mới", null, null, null, 4, Set.of());
        save(term, xa, Sector.VAN_HOA_XA_HOI, null, "- Số thôn đạt chuẩn nông thôn mới kiểu mẫu", "thôn", null,
                group.id(), 5, Set.of(new AnnualPlan(2026, "3", null), new AnnualPlan(2027, "4", null)));
        as("quantri", "QUAN_TRI", () -> {
            // 96,5% beats the term's "trên 95%" but not the year's plan of 98%: the plan decides
            values.save(DataValue.draft(party.id(), xa, Period.year(2026), true, "96,5%", null, null, null)
                    .withExplanation("Hai chi bộ chưa hoàn thành nhiệm vụ", "Tăng cường kiểm tra, giám sát"));
            values.save(DataValue.draft(poor.id(), xa, Period.year(2026), true, "Giảm 45 hộ", null,
                    "Theo kết quả rà soát cuối năm", null));
            return null;
        });

        Appendix appendix = as("quantri", "QUAN_TRI", () -> reports.yearAppendix(xa, 2026));
        List<Appendix.Line> lines = appendix.main().lines();
        assertThat(lines.stream().map(l -> l.kind() + " " + l.text(0) + " " + l.text(1)).toList()).containsExactly(
                "SECTOR I " + Sector.XAY_DUNG_DANG.label(),
                "INDICATOR 1 Tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ",
                "SECTOR II " + Sector.VAN_HOA_XA_HOI.label(),
                "INDICATOR 2 Giảm số hộ nghèo",
                "SUB  Trong đó: hộ nghèo thuộc diện bảo trợ xã hội",
                "GROUP  Về nông thôn mới",
                "SUB  - Số thôn đạt chuẩn nông thôn mới kiểu mẫu");
        assertThat(cells(lines.get(1))).containsExactly("1", "Tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ", "%",
                "98%", "96,5%", "Không đạt", "99%", "");
        assertThat(cells(lines.get(3))).containsExactly("2", "Giảm số hộ nghèo", "hộ", "Giảm 40 hộ", "Giảm 45 hộ",
                "Vượt", "Giảm 07 hộ", "Theo kết quả rà soát cuối năm");
        assertThat(cells(lines.get(4))).containsExactly("", "Trong đó: hộ nghèo thuộc diện bảo trợ xã hội", "hộ",
                "5 (dự kiến)", "", "", "", "");
        assertThat(cells(lines.get(6))).containsExactly("", "- Số thôn đạt chuẩn nông thôn mới kiểu mẫu", "thôn", "3",
                "", "", "4", "");
        assertThat(lines.get(1).cells().get(4).number()).isEqualByComparingTo("0.965");
        assertThat(lines.get(6).cells().get(3).number()).isEqualByComparingTo("3");
        assertThat(lines.get(4).cells().get(3).number()).isNull();
        assertThat(appendix.main().footer()).containsExactly("Hoàn thành 1/2 chỉ tiêu · 1 không đạt · 0 chưa đánh giá");
        assertThat(appendix.summary()).isEqualTo("Năm 2026 (ước thực hiện), có 1/2 chỉ tiêu đạt và vượt; 1 chỉ tiêu "
                + "không đạt: (1) Tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ (96,5%/98%), nguyên nhân: Hai chi bộ "
                + "chưa hoàn thành nhiệm vụ, giải pháp: Tăng cường kiểm tra, giám sát.");
        assertThat(appendix.sectorSummaries()).isEqualTo("Năm 2026 (ước thực hiện), theo từng lĩnh vực:\n"
                + "- Xây dựng Đảng và hệ thống chính trị: có 0/1 chỉ tiêu đạt và vượt; 1 chỉ tiêu không đạt: (1) Tỷ lệ "
                + "tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ (96,5%/98%), nguyên nhân: Hai chi bộ chưa hoàn thành "
                + "nhiệm vụ, giải pháp: Tăng cường kiểm tra, giám sát.\n"
                + "- Văn hóa - Xã hội: có 1/1 chỉ tiêu đạt và vượt.");
    }

    private static List<String> cells(Appendix.Line line) {
        return line.cells().stream().map(Appendix.Cell::text).toList();
    }

    private Indicator save(Term term, long unit, Sector sector, String number, String name, String measure,
                           String target, Long parent, int order, Set<AnnualPlan> plans) {
        return as("quantri", "QUAN_TRI", () -> indicators.save(new Indicator(null, AggregateReference.to(term.id()),
                sector, AggregateReference.to(unit), null, number, name, measure, null, target, null,
                parent == null ? null : AggregateReference.to(parent), order, null, plans, 0)));
    }
}
