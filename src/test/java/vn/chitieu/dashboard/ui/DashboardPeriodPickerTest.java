package vn.chitieu.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;
import vn.chitieu.IntegrationTest;
import vn.chitieu.TestAccounts;
import vn.chitieu.base.ui.NativeChoiceTester;
import vn.chitieu.datavalue.DataValue;
import vn.chitieu.datavalue.DataValueService;
import vn.chitieu.datavalue.Period;
import vn.chitieu.indicator.Sector;

/** The leader's period picker: which periods it offers, what picking one shows, and the address that records it. */
@IntegrationTest
@Transactional
@WithMockUser(username = "lanhdao", roles = "LANH_DAO")
class DashboardPeriodPickerTest extends SpringBrowserlessTest {

    @Autowired
    DataValueService values;
    @Autowired
    JdbcClient jdbc;

    private long tamKy() {
        return jdbc.sql("SELECT id FROM org_unit WHERE code = 'tam-ky'").query(Long.class).single();
    }

    private long indicator(String number) {
        return jdbc.sql("""
                        SELECT i.id FROM indicator i JOIN term t ON t.id = i.term_id
                        WHERE t.code = '2025-2030' AND i.number = ?""").param(number).query(Long.class).single();
    }

    /** Staff save (11) for Quý III/2026, through the one door every writer uses. */
    private void staffSaveQuarterThree(String value) {
        TestAccounts.as("canbo", "CAN_BO", () -> values.save(DataValue.draft(indicator("11"), tamKy(),
                Period.quarter(2026, 3), false, value, null, null, null)));
    }

    private String rowText(DashboardView view, Sector sector, String number) {
        return view.cards.get(sector).lines().stream()
                .map(SectorLine::text).filter(text -> text.startsWith(number))
                .findFirst().orElseThrow();
    }

    @Test
    void it_offers_the_periods_with_figures_and_opens_on_the_latest() {
        DashboardView view = navigate(DashboardView.class);

        // Quý II/2026: the figures of the indicators the city assigned to its wards
        assertThat(new NativeChoiceTester<>(view.period).getOptions()).containsExactly("Năm 2026", "9 tháng 2026", "Quý II/2026",
                "Năm 2025");
        assertThat(view.period.getValue()).isEqualTo(Period.year(2026));
        assertThat(rowText(view, Sector.VAN_HOA_XA_HOI, "(11)")).contains("98,4%", "Năm 2026 · ước tính");
    }

    @Test
    void a_quarter_staff_saved_appears_in_the_picker_and_picking_it_shows_its_figure_and_records_it_in_the_address() {
        DashboardView view = navigate(DashboardView.class);
        staffSaveQuarterThree("99,5%");

        // what the push connection runs when the save is committed
        view.refresh();
        assertThat(new NativeChoiceTester<>(view.period).getOptions()).contains("Quý III/2026");
        new NativeChoiceTester<>(view.period).select("Quý III/2026");

        assertThat(view.headline.getText()).endsWith("số liệu đến Quý III/2026");
        String insurance = rowText(view, Sector.VAN_HOA_XA_HOI, "(11)");
        assertThat(insurance).doesNotContain("98,4%").contains("99,5%", "Quý III/2026");
        // (2) had nothing in 2026 before the year's estimate: as of Quý III it says it stands at 2025's figure
        assertThat(rowText(view, Sector.XAY_DUNG_DANG, "(2)")).contains("96,2%", "Năm 2025");
        assertThat(view.address).isEqualTo("?nhiem-ky=2025-2030&don-vi=tam-ky&ky=2026-Q3");
    }

    @Test
    void the_address_opens_the_dashboard_on_the_period_it_names() {
        UI.getCurrent().navigate(DashboardView.class, QueryParameters.simple(Map.of("ky", "2025")));
        DashboardView view = (DashboardView) UI.getCurrent().getCurrentView();

        assertThat(view.period.getValue()).isEqualTo(Period.year(2025));
        assertThat(rowText(view, Sector.XAY_DUNG_DANG, "(2)")).contains("96,2%", "Năm 2025")
                .doesNotContain("95,5%");
        assertThat(view.notice.isVisible()).isFalse();
    }

    @Test
    void the_wall_screen_shows_the_period_its_address_names() {
        UI.getCurrent().navigate(WallScreenView.ROUTE, QueryParameters.simple(Map.of("ky", "2025")));
        WallScreenView wall = (WallScreenView) UI.getCurrent().getCurrentView();

        assertThat(wall.headline.getText()).endsWith("số liệu đến Năm 2025");
        assertThat(wall.card.lines()).extracting(SectorLine::text)
                .anySatisfy(line -> assertThat(line).contains("96,2%")).noneSatisfy(line -> assertThat(line).contains("95,5%"));
    }
}
