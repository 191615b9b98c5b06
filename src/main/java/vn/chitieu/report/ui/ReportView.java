package vn.chitieu.report.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.chitieu.dashboard.DashboardService;
import vn.chitieu.dashboard.DashboardService.UnitChoice;
import vn.chitieu.dashboard.ui.UnitChoicePicker;
import vn.chitieu.indicator.IndicatorService;
import vn.chitieu.indicator.Term;
import vn.chitieu.report.Appendix;
import vn.chitieu.report.ReportFormat;
import vn.chitieu.report.ReportService;

/**
 * The reports staff file: pick a unit, a year or a term and a format, see the appendix and the results paragraph
 * (editable: the Word and PDF files take the text as left here), and download it.
 */
@Route("bao-cao")
@PageTitle("Báo cáo · Chỉ tiêu")
@Menu(order = 4.5, icon = "vaadin:file-text-o", title = "Báo cáo")
@RolesAllowed({"LANH_DAO", "CAN_BO", "QUAN_TRI"})
class ReportView extends VerticalLayout {

    static final String YEAR = "Phụ lục năm";
    static final String TERM = "Phụ lục nhiệm kỳ";

    private final ReportService reports;
    final Select<String> kind = new Select<>();
    final Select<Term> term = new Select<>();
    final UnitChoicePicker unit;
    final Select<Integer> year = new Select<>();
    final Select<ReportFormat> format = new Select<>();
    final Checkbox bySector = new Checkbox("Đoạn đánh giá theo từng lĩnh vực");
    final TextArea summary = new TextArea("Đoạn đánh giá kết quả (sửa được; tệp Word và PDF lấy đúng đoạn này)");
    final Anchor download;
    final Span problem = new Span();
    final H2 title = new H2();
    final VerticalLayout tables = new VerticalLayout();
    private volatile @Nullable Appendix appendix;
    private volatile String paragraph = "";

    ReportView(ReportService reports, DashboardService dashboard, IndicatorService indicators, Clock clock) {
        this.reports = reports;
        this.unit = new UnitChoicePicker(dashboard);
        addClassName("report-view");
        setWidthFull();

        kind.setLabel("Loại phụ lục");
        kind.setItems(YEAR, TERM);
        kind.setValue(YEAR);
        term.setLabel("Nhiệm kỳ");
        term.setItemLabelGenerator(Term::code);
        List<Term> terms = indicators.terms();
        term.setItems(terms);
        year.setLabel("Năm");
        format.setLabel("Định dạng");
        format.setItems(ReportFormat.values());
        format.setItemLabelGenerator(f -> switch (f) {
            case XLSX -> "Excel (.xlsx)";
            case DOCX -> "Word (.docx)";
            case PDF -> "PDF";
        });
        format.setValue(ReportFormat.DOCX);
        summary.setWidthFull();
        summary.setValueChangeMode(ValueChangeMode.LAZY);
        summary.addValueChangeListener(e -> paragraph = e.getValue());
        problem.addClassName("report-problem");

        download = new Anchor(DownloadHandler.fromInputStream(event -> {
            ReportService.Download file = download();
            return new DownloadResponse(new ByteArrayInputStream(file.bytes()), file.fileName(), file.contentType(),
                    file.bytes().length);
        }), "Tải về");
        download.getElement().setAttribute("download", true);
        download.addComponentAsFirst(VaadinIcon.DOWNLOAD.create());

        terms.stream().filter(Term::isOpen).findFirst().or(() -> terms.stream().findFirst()).ifPresent(t -> {
            term.setValue(t);
            fillTerm(t, clock);
        });
        kind.addValueChangeListener(e -> {
            year.setVisible(YEAR.equals(e.getValue()));
            refresh();
        });
        term.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                fillTerm(e.getValue(), clock);
            }
            refresh();
        });
        unit.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                refresh();
            }
        });
        year.addValueChangeListener(e -> refresh());
        bySector.addValueChangeListener(e -> showSummary());

        var choices = new HorizontalLayout(kind, term, unit, year, format, download);
        choices.setAlignItems(FlexComponent.Alignment.BASELINE);
        choices.setWrap(true);
        tables.setPadding(false);
        add(new H1("Báo cáo"), choices, problem, title, tables, bySector, summary);
        refresh();
    }

    private void fillTerm(Term t, Clock clock) {
        unit.showTerm(t.code());
        // the term's own years: 2021-2025 for 2020-2025, whose base year belongs to the term before
        year.setItems(t.years().subList(1, t.years().size()));
        year.setValue(Math.max(t.startYear() + 1, t.yearNearest(clock)));
    }

    /** Reads the chosen appendix again and shows it. */
    void refresh() {
        problem.setText("");
        tables.removeAll();
        appendix = null;
        UnitChoice u = unit.getValue();
        Term t = term.getValue();
        if (u == null || t == null || YEAR.equals(kind.getValue()) && year.getValue() == null) {
            title.setText("");
            return;
        }
        try {
            Appendix a = YEAR.equals(kind.getValue()) ? reports.yearAppendix(u.id(), year.getValue())
                    : reports.termAppendix(t.code(), u.id());
            appendix = a;
            title.setText(a.title());
            a.tables().forEach(table -> tables.add(preview(table)));
            showSummary();
        } catch (IllegalArgumentException error) {
            title.setText("");
            problem.setText(error.getMessage());
        }
        download.setEnabled(appendix != null);
    }

    /** The table as the file will carry it; sub-rows indented, headings marked. */
    private static VerticalLayout preview(Appendix.Table table) {
        Grid<Appendix.Line> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT,
                GridVariant.LUMO_COLUMN_BORDERS);
        for (int c = 0; c < table.headers().size(); c++) {
            int column = c;
            grid.addColumn(line -> column == 1 && line.kind() == Appendix.Kind.SUB ? "\u2003" + line.text(column)
                            : column < line.cells().size() ? line.text(column) : "")
                    .setHeader(table.headers().get(c)).setFlexGrow(table.widths().get(c)).setResizable(true);
        }
        grid.setPartNameGenerator(line -> switch (line.kind()) {
            case SECTOR, GROUP -> "report-heading";
            case SUB -> "report-sub";
            case INDICATOR -> null;
        });
        grid.setItems(table.lines());
        grid.setAllRowsVisible(true);
        var box = new VerticalLayout();
        box.setPadding(false);
        if (table.caption() != null) {
            box.add(new Paragraph(table.caption()));
        }
        box.add(grid);
        table.footer().forEach(line -> box.add(new Paragraph(line)));
        return box;
    }

    private void showSummary() {
        Appendix a = appendix;
        summary.setValue(a == null ? "" : bySector.getValue() ? a.sectorSummaries() : a.summary());
        paragraph = summary.getValue();
    }

    /** The file for the current choices, with the paragraph as edited. */
    ReportService.Download download() {
        Appendix a = appendix;
        ReportFormat f = format.getValue();
        if (a == null || f == null) {
            throw new IllegalStateException("Chưa chọn phụ lục để tải về");
        }
        return reports.render(a, f, paragraph);
    }

    /** The grids of the preview, the appendix's first table first. */
    @SuppressWarnings("unchecked")
    List<Grid<Appendix.Line>> grids() {
        return tables.getChildren().flatMap(box -> box.getChildren()).filter(Grid.class::isInstance)
                .map(g -> (Grid<Appendix.Line>) g).toList();
    }
}
