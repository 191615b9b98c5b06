package vn.chitieu.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.login.LoginForm;
import org.junit.jupiter.api.Test;
import vn.chitieu.IntegrationTest;

@IntegrationTest
class LoginViewTest extends SpringBrowserlessTest {

    @Test
    void the_login_view_speaks_vietnamese() {
        LoginView view = navigate(LoginView.class);

        LoginForm form = find(LoginForm.class).single();
        assertThat(form).isSameAs(view.form());
        assertThat(form.getAction()).isEqualTo("login");
        assertThat(form.isForgotPasswordButtonVisible()).isFalse();
        assertThat(LoginView.vietnamese().getForm().getUsername()).isEqualTo("Tên đăng nhập");
        assertThat(LoginView.vietnamese().getErrorMessage().getTitle()).isEqualTo("Sai tên đăng nhập hoặc mật khẩu");
    }
}
