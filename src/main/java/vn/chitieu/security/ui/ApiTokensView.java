package vn.chitieu.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import vn.chitieu.security.ApiTokenService;
import vn.chitieu.security.ApiTokenService.ApiToken;
import vn.chitieu.security.CurrentUser;
import vn.chitieu.security.Roles;

/**
 * A person's API tokens, for the scripts and the IOC that call the REST API as them: create one (shown once, to be
 * copied into the script), see when each was last used, revoke one that leaked or is no longer needed. An
 * administrator also sees, and can revoke, everybody's.
 */
@Route(ApiTokensView.ROUTE)
@PageTitle("Mã truy cập API · Chỉ tiêu")
@Menu(order = 8, icon = "vaadin:key-o", title = "Mã truy cập API")
@RolesAllowed({"LANH_DAO", "CAN_BO", "QUAN_TRI"})
class ApiTokensView extends VerticalLayout {

    static final String ROUTE = "ma-api";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final ApiTokenService tokens;
    final TextField label = new TextField("Tên mã (dùng ở đâu)");
    final Button create = new Button("Tạo mã mới", VaadinIcon.PLUS.create());
    final Grid<ApiToken> grid = new Grid<>();
    final boolean admin = CurrentUser.hasRole(Roles.QUAN_TRI);

    ApiTokensView(ApiTokenService tokens) {
        this.tokens = tokens;
        addClassName("api-tokens-view");
        setMaxWidth("60em");

        label.setPlaceholder("ví dụ: IOC tỉnh, script báo cáo quý");
        label.setMaxLength(100);
        label.setWidth("24em");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> create());
        var form = new HorizontalLayout(label, create);
        form.setAlignItems(FlexComponent.Alignment.END);

        if (admin) {
            grid.addColumn(ApiToken::username).setHeader("Tài khoản").setAutoWidth(true);
        }
        grid.addColumn(ApiToken::label).setHeader("Tên").setFlexGrow(1);
        grid.addColumn(ApiToken::hint).setHeader("Mã").setAutoWidth(true);
        grid.addColumn(t -> TIME.format(t.createdAt())).setHeader("Tạo lúc").setAutoWidth(true);
        grid.addColumn(t -> t.lastUsedOn() == null ? "Chưa dùng" : DAY.format(t.lastUsedOn()))
                .setHeader("Dùng lần cuối").setAutoWidth(true);
        grid.addComponentColumn(t -> {
            if (!t.active()) {
                return new Paragraph("Đã thu hồi " + TIME.format(t.revokedAt()));
            }
            var revoke = new Button("Thu hồi", VaadinIcon.BAN.create(), e -> confirmRevoke(t));
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            return revoke;
        }).setHeader("").setAutoWidth(true);
        grid.setAllRowsVisible(true);

        add(new H1("Mã truy cập API"),
                new Paragraph("Script và hệ thống IOC gọi API bằng mã thay cho mật khẩu: gửi kèm tiêu đề "
                        + "\"Authorization: Bearer <mã>\". Mã có quyền như tài khoản này; mã chỉ hiện một lần khi tạo, "
                        + "hệ thống chỉ lưu dấu băm của nó. Thu hồi mã khi không dùng nữa hoặc nghi bị lộ."),
                form, new H2(admin ? "Mã của mọi tài khoản" : "Mã của bạn"), grid);
        refresh();
    }

    void refresh() {
        grid.setItems(admin ? tokens.all() : tokens.mine());
    }

    void create() {
        ApiTokenService.NewToken created;
        try {
            created = tokens.create(label.getValue());
        } catch (IllegalArgumentException e) {
            label.setInvalid(true);
            label.setErrorMessage(e.getMessage());
            return;
        }
        label.setInvalid(false);
        label.clear();
        refresh();
        var secret = new TextField("Mã API");
        secret.setValue(created.secret());
        secret.setReadOnly(true);
        secret.setWidthFull();
        secret.addClassName("new-api-token");
        var dialog = new Dialog("Mã API mới: " + created.token().label());
        dialog.add(new Paragraph("Chép mã này vào script ngay bây giờ: đóng hộp thoại là không xem lại được."), secret);
        dialog.getFooter().add(new Button("Đã chép, đóng", e -> dialog.close()));
        dialog.setWidth("40em");
        dialog.open();
    }

    private void confirmRevoke(ApiToken token) {
        var dialog = new ConfirmDialog("Thu hồi mã \"" + token.label() + "\"?",
                "Mọi lời gọi API dùng mã này bị từ chối ngay.", "Thu hồi", e -> revoke(token));
        dialog.setCancelable(true);
        dialog.setCancelText("Thôi");
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    void revoke(ApiToken token) {
        tokens.revoke(token.id());
        refresh();
        Notification.show("Đã thu hồi mã \"" + token.label() + "\"").addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
