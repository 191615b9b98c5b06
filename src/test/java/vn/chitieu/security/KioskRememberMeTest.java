package vn.chitieu.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.authentication.rememberme.JdbcTokenRepositoryImpl;
import vn.chitieu.IntegrationTest;

/** The wall screen's 30-day sign-in, with its tokens in the real MariaDB table. */
@IntegrationTest
class KioskRememberMeTest {

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;

    private final Map<String, UserDetails> accounts = new HashMap<>();
    private KioskRememberMe remember;

    @BeforeEach
    void tokensInTheDatabase() {
        var tokens = new JdbcTokenRepositoryImpl();
        tokens.setDataSource(dataSource);
        remember = new KioskRememberMe("khoa-thu", name -> accounts.get(name), tokens);
    }

    @AfterEach
    void forgetTestTokens() {
        jdbc.sql("DELETE FROM persistent_logins WHERE username LIKE 'thu-%'").update();
    }

    private UserDetails account(String name, String role) {
        UserDetails user = User.withUsername(name).password("{noop}chitieu-demo").roles(role).build();
        accounts.put(name, user);
        return user;
    }

    private Cookie signIn(UserDetails user) {
        Authentication auth = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        var response = new MockHttpServletResponse();
        remember.loginSuccess(new MockHttpServletRequest(), response, auth);
        return response.getCookie(KioskRememberMe.COOKIE);
    }

    private Authentication comeBack(Cookie cookie) {
        var request = new MockHttpServletRequest();
        request.setCookies(cookie);
        return remember.autoLogin(request, new MockHttpServletResponse());
    }

    private long tokensOf(String name) {
        return jdbc.sql("SELECT COUNT(*) FROM persistent_logins WHERE username = ?").param(name).query(Long.class)
                .single();
    }

    @Test
    void the_wall_screen_gets_a_cookie_backed_by_a_token_in_the_database_that_signs_it_in_again() {
        Cookie cookie = signIn(account("thu-trinhchieu", Roles.TRINH_CHIEU));

        assertThat(cookie).isNotNull();
        assertThat(cookie.getMaxAge()).isEqualTo(KioskRememberMe.DAYS * 24 * 3600);
        assertThat(cookie.isHttpOnly()).isTrue();
        assertThat(tokensOf("thu-trinhchieu")).isEqualTo(1);
        Authentication again = comeBack(cookie);
        assertThat(again.getName()).isEqualTo("thu-trinhchieu");
        assertThat(again.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_TRINH_CHIEU");
    }

    @Test
    void other_roles_get_no_cookie_and_no_token() {
        for (String role : List.of(Roles.LANH_DAO, Roles.CAN_BO, Roles.QUAN_TRI)) {
            assertThat(signIn(account("thu-" + role, role))).as(role).isNull();
            assertThat(tokensOf("thu-" + role)).as(role).isZero();
        }
    }

    @Test
    void a_cookie_of_an_account_that_is_no_longer_a_wall_screen_signs_nobody_in_and_its_tokens_are_dropped() {
        Cookie cookie = signIn(account("thu-manhinh", Roles.TRINH_CHIEU));
        account("thu-manhinh", Roles.LANH_DAO);

        assertThat(comeBack(cookie)).isNull();
        assertThat(tokensOf("thu-manhinh")).isZero();
    }

    @Test
    void a_revoked_cookie_signs_nobody_in() {
        Cookie cookie = signIn(account("thu-thuhoi", Roles.TRINH_CHIEU));

        remember.revoke("thu-thuhoi");

        assertThat(comeBack(cookie)).isNull();
    }

    @Test
    void signing_out_drops_the_token() {
        UserDetails kiosk = account("thu-dangxuat", Roles.TRINH_CHIEU);
        Cookie cookie = signIn(kiosk);

        remember.logout(new MockHttpServletRequest(), new MockHttpServletResponse(),
                UsernamePasswordAuthenticationToken.authenticated(kiosk, null, kiosk.getAuthorities()));

        assertThat(tokensOf("thu-dangxuat")).isZero();
        assertThat(comeBack(cookie)).isNull();
    }
}
