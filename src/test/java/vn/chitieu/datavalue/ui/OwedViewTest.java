package vn.chitieu.datavalue.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chitieu.TestAccounts.as;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Anchor;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;
import vn.chitieu.IntegrationTest;
import vn.chitieu.datavalue.DataValue;
import vn.chitieu.datavalue.DataValueService;
import vn.chitieu.datavalue.EntryService;
import vn.chitieu.datavalue.OwedPeriod;
import vn.chitieu.datavalue.Period;

@IntegrationTest
@Transactional
@WithMockUser(username = "canbo", roles = "CAN_BO")
class OwedViewTest extends SpringBrowserlessTest {

    @Autowired
    EntryService entries;
    @Autowired
    DataValueService values;
    @Autowired
    JdbcClient jdbc;

    long unit(String code) {
        return jdbc.sql("SELECT id FROM org_unit WHERE code = ?").param(code).query(Long.class).single();
    }

    OwedPeriod owed(Period period) {
        return entries.owed().stream().filter(o -> o.period().equals(period)).findFirst().orElseThrow();
    }

    @Test
    void staff_owe_each_ended_open_period_missing_figures_with_its_deadline_and_lateness() {
        List<OwedPeriod> owed = entries.owed();
        LocalDate today = LocalDate.now();

        assertThat(owed).isNotEmpty().allSatisfy(o -> {
            assertThat(o.unitCode()).isEqualTo("tam-ky");
            assertThat(o.period().endDate()).isBefore(today);
            // the base year 2025 belongs to the previous term
            assertThat(o.period().yearFrom()).isGreaterThan(2025);
            assertThat(o.missing()).isPositive();
            assertThat(o.deadline()).isEqualTo(o.period().endDate().plusDays(10));
            assertThat(o.overdue()).isEqualTo(today.isAfter(o.deadline()));
        });
        OwedPeriod first = owed(Period.quarter(2026, 1));
        // the resolution's 15 and the 3 the city assigned to its wards
        assertThat(first.expected()).isEqualTo(15 + 3);
        assertThat(first.entered()).isZero();
        assertThat(owed).isSortedAccordingTo(java.util.Comparator.comparing(OwedPeriod::deadline));
    }

    @Test
    void a_figure_entered_counts_and_a_closed_period_is_no_longer_owed() {
        long tamKy = unit("tam-ky");
        long indicator = jdbc.sql("""
                        SELECT i.id FROM indicator i JOIN term t ON t.id = i.term_id
                        WHERE t.code = '2025-2030' AND i.org_unit_id = ? AND i.number = '13'""")
                .param(tamKy).query(Long.class).single();
        values.save(DataValue.draft(indicator, tamKy, Period.quarter(2026, 1), false, "100%", null, null, null));

        assertThat(owed(Period.quarter(2026, 1)).entered()).isEqualTo(1);

        as("lanhdao", "LANH_DAO", () -> values.lock(tamKy, Period.quarter(2026, 1)));
        assertThat(entries.owed()).noneMatch(o -> o.period().equals(Period.quarter(2026, 1)));
    }

    @Test
    void staff_of_another_unit_owe_nothing_of_tam_ky() {
        long phoHoa = unit("pho-hoa");
        jdbc.sql("UPDATE app_user SET org_unit_id = ? WHERE username = 'canbo'").param(phoHoa).update();
        jdbc.sql("DELETE FROM app_user_unit WHERE app_user_id = (SELECT id FROM app_user WHERE username = 'canbo')")
                .update();

        assertThat(entries.owed()).noneMatch(o -> o.unitCode().equals("tam-ky"));
    }

    @Test
    void each_owed_period_is_one_click_from_the_entry_sheet_at_that_period() {
        OwedView view = navigate(OwedView.class);

        assertThat(view.summary.getText()).contains("kỳ báo cáo còn thiếu số liệu");
        Anchor first = find(Anchor.class).from(view.list).all().getFirst();
        OwedPeriod owed = view.owed.getFirst();
        assertThat(first.getHref()).isEqualTo("nhap-ky?don-vi=tam-ky&ky=" + owed.period().code());
        assertThat(view.list.getElement().getTextRecursively()).contains(owed.period().label() + " · Phường Tam Kỳ",
                "Hạn nộp");

        String[] address = first.getHref().split("\\?");
        com.vaadin.flow.component.UI.getCurrent().navigate(address[0],
                com.vaadin.flow.router.QueryParameters.fromString(address[1]));
        EntryView sheet = (EntryView) getCurrentView();
        assertThat(sheet.period()).isEqualTo(owed.period());
        assertThat(sheet.unit.getValue().code()).isEqualTo("tam-ky");
    }

    @Test
    void staff_start_on_their_owed_periods_and_later_reach_the_dashboard() {
        // as in a session just signed in to: nothing opened yet
        com.vaadin.flow.server.VaadinSession.getCurrent().setAttribute(StaffStart.STARTED, null);

        assertThat(navigate("", OwedView.class)).isNotNull();

        navigate("", com.vaadin.flow.component.Component.class);
        assertThat(getCurrentView()).isNotInstanceOf(OwedView.class);
    }
}
