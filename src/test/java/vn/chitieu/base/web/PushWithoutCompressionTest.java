package vn.chitieu.base.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class PushWithoutCompressionTest {

    private final PushWithoutCompression filter = new PushWithoutCompression();

    @Test
    void the_browsers_offer_of_compression_does_not_reach_the_websocket_handshake() throws Exception {
        var request = new MockHttpServletRequest("GET", "/VAADIN/push");
        request.addHeader("Upgrade", "websocket");
        request.addHeader("Sec-WebSocket-Extensions", "permessage-deflate; client_max_window_bits");
        var chain = new MockFilterChain();

        filter.doFilter(request, new MockHttpServletResponse(), chain);

        HttpServletRequest passed = (HttpServletRequest) chain.getRequest();
        assertThat(passed.getHeader("sec-websocket-extensions")).isNull();
        assertThat(Collections.list(passed.getHeaders("Sec-WebSocket-Extensions"))).isEmpty();
        assertThat(Collections.list(passed.getHeaderNames())).contains("Upgrade")
                .noneMatch(name -> name.equalsIgnoreCase("Sec-WebSocket-Extensions"));
        assertThat(passed.getHeader("Upgrade")).isEqualTo("websocket");
    }

    @Test
    void a_request_without_an_offer_passes_as_it_is() throws Exception {
        var request = new MockHttpServletRequest("GET", "/VAADIN/push");
        var chain = new MockFilterChain();

        filter.doFilter(request, new MockHttpServletResponse(), chain);

        assertThat(chain.getRequest()).isSameAs(request);
    }
}
