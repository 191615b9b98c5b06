package vn.chitieu.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import vn.chitieu.indicator.Sector;
import vn.chitieu.orgunit.OrgUnit;
import vn.chitieu.security.AppUser;
import vn.chitieu.security.Role;
import vn.chitieu.security.UserService;
import vn.chitieu.security.UserService.Account;
import vn.chitieu.security.UserService.NewPassword;

/** One account: a new one, or an existing one with what an administrator can do to it. */
class AccountDialog extends Dialog {

    private final UserService users;
    private final @Nullable AppUser account;
    private final Runnable changed;
    final TextField username = new TextField("Tên đăng nhập");
    final TextField displayName = new TextField("Họ và tên");
    final Select<Role> role = new Select<>();
    final ComboBox<OrgUnit> primaryUnit = new ComboBox<>("Đơn vị chính");
    final MultiSelectComboBox<OrgUnit> otherUnits = new MultiSelectComboBox<>("Đơn vị khác");
    final MultiSelectComboBox<Sector> sectors = new MultiSelectComboBox<>("Lĩnh vực phụ trách");
    final Button save = new Button("Lưu", VaadinIcon.CHECK.create());
    final Button resetPassword = new Button("Đặt lại mật khẩu", VaadinIcon.KEY.create());
    final Button toggleEnabled = new Button();
    final Button unlock = new Button("Mở khóa đăng nhập", VaadinIcon.UNLOCK.create());
    final Button revoke = new Button("Thu hồi mọi đăng nhập", VaadinIcon.SIGN_OUT.create());
    /** The temporary password of the last creation or reset, shown once. */
    final Span temporaryPassword = new Span();

    AccountDialog(UserService users, List<OrgUnit> units, @Nullable Account existing, Runnable changed) {
        this.users = users;
        this.account = existing == null ? null : existing.user();
        this.changed = changed;
        setHeaderTitle(account == null ? "Thêm tài khoản" : "Tài khoản " + account.username());
        setWidth("min(44em, 100vw)");
        addClassName("account-dialog");

        username.setHelperText("Chữ thường không dấu, số, dấu chấm, gạch dưới, gạch ngang; ví dụ nguyen.van.a");
        username.setRequired(true);
        displayName.setRequired(true);
        role.setLabel("Vai trò");
        role.setItems(Role.values());
        role.setItemLabelGenerator(Role::label);
        role.setValue(Role.CAN_BO);
        primaryUnit.setItems(units);
        primaryUnit.setItemLabelGenerator(OrgUnit::name);
        primaryUnit.setHelperText("Các màn hình mở sẵn đơn vị này");
        otherUnits.setItems(units);
        otherUnits.setItemLabelGenerator(OrgUnit::name);
        otherUnits.setHelperText("Đơn vị khác người này được xem và nhập số liệu");
        sectors.setItems(Sector.values());
        sectors.setItemLabelGenerator(Sector::label);
        sectors.setHelperText("Để trống: mọi lĩnh vực");
        temporaryPassword.addClassName("temporary-password");

        var form = new FormLayout(username, displayName, role, primaryUnit, otherUnits, sectors);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        add(form, temporaryPassword);

        if (account != null) {
            username.setValue(account.username());
            username.setReadOnly(true);
            displayName.setValue(account.displayName());
            role.setValue(account.role());
            Long primary = account.primaryUnitId();
            units.stream().filter(u -> u.id().equals(primary)).findFirst().ifPresent(primaryUnit::setValue);
            otherUnits.setValue(units.stream().filter(u -> account.unitIds().contains(u.id()) && !u.id().equals(primary))
                    .collect(Collectors.toSet()));
            sectors.setValue(Arrays.stream(Sector.values()).filter(s -> account.sectorCodes().contains(s.name()))
                    .collect(Collectors.toSet()));
        }

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        var cancel = new Button("Đóng", e -> close());
        if (account != null) {
            resetPassword.addClickListener(e -> confirm("Đặt lại mật khẩu của " + account.username() + "?",
                    "Người dùng sẽ nhận mật khẩu tạm thời và phải đổi khi đăng nhập; mọi phiên đăng nhập hiện có kết thúc.",
                    "Đặt lại", this::resetPassword));
            toggleEnabled.setText(account.enabled() ? "Khóa tài khoản" : "Mở lại tài khoản");
            toggleEnabled.setIcon(account.enabled() ? VaadinIcon.LOCK.create() : VaadinIcon.UNLOCK.create());
            toggleEnabled.addClickListener(e -> {
                if (account.enabled()) {
                    confirm("Khóa tài khoản " + account.username() + "?", "Tài khoản không đăng nhập được nữa và "
                            + "mọi phiên đăng nhập hiện có kết thúc ngay.", "Khóa", () -> setAccountEnabled(false));
                } else {
                    setAccountEnabled(true);
                }
            });
            unlock.setVisible(existing != null && existing.lockedUntil() != null);
            unlock.addClickListener(e -> act(() -> users.unlock(id()), "Đã mở khóa đăng nhập"));
            revoke.addClickListener(e -> confirm("Thu hồi mọi đăng nhập của " + account.username() + "?",
                    "Mọi phiên đăng nhập, kể cả đăng nhập 30 ngày của màn hình trình chiếu, kết thúc ngay.",
                    "Thu hồi", () -> act(() -> users.revokeSignIns(id()), "Đã thu hồi mọi đăng nhập")));
            var actions = new FlexLayout(resetPassword, toggleEnabled, unlock, revoke);
            actions.setFlexWrap(FlexLayout.FlexWrap.WRAP);
            actions.addClassName("account-actions");
            add(new Paragraph("Thao tác khác:"), actions);
        }
        getFooter().add(cancel, save);
    }

    void save() {
        Set<Long> unitIds = otherUnits.getValue().stream().map(OrgUnit::id).collect(Collectors.toSet());
        Long primary = primaryUnit.getValue() == null ? null : primaryUnit.getValue().id();
        Set<String> sectorCodes = sectors.getValue().stream().map(Sector::name).collect(Collectors.toSet());
        try {
            if (account == null) {
                NewPassword created = users.createAccount(username.getValue(), displayName.getValue(), role.getValue(),
                        primary, unitIds, sectorCodes);
                showTemporary(created);
            } else {
                users.updateAccount(id(), displayName.getValue(), role.getValue(), primary, unitIds, sectorCodes);
                Notification.show("Đã lưu tài khoản " + account.username())
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                close();
            }
            changed.run();
        } catch (IllegalArgumentException | DuplicateKeyException e) {
            // the service's refusals are Vietnamese sentences meant for the administrator
            Notification.show(e.getMessage()).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private void resetPassword() {
        showTemporary(users.resetPassword(id()));
        changed.run();
    }

    private void setAccountEnabled(boolean on) {
        act(() -> users.setEnabled(id(), on), on ? "Đã mở lại tài khoản" : "Đã khóa tài khoản");
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
        } catch (IllegalArgumentException e) {
            Notification.show(e.getMessage()).addThemeVariants(NotificationVariant.LUMO_ERROR);
            return;
        }
        Notification.show(done).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        changed.run();
        close();
    }

    /** The temporary password stays in the dialog until it is closed: it is not stored anywhere in clear. */
    private void showTemporary(NewPassword created) {
        temporaryPassword.setText("Mật khẩu tạm thời của " + created.account().username() + ": "
                + created.temporaryPassword() + " — chỉ hiện một lần; người dùng phải đổi khi đăng nhập lần đầu.");
        save.setEnabled(false);
        username.setReadOnly(true);
    }

    private void confirm(String header, String text, String confirmText, Runnable action) {
        var dialog = new ConfirmDialog(header, text, confirmText, e -> action.run());
        dialog.setCancelable(true);
        dialog.setCancelText("Thôi");
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    private long id() {
        if (account == null || account.id() == null) {
            throw new IllegalStateException("Tài khoản chưa được lưu");
        }
        return account.id();
    }
}
