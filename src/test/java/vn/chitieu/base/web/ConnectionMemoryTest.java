package vn.chitieu.base.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import org.apache.coyote.AbstractProtocol;
import org.apache.tomcat.util.net.AbstractEndpoint;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import vn.chitieu.IntegrationTest;

/** The running server keeps no closed connection for reuse, and smaller WebSocket frame buffers. */
@IntegrationTest
class ConnectionMemoryTest {

    @Autowired
    WebServerApplicationContext context;

    @Test
    void tomcat_keeps_no_closed_connection_for_reuse_whatever_the_heap() throws Exception {
        var protocol = ((TomcatWebServer) context.getWebServer()).getTomcat().getConnector().getProtocolHandler();
        Method endpoint = AbstractProtocol.class.getDeclaredMethod("getEndpoint");
        endpoint.setAccessible(true);
        var socket = ((AbstractEndpoint<?, ?>) endpoint.invoke(protocol)).getSocketProperties();

        // what the endpoint sizes its cache of closed connections with, given their 16 KB of buffers
        assertThat(socket.getActualBufferPool(16 * 1024)).isZero();
    }

    @Test
    void tomcat_read_the_smaller_websocket_buffer_before_its_websocket_classes_loaded() throws Exception {
        // Tomcat's own constant, read once: it says whether the property was set in time
        Field size = Class.forName("org.apache.tomcat.websocket.Constants").getDeclaredField("DEFAULT_BUFFER_SIZE");
        size.setAccessible(true);

        assertThat(size.getInt(null)).isEqualTo(4096).isLessThan(8192);
    }
}
