package vn.chitieu.base.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.shared.communication.PushConstants;
import com.vaadin.flow.spring.SpringServlet;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletRegistration;
import jakarta.websocket.server.ServerContainer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.chitieu.IntegrationTest;

/** The running server's push connections get buffers for one fragment of what a page sends, not Vaadin's 16,384. */
@IntegrationTest
class PushBuffersTest {

    @Autowired
    ServletContext servletContext;

    @Test
    void tomcat_opens_each_websocket_with_a_text_buffer_for_one_fragment_and_a_small_binary_one() {
        var container = (ServerContainer) servletContext.getAttribute(ServerContainer.class.getName());

        assertThat(container.getDefaultMaxTextMessageBufferSize()).isEqualTo(PushConstants.WEBSOCKET_FRAGMENT_SIZE + 1)
                .isLessThan(8192);
        assertThat(container.getDefaultMaxBinaryMessageBufferSize()).isEqualTo(1024);
    }

    @Test
    void vaadins_servlet_hands_atmosphere_the_same_sizes_and_no_buffer_it_would_not_use() {
        ServletRegistration vaadin = servletContext.getServletRegistrations().values().stream()
                .filter(registration -> SpringServlet.class.getName().equals(registration.getClassName()))
                .findFirst().orElseThrow();

        assertThat(vaadin.getInitParameters())
                .containsEntry("org.atmosphere.websocket.maxTextMessageSize", "4096")
                .containsEntry("org.atmosphere.websocket.maxBinaryMessageSize", "1024")
                .containsEntry("org.atmosphere.websocket.bufferSize", "1")
                // what Vaadin's own registration sets stays
                .containsKey("org.atmosphere.container.JSR356AsyncSupport.mappingPath");
    }
}
