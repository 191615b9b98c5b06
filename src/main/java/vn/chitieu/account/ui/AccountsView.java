package vn.chitieu.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import vn.chitieu.indicator.Sector;
import vn.chitieu.orgunit.OrgUnit;
import vn.chitieu.orgunit.OrgUnitService;
import vn.chitieu.security.UserService;
import vn.chitieu.security.UserService.Account;

/**
 * Who may sign in: every account with its role, units, sectors and state. Administrators add an account (it gets a
 * temporary password to hand over), change role and scope, disable and enable it, reset a forgotten password, lift a
 * sign-in lock and end every sign-in of an account (a wall screen that was taken down). Each change is audited by the
 * service.
 */
@Route("tai-khoan")
@PageTitle("Tài khoản · Chỉ tiêu")
@Menu(order = 7, icon = "vaadin:users", title = "Tài khoản")
@RolesAllowed("QUAN_TRI")
class AccountsView extends VerticalLayout {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM");

    private final UserService users;
    private final Clock clock;
    private final List<OrgUnit> units;
    private final Map<Long, String> unitNames;
    final Grid<Account> grid = new Grid<>();
    final Button add = new Button("Thêm tài khoản", VaadinIcon.PLUS.create());

    AccountsView(UserService users, OrgUnitService orgUnits, Clock clock) {
        this.users = users;
        this.clock = clock;
        this.units = orgUnits.findAll();
        this.unitNames = units.stream().collect(Collectors.toMap(OrgUnit::id, OrgUnit::name));
        addClassName("accounts-view");
        setSizeFull();

        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> open(null));

        grid.addColumn(a -> a.user().username()).setHeader("Tên đăng nhập").setAutoWidth(true).setSortable(true);
        grid.addColumn(a -> a.user().displayName()).setHeader("Họ và tên").setFlexGrow(2).setSortable(true);
        grid.addColumn(a -> a.user().role().label()).setHeader("Vai trò").setAutoWidth(true).setSortable(true);
        grid.addColumn(this::unitsOf).setHeader("Đơn vị").setFlexGrow(2);
        grid.addColumn(AccountsView::sectorsOf).setHeader("Lĩnh vực").setFlexGrow(2);
        grid.addColumn(this::stateOf).setHeader("Trạng thái").setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        grid.addItemClickListener(e -> open(e.getItem()));

        var header = new HorizontalLayout(new H1("Tài khoản"), add);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(header, new Paragraph("Bấm vào một dòng để sửa vai trò, đơn vị và lĩnh vực, khóa tài khoản, đặt lại mật "
                + "khẩu hoặc thu hồi đăng nhập. Mọi thay đổi đều được ghi nhật ký."), grid);
        refresh();
    }

    void refresh() {
        grid.setItems(users.accounts());
    }

    AccountDialog open(@Nullable Account account) {
        var dialog = new AccountDialog(users, units, account, this::refresh);
        dialog.open();
        return dialog;
    }

    String unitsOf(Account account) {
        if (account.user().role() == vn.chitieu.security.Role.QUAN_TRI) {
            return "Tất cả (quản trị)";
        }
        if (account.user().unitIds().isEmpty()) {
            return "Chưa giao đơn vị";
        }
        return account.user().unitIds().stream().map(id -> unitNames.getOrDefault(id, "#" + id))
                .collect(Collectors.joining(", "));
    }

    static String sectorsOf(Account account) {
        if (account.user().sectorCodes().isEmpty()) {
            return "Tất cả";
        }
        Map<String, Sector> byCode = java.util.Arrays.stream(Sector.values())
                .collect(Collectors.toMap(Sector::name, Function.identity()));
        return account.user().sectorCodes().stream().map(code -> byCode.containsKey(code) ? byCode.get(code).label() : code)
                .collect(Collectors.joining(", "));
    }

    String stateOf(Account account) {
        StringBuilder state = new StringBuilder(account.user().enabled() ? "Đang hoạt động" : "Đã khóa");
        if (account.lockedUntil() != null) {
            state.append(" · tạm khóa đăng nhập đến ")
                    .append(TIME.format(account.lockedUntil().atZone(clock.getZone())));
        }
        if (account.user().mustChangePassword()) {
            state.append(" · chờ đổi mật khẩu tạm thời");
        }
        return state.toString();
    }
}
