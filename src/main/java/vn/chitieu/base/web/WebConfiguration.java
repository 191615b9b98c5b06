package vn.chitieu.base.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** The web layer's own pieces: the start-up gate and what each connection costs. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration {

    @Bean
    StartupGate startupGate() {
        return new StartupGate();
    }

    /** Before every other filter, security included: nothing is worth doing until start-up is done. */
    @Bean
    FilterRegistrationBean<StartupGate> startupGateRegistration(StartupGate gate) {
        FilterRegistrationBean<StartupGate> registration = new FilterRegistrationBean<>(gate);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.addUrlPatterns("/*");
        return registration;
    }

    /**
     * Before Tomcat's WebSocket filter, which is mapped after the application's filters, so the handshake it answers
     * no longer carries the browser's offer of compression.
     */
    @Bean
    FilterRegistrationBean<PushWithoutCompression> pushWithoutCompression() {
        FilterRegistrationBean<PushWithoutCompression> registration =
                new FilterRegistrationBean<>(new PushWithoutCompression());
        registration.addUrlPatterns("/VAADIN/push", "/VAADIN/push/*");
        return registration;
    }

    /** Static: it changes the Vaadin servlet's registration, which is made before the other beans of this class. */
    @Bean
    static PushBuffers pushBuffers() {
        return new PushBuffers();
    }

    @Bean
    ServletContextInitializer pushBuffersOfTomcat() {
        return PushBuffers::ofTomcat;
    }

    @Bean
    ConnectionMemory connectionMemory() {
        return new ConnectionMemory();
    }
}
