package vn.chitieu.overview.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.FooterRow;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import vn.chitieu.base.ui.Glyph;
import vn.chitieu.base.ui.RefreshAfterAddress;
import vn.chitieu.base.ui.UnitPicker;
import vn.chitieu.base.ui.VerdictBadge;
import vn.chitieu.datavalue.Period;
import vn.chitieu.evaluation.TermRollup.Outlook;
import vn.chitieu.evaluation.UnitAggregation;
import vn.chitieu.evaluation.Verdict;
import vn.chitieu.indicator.IndicatorService;
import vn.chitieu.indicator.Term;
import vn.chitieu.overview.UnitsOverview;
import vn.chitieu.overview.UnitsOverview.Cell;
import vn.chitieu.overview.UnitsOverview.Column;
import vn.chitieu.overview.UnitsOverview.UnitLine;
import vn.chitieu.overview.UnitsOverviewService;
import vn.chitieu.overview.UnitsOverviewService.ParentChoice;

/**
 * A parent unit's leadership reads all its units at once: a heat map of units against the indicators they share
 * (word and icon in every cell, the engine's explanation on hover and focus), the ranking, completeness for a
 * period, the parent's figure per indicator, and the units at risk; each unit's name opens its dashboard. A Grid, so a
 * province's hundred communes scroll lazily under a sticky header.
 */
@Route("tong-quan-don-vi")
@PageTitle("Tổng quan các đơn vị · Chỉ tiêu")
@Menu(order = 1.5, icon = "vaadin:grid-big", title = "Tổng quan các đơn vị")
@RolesAllowed({"LANH_DAO", "CAN_BO", "QUAN_TRI", "TRINH_CHIEU"})
class UnitsOverviewView extends Div implements BeforeEnterObserver {

    static final String UNIT_PARAMETER = "don-vi";
    static final String TERM_PARAMETER = "nhiem-ky";
    static final String PERIOD_PARAMETER = "ky";

    private final UnitsOverviewService service;
    final UnitPicker<ParentChoice> parent = new UnitPicker<>(ParentChoice::name);
    final Select<Term> term = new Select<>();
    final Select<Period> period = new Select<>();
    final MultiSelectComboBox<Column> watched = new MultiSelectComboBox<>();
    final Grid<UnitLine> grid = new Grid<>();
    final Paragraph headline = new Paragraph();
    final UnorderedList atRisk = new UnorderedList();
    private final Div body = new Div();
    private @Nullable UnitsOverview shown;
    private boolean filling;
    /** The period the address asked for; null: the one with the most figures. */
    private @Nullable Period asked;
    /** Held while the view opens: the overview is computed once, for what the address asks. */
    private final RefreshAfterAddress refreshing = new RefreshAfterAddress(() -> refresh(asked));

    UnitsOverviewView(UnitsOverviewService service, IndicatorService indicators) {
        this.service = service;
        addClassName("units-overview");
        // the screen's own styles, apart from the shared styles.css the dashboard's screens use
        addAttachListener(e -> e.getUI().getPage().addStyleSheet("overview.css"));
        parent.setLabel("Đơn vị cấp trên");
        parent.setWidth("20em");
        term.setLabel("Nhiệm kỳ");
        term.setItemLabelGenerator(Term::label);
        // wide enough for "Nhiệm kỳ 2020-2025" and "Thành phố Tam Kỳ (cũ)", narrower than a phone
        term.setWidth("13em");
        parent.setMaxWidth("100%");
        term.setMaxWidth("100%");
        period.setLabel("Kỳ số liệu");
        period.setItemLabelGenerator(Period::label);
        watched.setLabel("Theo dõi chỉ tiêu");
        watched.setPlaceholder("Tất cả chỉ tiêu");
        watched.setItemLabelGenerator(Column::title);
        watched.addClassName("watched");

        parent.show(service::parents, service::countParents);
        Optional<ParentChoice> first = service.parent(null);
        first.ifPresent(parent::choose);
        List<Term> terms = indicators.terms();
        term.setItems(terms);
        terms.stream().filter(Term::isOpen).findFirst().or(() -> terms.stream().findFirst()).ifPresent(term::setValue);

        parent.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                asked = null;
                refreshing.request();
            }
        });
        term.addValueChangeListener(e -> {
            asked = null;
            refreshing.request();
        });
        period.addValueChangeListener(e -> {
            if (!filling && e.isFromClient()) {
                refresh(e.getValue());
            }
        });
        watched.addValueChangeListener(e -> showAtRisk());

        grid.addThemeVariants(GridVariant.LUMO_COLUMN_BORDERS, GridVariant.LUMO_ROW_STRIPES,
                GridVariant.LUMO_COMPACT);
        grid.addClassName("heat-map");

        var filters = new FlexLayout(parent, term, period);
        filters.addClassName("overview-filters");
        // fields level by their foot, as on the other screens: tops aligned, the name or button standing for the unit
        // picker sat 2px above the Lumo fields beside it
        filters.setAlignItems(FlexComponent.Alignment.END);
        add(new H1("Tổng quan các đơn vị"), filters, headline, body);
        if (first.isEmpty()) {
            headline.setText("Tài khoản của bạn không phụ trách đơn vị nào có đơn vị trực thuộc.");
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        refreshing.open(() -> {
            query.getSingleParameter(UNIT_PARAMETER).flatMap(service::parent).ifPresent(parent::choose);
            query.getSingleParameter(TERM_PARAMETER).ifPresent(code -> term.getListDataView().getItems()
                    .filter(t -> t.code().equals(code)).findFirst().ifPresent(term::setValue));
            query.getSingleParameter(PERIOD_PARAMETER).ifPresent(code -> {
                try {
                    asked = Period.parse(code);
                } catch (IllegalArgumentException notAPeriod) {
                    // an unknown period in a link: keep the one chosen by default
                }
            });
        });
    }

    private void refresh(@Nullable Period wanted) {
        if (parent.getValue() == null || term.getValue() == null) {
            return;
        }
        UnitsOverview overview = service.overview(term.getValue().code(), parent.getValue().id(), wanted);
        shown = overview;
        filling = true;
        period.setItems(overview.periods());
        if (overview.period() != null) {
            period.setValue(overview.period());
        }
        filling = false;
        body.removeAll();
        if (overview.units().isEmpty()) {
            headline.setText(overview.parent().name() + " không có đơn vị trực thuộc nào trong nhiệm kỳ "
                    + overview.termCode() + ".");
            return;
        }
        long shared = overview.columns().stream().filter(Column::shared).count();
        headline.setText(overview.parent().name() + " · nhiệm kỳ " + overview.termCode() + " · "
                + overview.units().size() + " đơn vị trực thuộc · " + overview.columns().size()
                + " chỉ tiêu so sánh (" + shared + " chỉ tiêu dùng chung, " + (overview.columns().size() - shared)
                + " cùng tên)");
        if (overview.columns().isEmpty()) {
            body.add(new Paragraph("Các đơn vị chưa có chỉ tiêu dùng chung hoặc cùng tên để so sánh."));
            return;
        }
        if (overview.anyByNameOnly()) {
            Paragraph note = new Paragraph("Cột có dấu ≈ so sánh các chỉ tiêu riêng của từng đơn vị có cùng tên và "
                    + "đơn vị tính, không phải chỉ tiêu dùng chung; mục tiêu của mỗi đơn vị có thể khác nhau.");
            note.addClassName("by-name-note");
            body.add(note);
        }
        body.add(legend(overview.open()));
        fillGrid(overview);
        body.add(grid);
        watched.setItems(overview.columns());
        H2 riskTitle = new H2(overview.open() ? "Đơn vị có chỉ tiêu nguy cơ không đạt" : "Đơn vị có chỉ tiêu không đạt");
        body.add(riskTitle, watched, atRisk);
        showAtRisk();
    }

    private static Component legend(boolean open) {
        Div legend = new Div();
        legend.addClassName("heat-legend");
        legend.add(new Span("Chú giải:"));
        if (open) {
            for (Outlook outlook : Outlook.values()) {
                legend.add(VerdictBadge.of(outlook, outlook.label()));
            }
        } else {
            for (Verdict verdict : Verdict.values()) {
                legend.add(VerdictBadge.of(verdict, false, false, verdict.label()));
            }
        }
        return legend;
    }

    private void fillGrid(UnitsOverview overview) {
        grid.removeAllColumns();
        grid.removeAllFooterRows();
        boolean open = overview.open();
        grid.addColumn(line -> line.rank() == 0 ? "—" : String.valueOf(line.rank())).setHeader("Hạng")
                .setComparator(line -> line.rank() == 0 ? Integer.MAX_VALUE : line.rank())
                .setWidth("5.5rem").setFlexGrow(0).setFrozen(true).setTextAlign(ColumnTextAlign.END)
                .setKey("hang");
        grid.addColumn(LitRenderer.<UnitLine>of("<a class=\"unit-link\" href=\"${item.href}\">${item.name}</a>")
                        .withProperty("href", line -> dashboardLink(line, overview.termCode()))
                        .withProperty("name", line -> line.unit().name()))
                .setHeader("Đơn vị").setComparator(line -> line.unit().name()).setWidth("14rem").setFlexGrow(0)
                .setFrozen(true).setKey("don-vi");
        grid.addColumn(line -> line.counts().summary(open)).setHeader(open ? "Dự kiến" : "Kết quả")
                .setComparator(line -> -line.counts().score(open)).setWidth("12rem").setFlexGrow(0).setKey("dem");
        grid.addColumn(line -> line.entered() + "/" + line.expected())
                .setHeader(overview.period() == null ? "Số liệu" : "Số liệu " + overview.period().label())
                .setComparator(line -> line.expected() == 0 ? 0 : (double) line.entered() / line.expected())
                .setWidth("8rem").setFlexGrow(0).setTextAlign(ColumnTextAlign.END).setKey("day-du");
        FooterRow footer = grid.appendFooterRow();
        footer.getCell(grid.getColumnByKey("don-vi")).setText("Cả " + overview.parent().name()
                + (overview.period() == null ? "" : ", " + overview.period().label()));
        for (Column column : overview.columns()) {
            var gridColumn = grid.addColumn(LitRenderer.<UnitLine>of("""
                            <span class="heat-cell verdict-badge ${item.tone}" tabindex="0" ?hidden="${!item.word}" \
                            title="${item.tip}" aria-label="${item.tip}"><span class="glyph" \
                            data-icon="${item.icon}" aria-hidden="true"></span><span>${item.word}</span></span><span class="heat-none" \
                            ?hidden="${!!item.word}" title="Đơn vị không có chỉ tiêu này">·</span>""")
                            .withProperty("word", line -> line.cell(column.key()).map(c -> word(c, open)).orElse(""))
                            .withProperty("tone", line -> line.cell(column.key()).map(c -> tone(c, open)).orElse(""))
                            .withProperty("icon", line -> line.cell(column.key()).map(c -> icon(c, open)).orElse(""))
                            .withProperty("tip", line -> line.cell(column.key())
                                    .map(c -> tip(line, column, c, open)).orElse("")))
                    .setComparator(line -> line.cell(column.key()).map(c -> order(c, open)).orElse(9))
                    .setWidth("9.5rem").setFlexGrow(0).setKey(column.key());
            Span head = new Span((column.shared() ? "" : "≈ ") + column.title());
            head.addClassName("heat-head");
            head.setTitle(column.title() + (column.measure() == null ? "" : " (" + column.measure() + ")")
                    + (column.shared() ? " · chỉ tiêu dùng chung" : " · so sánh theo tên, không phải chỉ tiêu dùng chung"));
            gridColumn.setHeader(head);
            UnitAggregation.Aggregate aggregate = overview.aggregates().get(column.key());
            if (aggregate != null) {
                Span total = new Span(aggregate.aggregable() ? aggregate.text() : "Không tổng hợp");
                total.addClassName("heat-total");
                total.setTitle(aggregate.rule().label() + ": " + aggregate.text());
                footer.getCell(gridColumn).setComponent(total);
            }
        }
        grid.setItems(overview.units());
        // a few units show whole; a province's hundred scroll inside the grid under its sticky header
        boolean few = overview.units().size() <= 12;
        grid.setAllRowsVisible(few);
        grid.setHeight(few ? null : "65vh");
    }

    private void showAtRisk() {
        atRisk.removeAll();
        UnitsOverview overview = shown;
        if (overview == null) {
            return;
        }
        Set<String> keys = watched.getValue().stream().map(Column::key).collect(Collectors.toSet());
        List<UnitLine> lines = overview.atRisk(keys);
        if (lines.isEmpty()) {
            atRisk.add(new ListItem("Không có đơn vị nào."));
        }
        for (UnitLine line : lines) {
            String which = overview.columns().stream()
                    .filter(c -> keys.isEmpty() || keys.contains(c.key()))
                    .filter(c -> line.cell(c.key()).map(cell -> cell.atRisk(overview.open())).orElse(false))
                    .map(Column::title).collect(Collectors.joining("; "));
            ListItem item = new ListItem(new Anchor(dashboardLink(line, overview.termCode()), line.unit().name()),
                    new Span(": " + which));
            item.addClassName("risk-line");
            atRisk.add(item);
        }
    }

    static String dashboardLink(UnitLine line, String termCode) {
        return "/?nhiem-ky=" + URLEncoder.encode(termCode, StandardCharsets.UTF_8) + "&don-vi="
                + URLEncoder.encode(line.unit().code(), StandardCharsets.UTF_8);
    }

    static String word(Cell cell, boolean open) {
        return open && cell.target() ? cell.outlook().label() : cell.verdict().label();
    }

    private static String tone(Cell cell, boolean open) {
        return open && cell.target() ? VerdictBadge.tone(cell.outlook()) : VerdictBadge.tone(cell.verdict());
    }

    /** The badge's glyph (a CSS icon: a grid of 100 units × 30 indicators would hold 3,000 icon components). */
    private static String icon(Cell cell, boolean open) {
        return Glyph.name(open && cell.target() ? VerdictBadge.icon(cell.outlook()) : VerdictBadge.icon(cell.verdict()));
    }

    /** Worst first when a column is sorted: the units to look at come to the top. */
    private static int order(Cell cell, boolean open) {
        if (open && cell.target()) {
            return switch (cell.outlook()) {
                case NGUY_CO_KHONG_DAT -> 0;
                case CHUA_DU_DU_LIEU -> 1;
                case DU_KIEN_DAT -> 2;
            };
        }
        return switch (cell.verdict()) {
            case KHONG_DAT -> 0;
            case CHUA_DANH_GIA -> 1;
            case DAT -> 2;
        };
    }

    /** The tooltip (and accessible name) of a cell: unit, indicator, verdict in words, figure, explanation. */
    static String tip(UnitLine line, Column column, Cell cell, boolean open) {
        return line.unit().name() + " · " + column.title() + ": " + word(cell, open)
                + (cell.figure() == null ? " · chưa có số liệu" : " · " + cell.figure() + " (" + cell.figurePeriod() + ")")
                + " · " + cell.explanation();
    }
}
