package vn.chitieu.security.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import org.springframework.stereotype.Component;
import vn.chitieu.security.CurrentUser;
import vn.chitieu.security.UserService;

/**
 * Someone signed in with a temporary password (a new account, a reset) sees nothing but the password change until
 * they have replaced it. The API refuses such an account altogether. Once the password is known to be a real one the
 * answer is kept in the session, so navigation does not ask the database every time.
 */
@Component
class PasswordChangeGate implements VaadinServiceInitListener {

    static final String CHECKED = "chitieu.mat-khau-da-doi";

    private final UserService users;

    PasswordChangeGate(UserService users) {
        this.users = users;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::beforeEnter));
    }

    private void beforeEnter(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (target == ChangePasswordView.class || target == LoginView.class
                || HasErrorParameter.class.isAssignableFrom(target)) {
            return;
        }
        var name = CurrentUser.username();
        VaadinSession session = VaadinSession.getCurrent();
        if (name.isEmpty() || (session != null && name.get().equals(session.getAttribute(CHECKED)))) {
            return;
        }
        if (users.mustChangePassword()) {
            event.forwardTo(ChangePasswordView.class);
        } else if (session != null) {
            session.setAttribute(CHECKED, name.get());
        }
    }

    static void passwordChanged() {
        VaadinSession session = VaadinSession.getCurrent();
        CurrentUser.username().ifPresent(name -> {
            if (session != null) {
                session.setAttribute(CHECKED, name);
            }
        });
    }
}
