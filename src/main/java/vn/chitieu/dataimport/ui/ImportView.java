package vn.chitieu.dataimport.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import vn.chitieu.base.ui.VerdictBadge;
import vn.chitieu.dataimport.ImportConflictException;
import vn.chitieu.dataimport.ImportPreview;
import vn.chitieu.dataimport.ImportPreview.Action;
import vn.chitieu.dataimport.ImportRejectedException;
import vn.chitieu.dataimport.ImportService;
import vn.chitieu.base.ui.UploadTexts;

/** Upload a CSV or XLSX file, see every row read and judged, then write all of it or nothing. */
@Route("nhap-du-lieu")
@PageTitle("Nhập số liệu · Chỉ tiêu")
@Menu(order = 3, icon = "vaadin:upload", title = "Nhập từ tệp")
@RolesAllowed({"CAN_BO", "QUAN_TRI"})
class ImportView extends VerticalLayout {

    private final ImportService imports;
    final Upload upload;
    final Grid<ImportPreview.Row> grid = new Grid<>();
    final Span summary = new Span();
    final UnorderedList fileErrors = new UnorderedList();
    final Button commit = new Button("Ghi vào hệ thống", VaadinIcon.CHECK.create());
    final Button cancel = new Button("Hủy");
    private byte @Nullable [] content;
    private String fileName = "";

    ImportView(ImportService imports) {
        this.imports = imports;
        addClassName("import-view");
        setWidthFull();

        var help = new Paragraph("Tệp CSV (UTF-8, dấu phẩy hoặc chấm phẩy) hoặc Excel XLSX, dòng đầu là tiêu đề với "
                + "các cột: don_vi, nhiem_ky, linh_vuc, ma, chi_tieu, dvt, muc_tieu, ky, ket_qua, ghi_chu (tùy chọn: "
                + "chieu). Kỳ viết 2024, 2024-Q3, 2024-6T, 2024-9T hoặc 2020-2025; số viết như văn bản: 96,4%, 7/8, "
                + "giảm 5 hộ. Xem trước không ghi gì; khi ghi, có một dòng lỗi thì không dòng nào được ghi.");
        var template = new Anchor("/mau-nhap-lieu.csv", "Tải tệp mẫu");
        template.getElement().setAttribute("download", true);

        // the handler runs on the upload request, outside the UI lock: hand the bytes to the UI through access()
        AtomicReference<Upload> self = new AtomicReference<>();
        upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> self.get().getUI()
                .ifPresent(ui -> ui.access(() -> showPreview(bytes, metadata.fileName())))));
        self.set(upload);
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) (10 * 1024 * 1024));
        upload.setAcceptedFileTypes(".csv", ".xlsx", "text/csv",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        upload.setI18n(UploadTexts.vietnamese("Chọn tệp CSV hoặc XLSX…", "Mỗi lần chỉ nhập một tệp",
                "Chỉ nhận tệp .csv hoặc .xlsx"));
        upload.addFileRejectedListener(e -> notify(e.getErrorMessage(), NotificationVariant.LUMO_ERROR));

        configureGrid();
        commit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        commit.setEnabled(false);
        commit.addClickListener(e -> commitFile());
        cancel.addClickListener(e -> clear());
        summary.addClassName("summary");
        fileErrors.addClassName("file-errors");

        add(new H1("Nhập số liệu từ tệp"), help, template, upload, summary, fileErrors, grid,
                new HorizontalLayout(commit, cancel));
        clear();
    }

    /** Reads and judges the file; writes nothing. */
    void showPreview(byte[] bytes, String name) {
        content = bytes;
        fileName = name;
        render(imports.preview(bytes, name));
    }

    private void commitFile() {
        if (content == null) {
            return;
        }
        try {
            ImportPreview done = imports.commit(content, fileName);
            notify("Đã ghi: " + done.count(Action.THEM) + " giá trị mới, " + done.count(Action.SUA) + " giá trị sửa, "
                    + done.count(Action.GIU_NGUYEN) + " giữ nguyên.", NotificationVariant.LUMO_SUCCESS);
            clear();
        } catch (ImportRejectedException rejected) {
            render(rejected.preview());
            notify("Không ghi dòng nào: tệp có lỗi, xem cột Lỗi.", NotificationVariant.LUMO_ERROR);
        } catch (ImportConflictException conflict) {
            // the other import's indicators exist now: the preview shows this file against them
            notify(conflict.getMessage(), NotificationVariant.LUMO_ERROR);
            render(imports.preview(content, fileName));
        }
    }

    private void render(ImportPreview preview) {
        fileErrors.removeAll();
        preview.errors().forEach(error -> fileErrors.add(new ListItem(error)));
        grid.setItems(preview.rows());
        grid.setVisible(!preview.rows().isEmpty());
        long errorRows = preview.rows().stream().filter(ImportPreview.Row::hasErrors).count();
        long toWrite = preview.count(Action.THEM) + preview.count(Action.SUA) + preview.plansToWrite();
        summary.setText(fileName + ": " + preview.rows().size() + " dòng · " + preview.count(Action.THEM)
                + " thêm mới · " + preview.count(Action.SUA) + " sửa · " + preview.count(Action.GIU_NGUYEN)
                + " giữ nguyên · " + preview.plansToWrite() + " kế hoạch năm · " + errorRows + " dòng lỗi");
        commit.setEnabled(!preview.hasErrors() && (toWrite > 0 || hasNewCatalogueRows(preview)));
        cancel.setEnabled(true);
    }

    private static boolean hasNewCatalogueRows(ImportPreview preview) {
        return preview.rows().stream().anyMatch(r -> !r.warnings().isEmpty());
    }

    private void clear() {
        content = null;
        fileName = "";
        grid.setItems();
        grid.setVisible(false);
        fileErrors.removeAll();
        summary.setText("Chưa chọn tệp.");
        commit.setEnabled(false);
        cancel.setEnabled(false);
        upload.clearFileList();
    }

    private void configureGrid() {
        grid.addColumn(ImportPreview.Row::line).setHeader("Dòng").setWidth("5rem").setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        grid.addComponentColumn(row -> twoLines((row.code().isEmpty() ? "" : "(" + row.code() + ") ")
                + row.indicatorName(), row.unitName() + " · " + row.period()))
                .setHeader("Chỉ tiêu · đơn vị · kỳ").setFlexGrow(3);
        grid.addComponentColumn(row -> twoLines(row.targetText(), row.targetReading() == null ? null
                : "= " + row.targetReading())).setHeader("Mục tiêu").setFlexGrow(2);
        grid.addComponentColumn(row -> twoLines(row.result(), row.resultReading() == null ? null
                : "= " + row.resultReading())).setHeader("Kết quả").setFlexGrow(1);
        grid.addComponentColumn(row -> twoLines(row.planText(), row.planReading() == null ? null
                : "= " + row.planReading())).setHeader("Kế hoạch năm").setFlexGrow(1);
        grid.addComponentColumn(row -> VerdictBadge.of(row.verdict(), row.exceeded(), row.estimate(),
                row.explanation())).setHeader("Đánh giá").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> row.hasErrors() ? "Không ghi" : switch (row.action()) {
            case THEM -> "Thêm mới";
            case SUA -> "Sửa (giữ lịch sử)";
            case GIU_NGUYEN -> "Giữ nguyên";
            case KHONG_CO_KET_QUA -> row.planAction() == null ? "Không có kết quả" : "Chỉ ghi kế hoạch";
        } + (row.planAction() == Action.THEM ? " · thêm kế hoạch" : row.planAction() == Action.SUA
                ? " · sửa kế hoạch" : "")).setHeader("Khi ghi").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(ImportView::problems).setHeader("Lỗi / lưu ý").setFlexGrow(3).setWidth("16rem");
        grid.setPartNameGenerator(row -> row.hasErrors() ? "row-error" : row.warnings().isEmpty() ? null : "row-warning");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
    }

    private static Component problems(ImportPreview.Row row) {
        var box = new Div();
        row.errors().forEach(e -> {
            var line = new Div(VaadinIcon.CLOSE_CIRCLE.create(), new Span(e.column() + ": " + e.message()));
            line.addClassName("cell-error");
            box.add(line);
        });
        row.warnings().forEach(w -> {
            var line = new Div(VaadinIcon.INFO_CIRCLE.create(), new Span(w));
            line.addClassName("cell-warning");
            box.add(line);
        });
        return box;
    }

    private static Component twoLines(String main, @Nullable String secondary) {
        var box = new Div(new Span(main));
        if (secondary != null) {
            var reading = new Span(secondary);
            reading.addClassName("reading");
            box.add(reading);
        }
        box.addClassName("two-lines");
        return box;
    }

    private static void notify(String message, NotificationVariant variant) {
        Notification notification = Notification.show(message, 6000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(variant);
    }
}
