package vn.chitieu.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import vn.chitieu.security.UserService;

/**
 * Everybody's own account: a new password (the current one asked again), and signing out of every device at once,
 * for a phone that was lost or a computer left signed in at the office. A person with a temporary password is sent
 * here by {@link PasswordChangeGate} until they have replaced it.
 */
@Route(ChangePasswordView.ROUTE)
@PageTitle("Đổi mật khẩu · Chỉ tiêu")
@PermitAll
class ChangePasswordView extends VerticalLayout {

    static final String ROUTE = "doi-mat-khau";

    private final UserService users;
    private final AuthenticationContext authentication;
    final Paragraph temporaryNotice = new Paragraph(
            "Bạn đang dùng mật khẩu tạm thời do quản trị viên cấp. Hãy đặt mật khẩu mới của riêng mình để tiếp tục.");
    final PasswordField current = new PasswordField("Mật khẩu hiện tại");
    final PasswordField chosen = new PasswordField("Mật khẩu mới");
    final PasswordField repeated = new PasswordField("Nhập lại mật khẩu mới");
    final Button save = new Button("Đổi mật khẩu", VaadinIcon.KEY.create());
    final Button signOutEverywhere = new Button("Đăng xuất khỏi mọi thiết bị", VaadinIcon.SIGN_OUT.create());

    ChangePasswordView(UserService users, AuthenticationContext authentication) {
        this.users = users;
        this.authentication = authentication;
        addClassName("change-password-view");
        setMaxWidth("40em");

        temporaryNotice.addClassName("temporary-password-notice");
        temporaryNotice.setVisible(users.mustChangePassword());
        current.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.CURRENT_PASSWORD);
        chosen.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        repeated.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        chosen.setHelperText("Ít nhất 10 ký tự; không dùng mật khẩu phổ biến hay tên đăng nhập. Một câu ngắn dễ nhớ là "
                + "mật khẩu tốt.");
        chosen.setValueChangeMode(ValueChangeMode.LAZY);
        chosen.addValueChangeListener(e -> checkChosen());
        for (PasswordField field : new PasswordField[] {current, chosen, repeated}) {
            field.setWidthFull();
        }
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());

        signOutEverywhere.addThemeVariants(ButtonVariant.LUMO_ERROR);
        signOutEverywhere.addClickListener(e -> confirmSignOutEverywhere());

        add(new H1("Đổi mật khẩu"), temporaryNotice, current, chosen, repeated, save,
                new H2("Đăng xuất khỏi mọi thiết bị"),
                new Paragraph("Kết thúc mọi phiên đăng nhập của tài khoản này: trên máy này, trên các máy và điện thoại "
                        + "khác, và đăng nhập 30 ngày của màn hình trình chiếu. Dùng khi mất điện thoại hoặc quên "
                        + "đăng xuất ở máy dùng chung."),
                signOutEverywhere);
    }

    private boolean checkChosen() {
        var problem = chosen.isEmpty() ? java.util.Optional.<String>empty() : users.passwordProblem(chosen.getValue());
        chosen.setInvalid(problem.isPresent());
        chosen.setErrorMessage(problem.orElse(null));
        return problem.isEmpty();
    }

    void save() {
        if (current.isEmpty() || chosen.isEmpty()) {
            Notification.show("Nhập mật khẩu hiện tại và mật khẩu mới").addThemeVariants(NotificationVariant.LUMO_ERROR);
            return;
        }
        if (!checkChosen()) {
            return;
        }
        if (!chosen.getValue().equals(repeated.getValue())) {
            repeated.setInvalid(true);
            repeated.setErrorMessage("Hai lần nhập mật khẩu mới không giống nhau");
            return;
        }
        repeated.setInvalid(false);
        try {
            users.changeOwnPassword(current.getValue(), chosen.getValue());
        } catch (IllegalArgumentException e) {
            // the service's messages are Vietnamese and meant for this person ("Mật khẩu hiện tại không đúng")
            current.setInvalid(e.getMessage() != null && e.getMessage().contains("hiện tại"));
            current.setErrorMessage(e.getMessage());
            Notification.show(e.getMessage()).addThemeVariants(NotificationVariant.LUMO_ERROR);
            return;
        }
        current.clear();
        chosen.clear();
        repeated.clear();
        PasswordChangeGate.passwordChanged();
        temporaryNotice.setVisible(false);
        Notification.show("Đã đổi mật khẩu. Các phiên đăng nhập khác của tài khoản đã kết thúc.")
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        UI.getCurrent().navigate("");
    }

    private void confirmSignOutEverywhere() {
        var dialog = new ConfirmDialog("Đăng xuất khỏi mọi thiết bị?",
                "Mọi phiên đăng nhập của tài khoản này sẽ kết thúc, kể cả phiên đang dùng.", "Đăng xuất hết",
                e -> signOutEverywhere());
        dialog.setCancelable(true);
        dialog.setCancelText("Thôi");
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    void signOutEverywhere() {
        users.signOutEverywhere();
        authentication.logout();
    }
}
