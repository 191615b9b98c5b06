package vn.chitieu.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the first administrator when the database has no user at all. Runs after the demo data, which brings its
 * own users, so it only acts on a production database. There is deliberately no default password.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final UserService users;
    private final AdminProperties admin;

    FirstAdministrator(UserService users, AdminProperties admin) {
        this.users = users;
        this.admin = admin;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.hasUsers()) {
            return;
        }
        String password = admin.password();
        if (password == null || password.isBlank()) {
            log.warn("Chưa có tài khoản nào và CHITIEU_ADMIN_PASSWORD chưa được đặt: không ai đăng nhập được. "
                    + "Đặt CHITIEU_ADMIN_PASSWORD (ít nhất {} ký tự) rồi khởi động lại.", UserService.MIN_PASSWORD_LENGTH);
            return;
        }
        SystemAuthentication.runAsSystem(
                () -> users.create(admin.username(), "Quản trị hệ thống", password, Role.QUAN_TRI, null));
        log.info("Đã tạo tài khoản quản trị đầu tiên: {}", admin.username());
    }
}
