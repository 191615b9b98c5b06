package vn.chitieu.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.server.VaadinSession;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;
import vn.chitieu.IntegrationTest;
import vn.chitieu.security.Role;
import vn.chitieu.security.SystemAuthentication;
import vn.chitieu.security.UserService;

@IntegrationTest
@Transactional
@WithMockUser(username = "thu-doimk", roles = "CAN_BO")
class ChangePasswordViewTest extends SpringBrowserlessTest {

    static final String CHOSEN = "hoa phuong no do san truong";

    @Autowired
    UserService users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder passwords;

    private String temporary;

    @BeforeEach
    void anAccountWithATemporaryPassword() {
        temporary = SystemAuthentication.callAsSystem(() -> users.createAccount("thu-doimk", "Người thử đổi mật khẩu",
                Role.CAN_BO, null, Set.of(), Set.of())).temporaryPassword();
        // the mock UI opened its first page before this account existed, and the gate remembered it as fine
        VaadinSession.getCurrent().setAttribute(PasswordChangeGate.CHECKED, null);
    }

    private void fill(ChangePasswordView view, String current, String chosen, String repeated) {
        test(view.current).setValue(current);
        test(view.chosen).setValue(chosen);
        test(view.repeated).setValue(repeated);
        test(view.save).click();
    }

    private String hash() {
        return jdbc.sql("SELECT password_hash FROM app_user WHERE username = 'thu-doimk'").query(String.class).single();
    }

    @Test
    void with_a_temporary_password_every_screen_leads_to_the_password_change() {
        ChangePasswordView view = navigate("", ChangePasswordView.class);

        assertThat(view.temporaryNotice.isVisible()).isTrue();
        assertThat(navigate("chi-tieu", ChangePasswordView.class)).isNotNull();
    }

    @Test
    void a_common_password_a_wrong_current_one_or_a_mismatch_changes_nothing() {
        ChangePasswordView view = navigate(ChangePasswordView.class);
        String before = hash();

        fill(view, temporary, "matkhau@123456", "matkhau@123456");
        assertThat(view.chosen.isInvalid()).isTrue();
        assertThat(view.chosen.getErrorMessage()).startsWith("Mật khẩu này nằm trong danh sách mật khẩu phổ biến");
        fill(view, temporary, "ngan qua", "ngan qua");
        assertThat(view.chosen.getErrorMessage()).isEqualTo("Mật khẩu cần ít nhất 10 ký tự");
        fill(view, "khong-phai-mat-khau", CHOSEN, CHOSEN);
        assertThat(view.current.getErrorMessage()).isEqualTo("Mật khẩu hiện tại không đúng");
        fill(view, temporary, CHOSEN, CHOSEN + "!");
        assertThat(view.repeated.getErrorMessage()).isEqualTo("Hai lần nhập mật khẩu mới không giống nhau");

        assertThat(hash()).isEqualTo(before);
    }

    @Test
    void a_good_new_password_replaces_the_temporary_one_is_audited_and_opens_the_other_screens() {
        ChangePasswordView view = navigate(ChangePasswordView.class);

        fill(view, temporary, CHOSEN, CHOSEN);

        assertThat(passwords.matches(CHOSEN, hash())).isTrue();
        assertThat(jdbc.sql("SELECT must_change_password FROM app_user WHERE username = 'thu-doimk'")
                .query(Boolean.class).single()).isFalse();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'DOI_MAT_KHAU' AND username = 'thu-doimk'")
                .query(Long.class).single()).isEqualTo(1);
        assertThat(getCurrentView()).isNotInstanceOf(ChangePasswordView.class);
    }
}
