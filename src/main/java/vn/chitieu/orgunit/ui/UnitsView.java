package vn.chitieu.orgunit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import vn.chitieu.orgunit.OrgUnit;
import vn.chitieu.orgunit.OrgUnitService;

/**
 * Units as a tree (tỉnh/thành phố → phường/xã → khối phố/thôn) with their history: when each began and ended and
 * which former units it was formed from. Administrators add units, rename and move them, record a merger, end a unit
 * or delete one entered by mistake. The service checks and audits every change.
 */
@Route("don-vi")
@PageTitle("Đơn vị · Chỉ tiêu")
@Menu(order = 6.5, icon = "vaadin:sitemap", title = "Đơn vị")
@RolesAllowed("QUAN_TRI")
class UnitsView extends VerticalLayout {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final OrgUnitService units;
    private final Clock clock;
    final TreeGrid<OrgUnit> grid = new TreeGrid<>();
    final Button add = new Button("Thêm đơn vị", VaadinIcon.PLUS.create());
    final Button merge = new Button("Ghi nhận sáp nhập", VaadinIcon.CONNECT.create());
    private Map<Long, OrgUnit> byId = Map.of();
    private Map<Long, OrgUnit> successors = Map.of();

    UnitsView(OrgUnitService units, Clock clock) {
        this.units = units;
        this.clock = clock;
        addClassName("units-view");
        setSizeFull();

        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> open(null));
        merge.addClickListener(e -> openMerger());

        grid.addHierarchyColumn(OrgUnit::name).setHeader("Tên đơn vị").setWidth("11rem").setFlexGrow(2)
                .setResizable(true);
        grid.addColumn(OrgUnit::code).setHeader("Mã").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(u -> u.kind().label()).setHeader("Cấp").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(this::parentOf).setHeader("Trực thuộc").setWidth("7rem").setFlexGrow(1);
        grid.addColumn(UnitsView::validity).setHeader("Hiệu lực").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(this::formedFrom).setHeader("Hình thành từ").setWidth("10rem").setFlexGrow(3);
        grid.addColumn(this::stateOf).setHeader("Trạng thái").setWidth("10rem").setFlexGrow(3);
        // long names and lineages wrap rather than end in "…": an administrator must read them whole
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setSizeFull();
        grid.addItemClickListener(e -> open(e.getItem()));

        var header = new HorizontalLayout(new H1("Đơn vị"), add, merge);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(header, new Paragraph("Bấm vào một đơn vị để đổi tên, đổi đơn vị cấp trên, cho ngừng hoạt động hoặc xóa "
                + "(chỉ xóa được đơn vị chưa có gì gắn với nó). Sáp nhập: đơn vị mới hình thành từ các đơn vị cũ, các "
                + "đơn vị cũ kết thúc ngày hôm trước và kết quả của chúng vẫn được giữ. Mọi thay đổi đều được ghi nhật ký."),
                grid);
        refresh();
    }

    void refresh() {
        List<OrgUnit> all = units.findAll();
        byId = all.stream().collect(Collectors.toMap(OrgUnit::id, u -> u));
        successors = new HashMap<>();
        all.forEach(u -> u.predecessorIds().forEach(p -> successors.put(p, u)));
        var tree = new TreeData<OrgUnit>();
        // units that exist today first, former ones after them; within that from the top level down, then by name
        LocalDate today = LocalDate.now(clock);
        Comparator<OrgUnit> order = Comparator
                .comparing((OrgUnit u) -> !u.isCurrent(today) || successors.containsKey(u.id()))
                .thenComparing(u -> u.kind().level())
                .thenComparing(OrgUnit::name, java.text.Collator.getInstance(java.util.Locale.of("vi", "VN")));
        List<OrgUnit> roots = all.stream().filter(u -> u.parentIdValue() == null || !byId.containsKey(u.parentIdValue()))
                .sorted(order).toList();
        tree.addItems(roots, u -> all.stream().filter(c -> u.id().equals(c.parentIdValue())).sorted(order).toList());
        grid.setTreeData(tree);
        grid.expandRecursively(roots, 5);
    }

    /** Every unit shown, in tree order: for tests and for the dialogs' choices. */
    List<OrgUnit> shown() {
        return grid.getTreeData().getRootItems().stream().flatMap(this::withDescendants).toList();
    }

    private java.util.stream.Stream<OrgUnit> withDescendants(OrgUnit unit) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(unit),
                grid.getTreeData().getChildren(unit).stream().flatMap(this::withDescendants));
    }

    UnitDialog open(@Nullable OrgUnit unit) {
        var dialog = new UnitDialog(units, units.findAll(), unit, clock, this::refresh);
        dialog.open();
        return dialog;
    }

    MergerDialog openMerger() {
        var dialog = new MergerDialog(units, units.findAll(), this::refresh);
        dialog.open();
        return dialog;
    }

    String parentOf(OrgUnit unit) {
        OrgUnit parent = unit.parentIdValue() == null ? null : byId.get(unit.parentIdValue());
        return parent == null ? "" : parent.name();
    }

    String formedFrom(OrgUnit unit) {
        return unit.predecessorIds().stream().map(id -> byId.containsKey(id) ? byId.get(id).name() : "#" + id)
                .sorted().collect(Collectors.joining(", "));
    }

    String stateOf(OrgUnit unit) {
        LocalDate today = LocalDate.now(clock);
        OrgUnit successor = successors.get(unit.id());
        if (successor != null) {
            return "Đã sáp nhập vào " + successor.name()
                    + (successor.validFrom() == null ? "" : " từ " + DATE.format(successor.validFrom()));
        }
        if (unit.validTo() != null && unit.validTo().isBefore(today)) {
            return "Ngừng hoạt động từ " + DATE.format(unit.validTo().plusDays(1));
        }
        if (unit.validFrom() != null && unit.validFrom().isAfter(today)) {
            return "Hoạt động từ " + DATE.format(unit.validFrom());
        }
        if (unit.validTo() != null) {
            return "Đang hoạt động, đến hết " + DATE.format(unit.validTo());
        }
        return "Đang hoạt động";
    }

    /** "từ 01/07/2025", "đến 30/06/2025", "01/01/2020 – 30/06/2025", or empty when neither date is known. */
    static String validity(OrgUnit unit) {
        if (unit.validFrom() != null && unit.validTo() != null) {
            return date(unit.validFrom()) + " – " + date(unit.validTo());
        }
        if (unit.validFrom() != null) {
            return "từ " + date(unit.validFrom());
        }
        return unit.validTo() == null ? "" : "đến " + date(unit.validTo());
    }

    static String date(@Nullable LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }
}
