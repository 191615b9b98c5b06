package vn.chitieu.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import tools.jackson.databind.ObjectMapper;
import vn.chitieu.IntegrationTest;

/** Accounts through the service, on the real database. */
@IntegrationTest
class AccountServiceTest {

    @Value("${local.server.port}")
    int port;
    @Autowired
    UserService users;
    @Autowired
    JdbcClient jdbc;

    private long unit(String code) {
        return jdbc.sql("SELECT id FROM org_unit WHERE code = ?").param(code).query(Long.class).single();
    }

    @Test
    @WithMockUser(username = "lanhdao", roles = "LANH_DAO")
    void the_signed_in_persons_units_and_sectors_come_from_their_account() {
        AccessScope scope = users.currentScope();

        assertThat(scope.allUnits()).isFalse();
        assertThat(scope.unitIds()).containsExactly(unit("tam-ky"));
        assertThat(scope.coversUnit(unit("tam-ky"))).isTrue();
        assertThat(scope.coversUnit(unit("pho-hoa"))).isFalse();
        assertThat(scope.coversSector("KINH_TE")).isTrue();
    }

    @Test
    @WithMockUser(username = "quantri", roles = "QUAN_TRI")
    void an_administrator_covers_every_unit() {
        assertThat(users.currentScope().allUnits()).isTrue();
        assertThat(users.currentScope().coversUnit(unit("pho-hoa"))).isTrue();
    }

    @Test
    void an_account_with_units_and_sectors_sees_exactly_those() {
        SystemAuthentication.runAsSystem(() -> users.createAccount("thu-phamvi", "Phạm vi thử", Role.CAN_BO,
                unit("an-my"), Set.of(unit("an-xuan")), Set.of("KINH_TE")));

        AccessScope scope = asUser("thu-phamvi", "CAN_BO", users::currentScope);

        assertThat(scope.unitIds()).containsExactlyInAnyOrder(unit("an-my"), unit("an-xuan"));
        assertThat(scope.sectors()).containsExactly("KINH_TE");
        assertThat(scope.coversSector("KINH_TE")).isTrue();
        assertThat(scope.coversSector("MOI_TRUONG")).isFalse();
    }

    @Test
    @WithMockUser(username = "canbo", roles = "CAN_BO")
    void only_an_administrator_manages_accounts() {
        assertThatThrownBy(() -> users.accounts()).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> users.resetPassword(1)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> users.createAccount("ai-do", "Ai đó", Role.QUAN_TRI, null, Set.of(), Set.of()))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void a_temporary_password_does_not_open_the_api_until_it_is_changed() throws Exception {
        String temporary = SystemAuthentication.callAsSystem(() -> users.createAccount("thu-api", "API thử",
                Role.LANH_DAO, null, Set.of(), Set.of())).temporaryPassword();
        var web = new WebSession(port);

        HttpResponse<String> refused = web.send(web.request("/api/v1/indicators?nhiem_ky=2025-2030")
                .header("Authorization", WebSession.basic("thu-api", temporary)).GET());

        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(new ObjectMapper().readTree(refused.body()).get("error").asString())
                .startsWith("Mật khẩu này là mật khẩu tạm thời");
        jdbc.sql("DELETE FROM sign_in_failure").update();
    }

    @Test
    void the_demo_password_is_acceptable_and_common_ones_are_not() {
        assertThat(PasswordPolicy.problem("chitieu-demo", "lanhdao")).isEmpty();
        assertThat(PasswordPolicy.problem("hoa phuong no do", "lanhdao")).isEmpty();
        assertThat(PasswordPolicy.problem("1234567890", "x")).hasValueSatisfying(
                m -> assertThat(m).startsWith("Mật khẩu này nằm trong danh sách"));
        assertThat(PasswordPolicy.problem("Password123!", "x")).isPresent();
        assertThat(PasswordPolicy.problem("!!matkhau2024", "x")).isPresent();
        assertThat(PasswordPolicy.problem("aaaaaaaaaaaa", "x")).isPresent();
        assertThat(PasswordPolicy.problem("nguyen.van.an-2025", "nguyen.van.an")).hasValue(
                "Mật khẩu không được chứa tên đăng nhập");
        assertThat(PasswordPolicy.problem("ngắn", "x")).hasValue("Mật khẩu cần ít nhất 10 ký tự");
        assertThat(PasswordPolicy.problem("đ".repeat(40), "x")).isPresent();
        assertThat(PasswordPolicy.temporary()).matches("[a-z2-9]{7}-[a-z2-9]{7}");
        assertThat(PasswordPolicy.problem(PasswordPolicy.temporary(), "nguoi.dung")).isEmpty();
    }

    private static <T> T asUser(String name, String role, java.util.function.Supplier<T> work) {
        var previous = org.springframework.security.core.context.SecurityContextHolder.getContext();
        var context = org.springframework.security.core.context.SecurityContextHolder.createEmptyContext();
        context.setAuthentication(org.springframework.security.authentication.UsernamePasswordAuthenticationToken
                .authenticated(name, null, java.util.List.of(
                        new org.springframework.security.core.authority.SimpleGrantedAuthority("ROLE_" + role))));
        org.springframework.security.core.context.SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.setContext(previous);
        }
    }
}
