package vn.chitieu.base.web;

import com.vaadin.flow.shared.communication.PushConstants;
import com.vaadin.flow.spring.SpringServlet;
import jakarta.servlet.ServletContext;
import org.atmosphere.cpr.ApplicationConfig;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.ServletRegistrationBean;

/**
 * Sizes each push WebSocket's buffers to what the connection carries. What an open dashboard costs the server is mostly
 * its push connection (docs/quy-mo-quoc-gia.md), and of that the largest part are buffers kept for as long as the
 * screen is open:
 * <ul>
 * <li>Atmosphere's own byte and char buffer, which this version allocates per connection at the size Vaadin sets
 * (16,384: 16 KB and 32 KB) and never uses, only clears;
 * <li>Tomcat's buffers for an incoming text and binary message, 8,192 characters and bytes by default (16 KB and
 * 8 KB), which Tomcat makes anew at Vaadin's 16,384 for the first message that comes in.
 * </ul>
 * What comes in on the socket is small: the page sends its requests by XHR (Vaadin's default transport, WebSocket
 * out and XHR in), and even over the socket Vaadin's client never sends a frame longer than
 * {@link PushConstants#WEBSOCKET_FRAGMENT_SIZE} characters (it cuts a longer message into such fragments, which the
 * server joins again) and never anything binary. So the text buffer holds one fragment and the binary one is small.
 * What the server sends is bounded by none of these. Vaadin lets a parameter of its servlet take precedence over its
 * own settings; Tomcat reads its defaults from the servlet context's parameters when it starts.
 */
final class PushBuffers implements BeanPostProcessor {

    /** Characters: a whole fragment as the client cuts it, its header included. */
    static final int TEXT = PushConstants.WEBSOCKET_FRAGMENT_SIZE + 1;
    /** Bytes: pages send no binary message; one would be refused as too big, and the page would connect again. */
    static final int BINARY = 1024;
    /** Atmosphere's unused buffers: the smallest it accepts. */
    static final int UNUSED = 1;
    static final String TOMCAT_TEXT = "org.apache.tomcat.websocket.textBufferSize";
    static final String TOMCAT_BINARY = "org.apache.tomcat.websocket.binaryBufferSize";

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof ServletRegistrationBean<?> registration && registration.getServlet() instanceof SpringServlet) {
            registration.addInitParameter(ApplicationConfig.WEBSOCKET_MAXTEXTSIZE, Integer.toString(TEXT));
            registration.addInitParameter(ApplicationConfig.WEBSOCKET_MAXBINARYSIZE, Integer.toString(BINARY));
            registration.addInitParameter(ApplicationConfig.WEBSOCKET_BUFFER_SIZE, Integer.toString(UNUSED));
        }
        return bean;
    }

    /** Tomcat's defaults for every WebSocket session, read when its WebSocket container starts, after this. */
    static void ofTomcat(ServletContext context) {
        context.setInitParameter(TOMCAT_TEXT, Integer.toString(TEXT));
        context.setInitParameter(TOMCAT_BINARY, Integer.toString(BINARY));
    }
}
