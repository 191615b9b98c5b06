package vn.chitieu.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * A failed form sign-in goes back to the login view with {@code ?error}; a throttled one also leaves its Vietnamese
 * message in the session for the view to show ({@code ?error} alone would say "wrong password", which it was not),
 * and so does one the database was not there to check.
 */
final class LoginFailure extends SimpleUrlAuthenticationFailureHandler {

    LoginFailure() {
        super("/login?error");
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        if (exception instanceof SignInRefusedException || exception instanceof SignInUnavailableException) {
            request.getSession().setAttribute(SignInRefusedException.SESSION_ATTRIBUTE, exception.getMessage());
        } else {
            var session = request.getSession(false);
            if (session != null) {
                session.removeAttribute(SignInRefusedException.SESSION_ATTRIBUTE);
            }
        }
        getRedirectStrategy().sendRedirect(request, response, "/login?error");
    }
}
