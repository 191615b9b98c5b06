package vn.chitieu.security.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Optional;
import vn.chitieu.security.SignInRefusedException;

@Route(value = "login", autoLayout = false)
@PageTitle("Đăng nhập · Chỉ tiêu")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    private final LoginForm login = new LoginForm();

    public LoginView() {
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        login.setAction("login");
        login.setI18n(vietnamese());
        login.setForgotPasswordButtonVisible(false);

        var title = new H1("Chỉ tiêu");
        title.addClassName("login-title");
        var subtitle = new Paragraph("Theo dõi chỉ tiêu Nghị quyết Đại hội");
        subtitle.addClassName("login-subtitle");
        add(new Div(title, subtitle), login);
    }

    static LoginI18n vietnamese() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form form = i18n.getForm();
        form.setTitle("Đăng nhập");
        form.setUsername("Tên đăng nhập");
        form.setPassword("Mật khẩu");
        form.setSubmit("Đăng nhập");
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle("Sai tên đăng nhập hoặc mật khẩu");
        error.setMessage("Kiểm tra lại tên đăng nhập và mật khẩu rồi thử lại.");
        error.setUsername("Nhập tên đăng nhập");
        error.setPassword("Nhập mật khẩu");
        return i18n;
    }

    LoginForm form() {
        return login;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            refusal().ifPresentOrElse(this::showRefusal, () -> login.setI18n(vietnamese()));
            login.setError(true);
        }
    }

    /** A sign-in refused by the throttle says so and for how long, instead of "wrong password". */
    private void showRefusal(String message) {
        LoginI18n i18n = vietnamese();
        i18n.getErrorMessage().setTitle("Tạm thời chưa đăng nhập được");
        i18n.getErrorMessage().setMessage(message);
        login.setI18n(i18n);
    }

    private static Optional<String> refusal() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session == null || session.getSession() == null) {
            return Optional.empty();
        }
        Object message = session.getSession().getAttribute(SignInRefusedException.SESSION_ATTRIBUTE);
        session.getSession().removeAttribute(SignInRefusedException.SESSION_ATTRIBUTE);
        return message instanceof String text ? Optional.of(text) : Optional.empty();
    }
}
