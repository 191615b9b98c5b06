package vn.chitieu.security;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import vn.chitieu.security.ui.LoginView;

/**
 * Views are guarded by Vaadin's view access checker; every service method is guarded again by method security,
 * because a view is not the only way in (REST, scheduled jobs, tests). Services use {@code @PreAuthorize}, not
 * JSR-250: with JSR-250 enabled Spring would also proxy every view carrying {@code @PermitAll}.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

    /**
     * The REST API (IOC integration, scripts): HTTP Basic on every request, no session, and no CSRF token because no
     * browser session is involved. Ordered first so that the Vaadin chain never sees /api/**.
     */
    @Bean
    @Order(1)
    SecurityFilterChain apiSecurityFilterChain(HttpSecurity http) throws Exception {
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(ApiErrors::unauthorized))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(ApiErrors::unauthorized)
                        .accessDeniedHandler(ApiErrors::forbidden))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain vaadinSecurityFilterChain(HttpSecurity http, UserDetailsService users,
                                                  @Value("${chitieu.kiosk-key:}") String kioskKey) throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/icons/**", "/images/**", "/styles.css").permitAll());
        String key = kioskKey.isBlank() ? randomKey() : kioskKey;
        http.rememberMe(remember -> remember.key(key).rememberMeServices(new KioskRememberMe(key, users)));
        return http.with(vaadin(), vaadin -> vaadin.loginView(LoginView.class)).build();
    }

    /** Without CHITIEU_KIOSK_KEY the wall screens' cookies last until the next restart, then they sign in again. */
    private static String randomKey() {
        LoggerFactory.getLogger(SecurityConfiguration.class).info(
                "Chưa đặt CHITIEU_KIOSK_KEY: màn hình trình chiếu phải đăng nhập lại sau mỗi lần khởi động lại");
        byte[] bytes = new byte[32];
        new java.security.SecureRandom().nextBytes(bytes);
        return java.util.HexFormat.of().formatHex(bytes);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
