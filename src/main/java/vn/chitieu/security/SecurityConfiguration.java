package vn.chitieu.security;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.UidlRedirectStrategy;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.servlet.CookieSameSiteSupplier;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.RememberMeAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.rememberme.JdbcTokenRepositoryImpl;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.session.SimpleRedirectSessionInformationExpiredStrategy;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;
import vn.chitieu.base.db.ConnectionPools;
import vn.chitieu.security.ui.LoginView;

/**
 * Views are guarded by Vaadin's view access checker; every service method is guarded again by method security,
 * because a view is not the only way in (REST, scheduled jobs, tests). Services use {@code @PreAuthorize}, not
 * JSR-250: with JSR-250 enabled Spring would also proxy every view carrying {@code @PermitAll}.
 * <p>
 * Both chains sign in through one {@link ThrottledAuthentication} each and nothing else: no parent authentication
 * manager exists that a failed attempt could fall back to around the throttle.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

    /**
     * The REST API (IOC integration, scripts): an API token ({@code Authorization: Bearer}) or HTTP Basic on every
     * request, no session, and no CSRF token because no
     * browser session is involved. Ordered first so that the Vaadin chain never sees /api/**.
     */
    @Bean
    @Order(1)
    SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, UserDetailsService users, PasswordEncoder encoder,
                                               SignInThrottle throttle, ApplicationEventPublisher events,
                                               ApiTokenService tokens, ConnectionPools pools)
            throws Exception {
        return http.securityMatcher("/api/**")
                .authenticationManager(new ProviderManager(
                        new ThrottledAuthentication(users, encoder, throttle, events, true, pools)))
                // who may import is decided from the headers, before a byte of the file is read (the service checks
                // again); every other address needs a signed-in caller
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/api/v1/import", "/api/v1/import/**")
                        .hasAnyRole(Roles.CAN_BO, Roles.QUAN_TRI)
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(ApiErrors::unauthorized))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(ApiErrors::unauthorized)
                        .accessDeniedHandler(ApiErrors::forbidden))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .headers(SecurityHeaders::apply)
                .addFilterBefore(new BearerTokens(tokens, users), BasicAuthenticationFilter.class)
                // the size limit after the role check: a caller who may not upload is told so (403), whatever they send
                .addFilterAfter(new ApiFallback.BodyLimit(), AuthorizationFilter.class)
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain vaadinSecurityFilterChain(HttpSecurity http, UserDetailsService users, PasswordEncoder encoder,
                                                  SignInThrottle throttle, ApplicationEventPublisher events,
                                                  KioskRememberMe kiosk, SessionRegistry sessions,
                                                  RequestUtil vaadinRequests, ConnectionPools pools) throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/icons/**", "/images/**", "/styles.css", "/overview.css", "/glyphs.css")
                .permitAll());
        http.authenticationManager(new ProviderManager(
                new ThrottledAuthentication(users, encoder, throttle, events, false, pools),
                new RememberMeAuthenticationProvider(kiosk.getKey())));
        // set before Vaadin's configurer, which keeps a failure handler it finds; the login page is named here too,
        // or the form configurer, initialised first, would add Spring's own "Please sign in" page at /login
        http.formLogin(form -> form.loginPage("/login").failureHandler(new LoginFailure()));
        http.rememberMe(remember -> remember.key(kiosk.getKey()).rememberMeServices(kiosk));
        http.sessionManagement(session -> session.sessionConcurrency(concurrency -> concurrency
                .maximumSessions(-1)
                .sessionRegistry(sessions)
                // a session ended elsewhere ("sign out everywhere", a reset): back to the login view, in a way the
                // Vaadin client understands when the next request is one of its own
                .expiredSessionStrategy(new SimpleRedirectSessionInformationExpiredStrategy("/login",
                        new UidlRedirectStrategy()))));
        http.headers(SecurityHeaders::apply);
        // CSRF as Vaadin sets it up, less its exemption of the login form: the form sends the token of the page's
        // <meta name="_csrf">, and without it a foreign page could sign a victim into an account of its choosing
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        // Vaadin denies by default every address that is not a screen: the import sample (/mau-nhap-lieu.csv) answered
        // 403 to the staff it is for, and a mistyped address an empty 403 that browsers saved as a download. A
        // signed-in person reaches them; the router answers an unknown address with its Vietnamese 404 page, and
        // each screen is still checked by its own role annotations
        return http.with(vaadin(), vaadin -> vaadin.loginView(LoginView.class).enableCsrfConfiguration(false)
                .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated)).build();
    }

    /**
     * The wall screen's 30-day sign-in. The key only marks the tokens this application issued; the tokens themselves
     * live in MariaDB, so a random key per start (without CHITIEU_KIOSK_KEY) no longer signs wall screens out.
     */
    @Bean
    KioskRememberMe kioskRememberMe(UserDetailsService users, DataSource dataSource,
                                    @Value("${chitieu.kiosk-key:}") String kioskKey) {
        var tokens = new JdbcTokenRepositoryImpl();
        tokens.setDataSource(dataSource);
        return new KioskRememberMe(kioskKey.isBlank() ? randomKey() : kioskKey, users, tokens);
    }

    /** The wall screen's cookie is no more sent along with other sites' requests than the session cookie. */
    @Bean
    CookieSameSiteSupplier kioskCookieSameSite() {
        return CookieSameSiteSupplier.ofLax().whenHasName(KioskRememberMe.COOKIE);
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the session registry when a session ends, so it does not keep ended sessions forever. */
    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    @Bean
    FilterRegistrationBean<PushOrigin> pushOrigin() {
        var registration = new FilterRegistrationBean<>(new PushOrigin());
        registration.addUrlPatterns("/VAADIN/push", "/VAADIN/push/*");
        return registration;
    }

    @Bean
    SimpleUrlHandlerMapping apiNotFoundMapping() {
        return ApiFallback.notFoundMapping();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    private static String randomKey() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
