package vn.chitieu.indicator.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;
import vn.chitieu.IntegrationTest;
import vn.chitieu.dashboard.DashboardService;
import vn.chitieu.dashboard.IndicatorRow;
import vn.chitieu.indicator.Indicator;
import vn.chitieu.orgunit.OrgUnitKind;

@IntegrationTest
@Transactional
@WithMockUser(username = "quantri", roles = "QUAN_TRI")
class SharedCatalogueViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    DashboardService dashboard;

    @Test
    void the_city_assigns_a_shared_indicator_to_its_wards_and_tam_ky_sets_its_own_target() {
        CatalogueView view = navigate(CatalogueView.class);
        SharedCatalogue shared = view.shared;
        long catalogue = view.grid.getListDataView().getItemCount();
        long before = shared.assigned.getListDataView().getItemCount();
        assertThat(shared.owner.getValue().name()).isEqualTo("Thành phố Đà Nẵng");

        SharedCatalogue.SharedForm form = shared.edit(null);
        roundTrip();
        assertThat(form.kind.getListDataView().getItems()).contains(OrgUnitKind.PHUONG, OrgUnitKind.XA)
                .doesNotContain(OrgUnitKind.THANH_PHO, OrgUnitKind.TINH);
        test(form.name).setValue("Tỷ lệ hộ dân dùng ví điện tử (thử)");
        test(form.measure).setValue("%");
        test(form.target).setValue("9/8 phường");
        assertThat(form.target.isInvalid()).isTrue();
        test(form.target).setValue("trên 60%");
        assertThat(form.reading.getText()).startsWith("Hệ thống hiểu là: ");
        test(form.kind).selectItem("phường");
        test(form.save).click();

        assertThat(shared.assigned.getListDataView().getItemCount()).isEqualTo(before + 1);
        Indicator added = shared.assigned.getListDataView().getItems()
                .filter(i -> i.name().equals("Tỷ lệ hộ dân dùng ví điện tử (thử)")).findFirst().orElseThrow();
        assertThat(added.appliesToKind()).isEqualTo(OrgUnitKind.PHUONG);
        // the unit's own catalogue above is unchanged: shared indicators are listed in their section
        assertThat(view.grid.getListDataView().getItemCount()).isEqualTo(catalogue);

        test(shared.receiver).selectItem("Phường Tam Kỳ");
        SharedCatalogue.Received received = shared.received.getListDataView().getItems()
                .filter(r -> r.indicator().id().equals(added.id())).findFirst().orElseThrow();
        assertThat(received.sharedLabel()).isEqualTo("Chỉ tiêu chung của Thành phố Đà Nẵng");
        SharedCatalogue.UnitTargetForm own = shared.editTarget(received);
        roundTrip();
        test(own.target).setValue("trên 70%");
        assertThat(own.reading.getText()).startsWith("Hệ thống hiểu là: ");
        test(own.save).click();

        assertThat(shared.received.getListDataView().getItems()
                .filter(r -> r.indicator().id().equals(added.id())).findFirst().orElseThrow()
                .assignment().own().text()).isEqualTo("trên 70%");
        long tamKy = jdbc.sql("SELECT id FROM org_unit WHERE code = 'tam-ky'").query(Long.class).single();
        IndicatorRow row = dashboard.indicatorList("2025-2030", tamKy).stream()
                .filter(r -> r.indicatorId() == added.id()).findFirst().orElseThrow();
        assertThat(row.targetText()).isEqualTo("trên 70%");
        assertThat(row.sharedLabel()).isEqualTo("Chỉ tiêu chung của Thành phố Đà Nẵng");
    }
}
