package vn.chitieu.base.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class StartupGateTest {

    private final StartupGate gate = new StartupGate();

    @Test
    void a_page_asked_for_before_start_up_is_done_says_it_is_starting_and_to_retry() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();

        gate.doFilter(new MockHttpServletRequest("GET", "/"), response, chain);

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("2");
        assertThat(response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).contains("đang khởi tạo");
        assertThat(chain.getRequest()).as("the application was not reached").isNull();
    }

    @Test
    void the_api_gets_a_json_message_while_starting() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();

        gate.doFilter(new MockHttpServletRequest("GET", "/api/v1/indicators"), response, new MockFilterChain());

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getContentType()).startsWith("application/json");
        assertThat(response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).contains("\"error\"");
    }

    @Test
    void once_the_application_is_ready_requests_pass_through() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();

        gate.onApplicationEvent(null);
        gate.doFilter(new MockHttpServletRequest("GET", "/"), response, chain);

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(chain.getRequest()).isNotNull();
    }
}
