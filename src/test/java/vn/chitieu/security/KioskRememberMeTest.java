package vn.chitieu.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;

class KioskRememberMeTest {

    private final Map<String, UserDetails> accounts = new HashMap<>();
    private final KioskRememberMe remember = new KioskRememberMe("khoa-thu", name -> accounts.get(name));

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

    @Test
    void the_wall_screen_gets_a_cookie_that_signs_it_in_again() {
        Cookie cookie = signIn(account("trinhchieu", Roles.TRINH_CHIEU));

        assertThat(cookie).isNotNull();
        assertThat(cookie.getMaxAge()).isEqualTo(KioskRememberMe.DAYS * 24 * 3600);
        assertThat(cookie.isHttpOnly()).isTrue();
        Authentication again = comeBack(cookie);
        assertThat(again.getName()).isEqualTo("trinhchieu");
        assertThat(again.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_TRINH_CHIEU");
    }

    @Test
    void other_roles_get_no_cookie() {
        for (String role : List.of(Roles.LANH_DAO, Roles.CAN_BO, Roles.QUAN_TRI)) {
            assertThat(signIn(account("nguoi-" + role, role))).as(role).isNull();
        }
    }

    @Test
    void a_cookie_of_an_account_that_is_no_longer_a_wall_screen_signs_nobody_in() {
        Cookie cookie = signIn(account("manhinh", Roles.TRINH_CHIEU));
        account("manhinh", Roles.LANH_DAO);

        assertThat(comeBack(cookie)).isNull();
    }
}
