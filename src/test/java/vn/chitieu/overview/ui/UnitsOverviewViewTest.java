package vn.chitieu.overview.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;
import vn.chitieu.IntegrationTest;
import vn.chitieu.TestAccounts;
import vn.chitieu.base.SharedByUnits;
import vn.chitieu.datavalue.Period;
import vn.chitieu.overview.UnitsOverview.Column;
import vn.chitieu.overview.UnitsOverview.UnitLine;

@IntegrationTest
@Transactional
@WithMockUser(username = "lanhdao", roles = "LANH_DAO")
class UnitsOverviewViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationContext context;

    @BeforeEach
    void the_leader_also_leads_the_former_city() {
        long city = jdbc.sql("SELECT id FROM org_unit WHERE code = 'tp-tam-ky'").query(Long.class).single();
        TestAccounts.assign(jdbc, city, "lanhdao");
    }

    private UnitsOverviewView openFormerCity() {
        UnitsOverviewView view = navigate(UnitsOverviewView.class);
        UI.getCurrent().navigate(UnitsOverviewView.class,
                QueryParameters.simple(Map.of("don-vi", "tp-tam-ky", "nhiem-ky", "2020-2025")));
        return view;
    }

    /** How many units overviews the screens asked for since the start: counted at the real shared overviews. */
    private long asked() {
        return context.getBean("sharedUnitsOverviews", SharedByUnits.class).asked();
    }

    @Test
    void opened_at_another_parents_address_the_overview_is_asked_for_once_for_that_parent() {
        TestAccounts.assign(jdbc, jdbc.sql("SELECT id FROM org_unit WHERE code = 'da-nang'").query(Long.class).single(),
                "lanhdao");
        long before = asked();
        UI.getCurrent().navigate(UnitsOverviewView.class, QueryParameters.simple(Map.of()));
        UnitsOverviewView plain = (UnitsOverviewView) UI.getCurrent().getCurrentView();
        // the default: the first parent by name, Đà Nẵng, in the running term
        assertThat(plain.headline.getText()).startsWith("Thành phố Đà Nẵng · nhiệm kỳ 2025-2030");
        assertThat(asked() - before).isEqualTo(1);

        UI.getCurrent().navigate(UnitsOverviewView.class,
                QueryParameters.simple(Map.of("don-vi", "tp-tam-ky", "nhiem-ky", "2020-2025", "ky", "2024")));
        UnitsOverviewView view = (UnitsOverviewView) UI.getCurrent().getCurrentView();

        assertThat(view.headline.getText()).startsWith("Thành phố Tam Kỳ (cũ) · nhiệm kỳ 2020-2025");
        assertThat(view.period.getValue()).isEqualTo(Period.year(2024));
        // the picker's label and width hold for the button standing in its place too
        roundTrip();
        assertThat(view.parent.getParent()).as("the button stands in the combo box's place").isEmpty();
        assertThat(view.parent.facade().isVisible()).isTrue();
        assertThat(view.parent.facadeText()).isEqualTo("Thành phố Tam Kỳ (cũ)");
        assertThat(view.parent.fixed().getElement().getChild(0).getChild(0).getText()).isEqualTo("Đơn vị cấp trên");
        assertThat(view.parent.fixed().getElement().getStyle().get("--unit-picker-width")).isEqualTo("20em");
        assertThat(asked() - before).isEqualTo(2);
    }

    @Test
    void a_city_leader_sees_every_ward_against_the_compared_indicators_with_a_word_in_each_cell() {
        UnitsOverviewView view = openFormerCity();

        Grid<UnitLine> grid = view.grid;
        List<UnitLine> lines = grid.getListDataView().getItems().toList();
        assertThat(lines).extracting(l -> l.unit().name())
                .containsExactlyInAnyOrder("Phường An Mỹ (cũ)", "Phường An Xuân (cũ)", "Phường Trường Xuân (cũ)");
        assertThat(view.headline.getText()).contains("Thành phố Tam Kỳ (cũ)", "3 đơn vị trực thuộc", "cùng tên");
        // ranking, counts, completeness, then one column per compared indicator
        assertThat(grid.getColumns()).hasSizeGreaterThan(4);
        assertThat(grid.getColumnByKey("hang")).isNotNull();
        assertThat(grid.getColumnByKey("day-du").getHeaderText()).isEqualTo("Số liệu 2020-2025");
        // each unit opens its own dashboard on the same term
        assertThat(UnitsOverviewView.dashboardLink(lines.getFirst(), "2020-2025"))
                .isEqualTo("/?nhiem-ky=2020-2025&don-vi=" + lines.getFirst().unit().code());
        // a cell says its verdict in words, with the unit, the indicator and the engine's reason in its tooltip
        Column column = view.watched.getListDataView().getItems().findFirst().orElseThrow();
        UnitLine line = lines.stream().filter(l -> l.cell(column.key()).isPresent()).findFirst().orElseThrow();
        var cell = line.cell(column.key()).orElseThrow();
        assertThat(UnitsOverviewView.tip(line, column, cell, false))
                .startsWith(line.unit().name() + " · " + column.title() + ": " + cell.verdict().label())
                .endsWith(cell.explanation());
    }

    @Test
    void the_at_risk_list_narrows_to_the_watched_indicators() {
        UnitsOverviewView view = openFormerCity();
        int all = view.atRisk.getChildren().toList().size();

        Column nothingMissed = view.watched.getListDataView().getItems()
                .filter(c -> view.grid.getListDataView().getItems()
                        .noneMatch(l -> l.cell(c.key()).map(cell -> cell.atRisk(false)).orElse(false)))
                .findFirst().orElseThrow();
        view.watched.setValue(java.util.Set.of(nothingMissed));

        assertThat(all).isPositive();
        assertThat(view.atRisk.getChildren().toList()).hasSize(1);
        assertThat(view.atRisk.getElement().getTextRecursively()).isEqualTo("Không có đơn vị nào.");
    }
}
