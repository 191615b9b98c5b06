package vn.chitieu.base.web;

import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;

/**
 * Bounds what Tomcat keeps per connection beyond what the connection uses (docs/quy-mo-quoc-gia.md, heap per open
 * dashboard).
 * <ul>
 * <li>Closed connections: Tomcat keeps each one's 16 KB of socket buffers for the next connection, up to 1/32 of the
 * heap when the heap is over 2 GB (about 190 MB on a 6 GB heap). Every page opened leaves a few such connections
 * behind, so what the server held grew with the number of dashboards opened. None is kept, as Tomcat itself does on
 * heaps up to 2 GB: a new connection's buffers cost less to allocate than its handshake.
 * <li>Each push WebSocket: Tomcat reads and writes frames through buffers of 8 KB each (one to read, two to write),
 * kept as long as the screen is open. A dashboard's live update is a few KB; a longer message goes out as more frames,
 * which the browser joins. Tomcat reads the size once, from a system property, when its WebSocket classes load: set
 * here, before the server starts, unless the operator set it.
 * </ul>
 */
final class ConnectionMemory implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> {

    static final String WEBSOCKET_BUFFER = "org.apache.tomcat.websocket.DEFAULT_BUFFER_SIZE";
    static final int WEBSOCKET_BUFFER_BYTES = 4096;
    static final int CACHED_CHANNELS = 0;

    @Override
    public void customize(ConfigurableTomcatWebServerFactory factory) {
        if (System.getProperty(WEBSOCKET_BUFFER) == null) {
            System.setProperty(WEBSOCKET_BUFFER, Integer.toString(WEBSOCKET_BUFFER_BYTES));
        }
        factory.addConnectorCustomizers(
                connector -> connector.setProperty("socket.bufferPool", Integer.toString(CACHED_CHANNELS)));
    }
}
