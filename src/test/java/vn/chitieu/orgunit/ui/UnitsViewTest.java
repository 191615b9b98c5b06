package vn.chitieu.orgunit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.RouterLink;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;
import vn.chitieu.IntegrationTest;
import vn.chitieu.orgunit.OrgUnit;
import vn.chitieu.orgunit.OrgUnitKind;
import vn.chitieu.orgunit.OrgUnitService;
import vn.chitieu.orgunit.OrgUnitService.NewUnit;

@IntegrationTest
@Transactional
@WithMockUser(username = "quantri", roles = "QUAN_TRI")
class UnitsViewTest extends SpringBrowserlessTest {

    @Autowired
    OrgUnitService units;
    @Autowired
    JdbcClient jdbc;

    private OrgUnit row(UnitsView view, String code) {
        return view.shown().stream().filter(u -> u.code().equals(code)).findFirst().orElseThrow();
    }

    private OrgUnit unit(String code) {
        return units.findByCode(code).orElseThrow();
    }

    private List<String> menu() {
        return find(RouterLink.class).all().stream().filter(link -> link.hasClassName("app-nav-link"))
                .map(link -> link.getElement().getTextRecursively()).toList();
    }

    @Test
    void it_lists_the_units_with_code_kind_parent_dates_lineage_and_state() {
        UnitsView view = navigate(UnitsView.class);

        assertThat(view.shown()).extracting(OrgUnit::code)
                .contains("tam-ky", "an-my", "an-xuan", "truong-xuan", "phuoc-hoa", "pho-hoa");
        OrgUnit tamKy = row(view, "tam-ky");
        assertThat(tamKy.kind().label()).isEqualTo("Phường");
        assertThat(UnitsView.validity(tamKy)).isEqualTo("từ 01/07/2025");
        assertThat(view.formedFrom(tamKy))
                .isEqualTo("Phường An Mỹ (cũ), Phường An Xuân (cũ), Phường Trường Xuân (cũ)");
        assertThat(view.stateOf(tamKy)).isEqualTo("Đang hoạt động");
        OrgUnit anMy = row(view, "an-my");
        assertThat(UnitsView.validity(anMy)).isEqualTo("đến 30/06/2025");
        assertThat(view.stateOf(anMy)).isEqualTo("Đã sáp nhập vào Phường Tam Kỳ từ 01/07/2025");
        // what exists today comes first, the former wards (Phước Hòa too, merged before any date was kept) after
        assertThat(view.shown()).extracting(OrgUnit::code).containsSubsequence("tam-ky", "an-my", "phuoc-hoa")
                .containsSubsequence("pho-hoa", "an-my");
        // a unit under its parent: Tam Kỳ under thành phố Đà Nẵng
        assertThat(view.shown()).extracting(OrgUnit::code).containsSubsequence("da-nang", "tam-ky");
        assertThat(menu()).contains("Đơn vị", "Tài khoản");
    }

    @Test
    void an_administrator_records_a_merger_and_the_former_units_end_the_day_before() {
        OrgUnit city = units.create(new NewUnit("thu-tp", "Thành phố Thử", OrgUnitKind.THANH_PHO, null, null));
        for (String name : List.of("Phường Hòa Một", "Phường Hòa Hai", "Phường Hòa Ba")) {
            units.create(new NewUnit(units.suggestCode(name), name, OrgUnitKind.PHUONG, city.id(), null));
        }
        UnitsView view = navigate(UnitsView.class);

        test(view.merge).click();
        MergerDialog dialog = find(MergerDialog.class).single();
        dialog.formers.setValue(Set.of(unit("hoa-mot"), unit("hoa-hai"), unit("hoa-ba")));
        dialog.formedOn.setValue(LocalDate.of(2025, 7, 1));
        test(dialog.name).setValue("Phường Hòa Mới");
        assertThat(dialog.code.getValue()).isEqualTo("hoa-moi");
        assertThat(dialog.parent.getValue().code()).isEqualTo("thu-tp");
        assertThat(dialog.summary.getText()).isEqualTo("Phường Hòa Ba, Phường Hòa Hai, Phường Hòa Một hoạt động đến "
                + "hết ngày 30/06/2025; Phường Hòa Mới hoạt động từ ngày 01/07/2025. Kết quả của các đơn vị cũ vẫn được "
                + "giữ và xem được từ đơn vị mới.");
        test(dialog.save).click();
        test(find(ConfirmDialog.class).single()).confirm();

        OrgUnit formed = row(view, "hoa-moi");
        assertThat(formed.validFrom()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(view.parentOf(formed)).isEqualTo("Thành phố Thử");
        assertThat(view.formedFrom(formed)).isEqualTo("Phường Hòa Ba, Phường Hòa Hai, Phường Hòa Một");
        assertThat(view.stateOf(row(view, "hoa-hai"))).isEqualTo("Đã sáp nhập vào Phường Hòa Mới từ 01/07/2025");
        assertThat(unit("hoa-mot").validTo()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE entity_type = 'DON_VI' AND action = "
                + "'HOP_NHAT_DON_VI' AND entity_id = ?").param(formed.id()).query(Long.class).single()).isEqualTo(1);
        assertThat(dialog.isOpened()).isFalse();
    }

    @Test
    void a_merger_with_a_unit_already_merged_is_refused_and_the_dialog_stays_open() {
        units.create(new NewUnit("thu-a", "Phường Thử A", OrgUnitKind.PHUONG, null, null));
        UnitsView view = navigate(UnitsView.class);
        MergerDialog dialog = view.openMerger();
        roundTrip();

        assertThat(dialog.formers.getListDataView().getItems().map(OrgUnit::code)).contains("thu-a", "tam-ky")
                .doesNotContain("an-my", "an-xuan");
        dialog.formers.setValue(Set.of(unit("thu-a"), unit("an-my")));
        dialog.formedOn.setValue(LocalDate.of(2026, 1, 1));
        test(dialog.name).setValue("Phường Thử Mới");
        dialog.save();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(units.findByCode("thu-moi")).isEmpty();
        assertThat(unit("thu-a").validTo()).isNull();
    }

    @Test
    void an_administrator_adds_a_unit_with_the_suggested_code_then_renames_and_moves_it() {
        UnitsView view = navigate(UnitsView.class);

        test(view.add).click();
        UnitDialog created = find(UnitDialog.class).single();
        test(created.name).setValue("Khối phố Mỹ Thạch Đông");
        assertThat(created.code.getValue()).isEqualTo("my-thach-dong");
        created.kind.setValue(OrgUnitKind.KHOI_PHO);
        created.parent.setValue(unit("tam-ky"));
        test(created.save).click();

        OrgUnit block = row(view, "my-thach-dong");
        assertThat(view.parentOf(block)).isEqualTo("Phường Tam Kỳ");
        assertThat(view.grid.getTreeData().getParent(block).code()).isEqualTo("tam-ky");

        UnitDialog edit = view.open(block);
        roundTrip();
        assertThat(edit.code.isReadOnly()).isTrue();
        test(edit.name).setValue("Khối phố Mỹ Thạch Tây");
        edit.parent.setValue(unit("pho-hoa"));
        test(edit.save).click();

        OrgUnit moved = row(view, "my-thach-dong");
        assertThat(moved.name()).isEqualTo("Khối phố Mỹ Thạch Tây");
        assertThat(view.parentOf(moved)).isEqualTo("Phường Phổ Hòa");
    }

    @Test
    void a_bad_code_is_marked_on_the_field_and_nothing_is_created() {
        UnitsView view = navigate(UnitsView.class);
        long before = jdbc.sql("SELECT COUNT(*) FROM org_unit").query(Long.class).single();

        test(view.add).click();
        UnitDialog dialog = find(UnitDialog.class).single();
        test(dialog.name).setValue("Phường Tam Kỳ");
        assertThat(dialog.code.getValue()).isEqualTo("tam-ky-2");
        test(dialog.code).setValue("Tam Kỳ");
        assertThat(dialog.code.isInvalid()).isTrue();
        assertThat(dialog.code.getErrorMessage()).endsWith("gợi ý: tam-ky");
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM org_unit").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void a_unit_with_data_offers_ending_instead_of_deleting_and_an_empty_one_can_be_deleted() {
        UnitsView view = navigate(UnitsView.class);

        UnitDialog tamKy = view.open(row(view, "tam-ky"));
        roundTrip();
        assertThat(tamKy.delete.isEnabled()).isFalse();
        assertThat(tamKy.attached.getText()).startsWith("Không xóa được: đơn vị đã có ").contains(" chỉ tiêu",
                " tài khoản").endsWith("Hãy cho ngừng hoạt động thay vì xóa; kết quả của đơn vị vẫn được giữ.");
        assertThat(tamKy.deactivate.isVisible()).isTrue();
        tamKy.close();

        units.create(new NewUnit("thu-nham", "Phường Tạo Nhầm", OrgUnitKind.PHUONG, null, null));
        view.refresh();
        UnitDialog mistake = view.open(row(view, "thu-nham"));
        roundTrip();
        test(mistake.delete).click();
        test(find(ConfirmDialog.class).single()).confirm();

        assertThat(units.findByCode("thu-nham")).isEmpty();
        assertThat(view.shown()).extracting(OrgUnit::code).doesNotContain("thu-nham");
    }

    @Test
    @WithMockUser(username = "lanhdao", roles = "LANH_DAO")
    void a_leader_cannot_open_the_units_screen_nor_sees_it_in_the_menu() {
        Component page = navigate("don-vi", Component.class);

        assertThat(page).isNotInstanceOf(UnitsView.class);
        assertThat(page.getClass().getSimpleName()).isEqualTo("AccessDeniedPage");
        assertThat(find(H1.class).all()).extracting(H1::getText).contains("Không có quyền truy cập");
        assertThat(menu()).doesNotContain("Đơn vị", "Tài khoản").contains("Tổng quan");
    }
}
