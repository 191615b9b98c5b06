package vn.chitieu.account.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;
import vn.chitieu.IntegrationTest;
import vn.chitieu.indicator.Sector;
import vn.chitieu.orgunit.OrgUnit;
import vn.chitieu.orgunit.OrgUnitService;
import vn.chitieu.security.Role;
import vn.chitieu.security.UserService.Account;

@IntegrationTest
@Transactional
@WithMockUser(username = "quantri", roles = "QUAN_TRI")
class AccountsViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    OrgUnitService units;
    @Autowired
    PasswordEncoder passwords;

    private OrgUnit unit(String code) {
        return units.findByCode(code).orElseThrow();
    }

    private Account row(AccountsView view, String username) {
        return view.grid.getGenericDataView().getItems().filter(a -> a.user().username().equals(username))
                .findFirst().orElseThrow();
    }

    private List<Map<String, Object>> audit(String action, long id) {
        return jdbc.sql("SELECT username, old_value, new_value FROM audit_log WHERE action = ? AND entity_type = "
                + "'TAI_KHOAN' AND entity_id = ? ORDER BY id").params(action, id).query().listOfRows();
    }

    /** The dialog of a row, as a click on the row opens it. */
    private AccountDialog opened(AccountsView view, Account account) {
        AccountDialog dialog = view.open(account);
        roundTrip();
        return dialog;
    }

    private AccountDialog create(AccountsView view, String username) {
        test(view.add).click();
        AccountDialog dialog = find(AccountDialog.class).single();
        test(dialog.username).setValue(username);
        test(dialog.displayName).setValue("Nguyễn Văn An");
        dialog.role.setValue(Role.CAN_BO);
        dialog.primaryUnit.setValue(unit("tam-ky"));
        dialog.otherUnits.setValue(Set.of(unit("an-my")));
        dialog.sectors.setValue(Set.of(Sector.KINH_TE, Sector.MOI_TRUONG));
        test(dialog.save).click();
        return dialog;
    }

    @Test
    void it_lists_every_account_with_its_role_units_sectors_and_state() {
        AccountsView view = navigate(AccountsView.class);

        assertThat(view.grid.getGenericDataView().getItems().map(a -> a.user().username()))
                .contains("lanhdao", "canbo", "quantri", "trinhchieu");
        Account leader = row(view, "lanhdao");
        assertThat(leader.user().role().label()).isEqualTo("Lãnh đạo");
        assertThat(view.unitsOf(leader)).isEqualTo("Phường Tam Kỳ");
        assertThat(AccountsView.sectorsOf(leader)).isEqualTo("Tất cả");
        assertThat(view.stateOf(leader)).isEqualTo("Đang hoạt động");
        assertThat(view.unitsOf(row(view, "quantri"))).isEqualTo("Tất cả (quản trị)");
    }

    @Test
    void a_new_account_gets_a_temporary_password_shown_once_its_units_and_sectors_and_an_audit_line() {
        AccountsView view = navigate(AccountsView.class);

        AccountDialog dialog = create(view, "nguyen.van.an");

        String shown = dialog.temporaryPassword.getText();
        assertThat(shown).matches("Mật khẩu tạm thời của nguyen\\.van\\.an: [a-z2-9]{7}-[a-z2-9]{7} — chỉ hiện một lần; "
                + "người dùng phải đổi khi đăng nhập lần đầu\\.");
        String temporary = shown.replaceAll(".*: ([a-z2-9-]{15}) — .*", "$1");
        var stored = jdbc.sql("SELECT id, password_hash, must_change_password FROM app_user WHERE username = "
                + "'nguyen.van.an'").query().singleRow();
        assertThat(passwords.matches(temporary, (String) stored.get("password_hash"))).isTrue();
        assertThat(stored.get("must_change_password")).isEqualTo(true);
        long id = ((Number) stored.get("id")).longValue();
        assertThat(jdbc.sql("SELECT org_unit_id FROM app_user_unit WHERE app_user_id = ?").param(id).query(Long.class)
                .set()).containsExactlyInAnyOrder(unit("tam-ky").id(), unit("an-my").id());
        assertThat(jdbc.sql("SELECT sector FROM app_user_sector WHERE app_user_id = ?").param(id).query(String.class)
                .set()).containsExactlyInAnyOrder("KINH_TE", "MOI_TRUONG");
        Account listed = row(view, "nguyen.van.an");
        assertThat(view.unitsOf(listed)).contains("Phường Tam Kỳ", "Phường An Mỹ");
        assertThat(AccountsView.sectorsOf(listed)).isEqualTo("Kinh tế, Môi trường");
        assertThat(view.stateOf(listed)).isEqualTo("Đang hoạt động · chờ đổi mật khẩu tạm thời");
        var created = audit("TAO_TAI_KHOAN", id);
        assertThat(created).hasSize(1);
        assertThat(created.getFirst().get("username")).isEqualTo("quantri");
        assertThat((String) created.getFirst().get("new_value")).contains("vai trò=CAN_BO", "lĩnh vực=[KINH_TE, MOI_TRUONG]");
        assertThat((String) created.getFirst().get("new_value")).doesNotContain(temporary);
    }

    @Test
    void a_taken_name_or_a_bad_one_is_refused_in_vietnamese_and_nothing_is_created() {
        AccountsView view = navigate(AccountsView.class);
        long before = jdbc.sql("SELECT COUNT(*) FROM app_user").query(Long.class).single();

        AccountDialog taken = create(view, "canbo");
        taken.close();
        AccountDialog bad = create(view, "Nguyễn An");

        assertThat(taken.temporaryPassword.getText()).isEmpty();
        assertThat(bad.temporaryPassword.getText()).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM app_user").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void changing_role_units_and_sectors_is_audited_with_the_old_and_the_new() {
        AccountsView view = navigate(AccountsView.class);
        Account staff = row(view, "canbo");

        AccountDialog dialog = opened(view, staff);
        dialog.role.setValue(Role.LANH_DAO);
        dialog.otherUnits.setValue(Set.of(unit("an-xuan")));
        dialog.sectors.setValue(Set.of(Sector.VAN_HOA_XA_HOI));
        test(dialog.save).click();

        var changed = audit("SUA_TAI_KHOAN", staff.user().id());
        assertThat(changed).hasSize(1);
        assertThat((String) changed.getFirst().get("old_value")).contains("vai trò=CAN_BO", "lĩnh vực=tất cả");
        assertThat((String) changed.getFirst().get("new_value")).contains("vai trò=LANH_DAO",
                "lĩnh vực=[VAN_HOA_XA_HOI]", unit("an-xuan").id().toString());
        assertThat(row(view, "canbo").user().role()).isEqualTo(Role.LANH_DAO);
    }

    @Test
    void disabling_and_resetting_go_through_a_confirmation_and_are_audited() {
        AccountsView view = navigate(AccountsView.class);
        long id = row(view, "trinhchieu").user().id();

        test(opened(view, row(view, "trinhchieu")).toggleEnabled).click();
        test(find(ConfirmDialog.class).single()).confirm();
        AccountDialog again = opened(view, row(view, "trinhchieu"));
        test(again.resetPassword).click();
        test(find(ConfirmDialog.class).single()).confirm();

        assertThat(view.stateOf(row(view, "trinhchieu"))).isEqualTo("Đã khóa · chờ đổi mật khẩu tạm thời");
        assertThat(again.temporaryPassword.getText()).startsWith("Mật khẩu tạm thời của trinhchieu: ");
        assertThat(audit("KHOA_TAI_KHOAN", id)).hasSize(1);
        assertThat(audit("DAT_LAI_MAT_KHAU", id)).hasSize(1);
    }

    @Test
    void the_last_administrator_cannot_be_demoted_nor_disable_themselves() {
        AccountsView view = navigate(AccountsView.class);
        Account admin = row(view, "quantri");

        AccountDialog dialog = opened(view, admin);
        dialog.role.setValue(Role.CAN_BO);
        test(dialog.save).click();
        dialog.close();
        test(opened(view, admin).toggleEnabled).click();
        test(find(ConfirmDialog.class).single()).confirm();

        Account after = row(view, "quantri");
        assertThat(after.user().role()).isEqualTo(Role.QUAN_TRI);
        assertThat(after.user().enabled()).isTrue();
    }
}
