package vn.chitieu.resolution.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import vn.chitieu.evaluation.Horizon;
import vn.chitieu.indicator.IndicatorService;
import vn.chitieu.indicator.Sector;
import vn.chitieu.indicator.Term;
import vn.chitieu.orgunit.OrgUnitService;
import vn.chitieu.orgunit.ui.AssignableUnitPicker;
import vn.chitieu.resolution.ProposedTarget;
import vn.chitieu.resolution.ResolutionReader;
import vn.chitieu.resolution.ResolutionService;
import vn.chitieu.resolution.ResolutionText;
import vn.chitieu.security.UserService;
import vn.chitieu.base.ui.UploadTexts;

/**
 * "Danh mục từ văn bản Nghị quyết": paste the resolution's list of targets (or upload the resolution), see the
 * catalogue it proposes with the engine's reading of each target, correct any field, then write it all or nothing.
 */
@Route("danh-muc/tu-van-ban")
@PageTitle("Danh mục từ văn bản Nghị quyết · Chỉ tiêu")
@Menu(order = 5.5, icon = "vaadin:file-text-o", title = "Danh mục từ văn bản Nghị quyết")
@RolesAllowed("QUAN_TRI")
class CatalogueFromTextView extends VerticalLayout {

    private final ResolutionService resolutions;
    final Select<Term> term = new Select<>();
    final AssignableUnitPicker unit;
    final TextArea text = new TextArea("Văn bản các chỉ tiêu");
    final Upload upload;
    final Button read = new Button("Đọc văn bản", VaadinIcon.SEARCH.create());
    final FlexLayout filters;
    final Button save = new Button("Lưu danh mục", VaadinIcon.CHECK.create());
    final Span summary = new Span();
    final Div problems = new Div();
    final Grid<Line> grid = new Grid<>();
    final List<Line> lines = new ArrayList<>();

    CatalogueFromTextView(ResolutionService resolutions, IndicatorService indicators, OrgUnitService orgUnits,
                          UserService users) {
        this.resolutions = resolutions;
        addClassName("catalogue-from-text-view");
        setWidthFull();

        term.setLabel("Nhiệm kỳ");
        term.setItems(indicators.terms());
        term.setItemLabelGenerator(Term::code);
        indicators.openTerm().ifPresent(term::setValue);
        // the units a term's indicators can go to (never a former ward for a running term), the administrator's own
        // first
        Long own = users.currentUnitId().orElse(null);
        unit = new AssignableUnitPicker(orgUnits);
        unit.showTerm(term.getValue() == null || term.getValue().isOpen(), own);
        term.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                unit.showTerm(e.getValue().isOpen(), own);
            }
            readText();
        });
        unit.addValueChangeListener(e -> readText());

        text.setWidthFull();
        text.setMinHeight("10rem");
        text.setMaxHeight("12rem");
        text.setPlaceholder("Dán mục \"Các chỉ tiêu chủ yếu\" của Nghị quyết, ví dụ:\n"
                + "1. Chỉ tiêu trên lĩnh vực xây dựng Đảng và hệ thống chính trị\n"
                + "(1) Tỷ lệ kết nạp đảng viên hằng năm phấn đấu đạt trên 3% tổng số đảng viên.");
        AtomicReference<Upload> self = new AtomicReference<>();
        upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> self.get().getUI()
                .ifPresent(ui -> ui.access(() -> showFile(bytes, metadata.fileName())))));
        self.set(upload);
        upload.setMaxFiles(1);
        // its button and drop label side by side are wider than a phone: it keeps to the page and wraps them
        upload.setMaxWidth("100%");
        upload.getStyle().set("box-sizing", "border-box");
        upload.setMaxFileSize((int) ResolutionText.MAX_BYTES);
        upload.setAcceptedFileTypes(".docx", ".txt", "text/plain",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        upload.setI18n(UploadTexts.vietnamese("Tải lên Nghị quyết (.docx, .txt)…", "Mỗi lần chỉ một tệp",
                "Chỉ nhận tệp .docx hoặc .txt"));
        upload.addFileRejectedListener(e -> notify(e.getErrorMessage(), NotificationVariant.LUMO_ERROR));

        read.addClickListener(e -> readText());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> saveAll());
        save.setEnabled(false);
        summary.addClassName("summary");
        problems.addClassName("file-errors");
        configureGrid();

        filters = new FlexLayout(term, unit, read);
        filters.addClassName("filters");
        filters.setAlignItems(FlexComponent.Alignment.END);
        // on a phone the unit and the button go below the term instead of widening the page past the screen
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.getStyle().set("gap", "var(--lumo-space-s) var(--lumo-space-m)");
        var help = new Paragraph("Dán phần liệt kê chỉ tiêu (đánh số (1), 1., a), gạch đầu dòng, hoặc viết liền cách "
                + "nhau bằng dấu chấm phẩy) hoặc tải lên tệp Word (.docx) hay văn bản (.txt) của Nghị quyết. Xem trước "
                + "không ghi gì; sửa được mọi ô; chỉ tiêu đơn vị đã có thì không lưu lại.");
        add(new H1("Danh mục từ văn bản Nghị quyết"), help, filters, text, upload, summary, problems, grid,
                new HorizontalLayout(save, new Anchor("danh-muc", "Xem danh mục chỉ tiêu")));
    }

    void showFile(byte[] bytes, String fileName) {
        try {
            text.setValue(ResolutionText.of(bytes, fileName));
            readText();
        } catch (IllegalArgumentException e) {
            notify(e.getMessage(), NotificationVariant.LUMO_ERROR);
        } finally {
            upload.clearFileList();
        }
    }

    /** Reads the text into the preview; writes nothing. */
    void readText() {
        lines.clear();
        problems.removeAll();
        if (!text.getValue().isBlank()) {
            try {
                List<ProposedTarget> rows = resolutions.preview(text.getValue(),
                        term.getValue() == null ? null : term.getValue().code(),
                        unit.getValue() == null ? null : unit.getValue().id());
                for (ProposedTarget row : rows) {
                    Line parent = new Line(row, null);
                    lines.add(parent);
                    for (int i = 0; i < row.parts().size(); i++) {
                        lines.add(new Line(row.parts().get(i), parent));
                    }
                }
            } catch (IllegalArgumentException e) {
                problems.add(new Paragraph(e.getMessage()));
            }
        }
        grid.setItems(lines);
        showSummary();
    }

    private void showSummary() {
        List<ProposedTarget> rows = topRows();
        long existing = rows.stream().filter(r -> r.existing() != null).count();
        long unreadable = rows.stream().filter(r -> r.existing() == null && !r.isReadable()).count();
        summary.setText(rows.isEmpty() ? (text.getValue().isBlank() ? "" : "Không tìm thấy chỉ tiêu nào trong văn bản")
                : rows.size() + " chỉ tiêu đọc được · " + (rows.size() - existing - unreadable) + " sẽ lưu · "
                + existing + " đã có trong danh mục · " + unreadable + " cần sửa");
        save.setEnabled(rows.size() > existing && unreadable == 0 && term.getValue() != null
                && unit.getValue() != null);
    }

    List<ProposedTarget> topRows() {
        return lines.stream().filter(l -> l.parent == null).map(l -> l.row).toList();
    }

    void saveAll() {
        if (term.getValue() == null || unit.getValue() == null) {
            notify("Chọn nhiệm kỳ và đơn vị", NotificationVariant.LUMO_ERROR);
            return;
        }
        problems.removeAll();
        try {
            ResolutionService.Saved saved = resolutions.save(term.getValue().code(), unit.getValue().id(), topRows());
            notify("Đã lưu " + saved.written().size() + " chỉ tiêu vào danh mục của " + saved.unitName() + ", nhiệm kỳ "
                    + saved.termCode() + (saved.existing().isEmpty() ? ""
                    : "; " + saved.existing().size() + " chỉ tiêu đã có, không lưu lại"), NotificationVariant.LUMO_SUCCESS);
            readText();
        } catch (IllegalArgumentException | DuplicateKeyException e) {
            problems.add(new Paragraph(e.getMessage()));
            notify("Chưa lưu gì: xem lỗi phía trên bảng", NotificationVariant.LUMO_ERROR);
        }
    }

    private void configureGrid() {
        grid.addComponentColumn(l -> l.number).setHeader("Số").setWidth("5.5rem").setFlexGrow(0);
        grid.addComponentColumn(l -> l.sector).setHeader("Lĩnh vực").setWidth("12rem").setFlexGrow(0);
        grid.addComponentColumn(l -> l.name).setHeader("Chỉ tiêu").setFlexGrow(3);
        grid.addComponentColumn(l -> l.unit).setHeader("ĐVT").setWidth("9rem").setFlexGrow(0);
        grid.addComponentColumn(l -> l.target).setHeader("Mục tiêu (như văn bản)").setFlexGrow(2);
        grid.addComponentColumn(l -> l.horizon).setHeader("Kỳ hạn").setWidth("10rem").setFlexGrow(0);
        grid.addComponentColumn(l -> l.reading).setHeader("Hệ thống hiểu là").setFlexGrow(2);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.setPartNameGenerator(l -> l.row.existing() != null ? "existing"
                : !l.row.errors().isEmpty() ? "unreadable" : l.parent != null ? "part" : null);
    }

    /** One row of the preview, with the fields a person corrects; a part of a compound target points at it. */
    final class Line {
        ProposedTarget row;
        final @Nullable Line parent;
        final TextField number = new TextField();
        final Select<Sector> sector = new Select<>();
        final TextArea name = new TextArea();
        final TextField unit = new TextField();
        final TextArea target = new TextArea();
        final Select<Horizon> horizon = new Select<>();
        final Span reading = new Span();

        Line(ProposedTarget row, @Nullable Line parent) {
            this.row = row;
            this.parent = parent;
            sector.setItems(Sector.values());
            sector.setItemLabelGenerator(s -> s == null ? "" : s.label());
            sector.setEmptySelectionAllowed(true);
            sector.setEmptySelectionCaption("(chưa rõ)");
            horizon.setItems(Horizon.values());
            horizon.setItemLabelGenerator(h -> h == null ? "" : h.label());
            number.setValue(row.label());
            number.setVisible(parent == null);
            name.setValue(row.name());
            name.setPrefixComponent(parent == null ? null : new Span("↳ Trong đó:"));
            unit.setValue(row.unit() == null ? "" : row.unit());
            target.setValue(row.targetText());
            sector.setValue(row.sector());
            horizon.setValue(row.horizon());
            for (TextFieldBase<?, String> field : fields()) {
                field.setValueChangeMode(ValueChangeMode.LAZY);
                field.setWidthFull();
                field.addValueChangeListener(e -> {
                    if (e.isFromClient()) {
                        edited();
                    }
                });
            }
            sector.setWidthFull();
            horizon.setWidthFull();
            sector.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    edited();
                }
            });
            horizon.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    edited();
                }
            });
            boolean existing = row.existing() != null;
            fields().forEach(field -> field.setReadOnly(existing));
            sector.setReadOnly(existing);
            horizon.setReadOnly(existing);
            sector.setEnabled(parent == null);
            show();
        }

        private List<TextFieldBase<?, String>> fields() {
            return List.of(number, name, unit, target);
        }

        /** Reads the corrected row again; a part is read again with its target, which inherits its horizon. */
        void edited() {
            row = row.edited(number.getValue(), sector.getValue(), name.getValue(), blankToNull(unit.getValue()),
                    target.getValue(), horizon.getValue());
            if (parent != null) {
                List<ProposedTarget> parts = lines.stream().filter(l -> l.parent == parent).map(l -> l.row).toList();
                ProposedTarget p = parent.row;
                parent.row = ResolutionReader.check(new ProposedTarget(p.label(), p.sector(), p.name(), p.unit(),
                        p.targetText(), p.horizon(), p.horizonYear(), null, List.of(), parts, p.existing()));
                parent.show();
            }
            show();
            grid.getDataProvider().refreshAll();
            showSummary();
        }

        void show() {
            reading.removeClassNames("reading-existing", "reading-error");
            if (row.existing() != null) {
                reading.setText(row.existing());
                reading.addClassName("reading-existing");
            } else if (!row.errors().isEmpty()) {
                reading.setText("Chưa đọc được: " + String.join("; ", row.errors()));
                reading.addClassName("reading-error");
            } else {
                reading.setText(row.reading() == null ? "" : row.reading());
            }
            horizon.setValue(row.horizon());
            sector.setValue(row.sector());
        }
    }

    private static @Nullable String blankToNull(String s) {
        return s.isBlank() ? null : s.strip();
    }

    private static void notify(String message, NotificationVariant variant) {
        Notification.show(message, 6000, Notification.Position.TOP_CENTER).addThemeVariants(variant);
    }
}
