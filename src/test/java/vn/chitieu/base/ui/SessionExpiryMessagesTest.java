package vn.chitieu.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.server.SystemMessagesInfo;
import com.vaadin.flow.server.VaadinServletRequest;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class SessionExpiryMessagesTest {

    private static SystemMessagesInfo requestOf(String role) {
        var http = new MockHttpServletRequest();
        http.addUserRole(role);
        return new SystemMessagesInfo(VietnamesePage.VIETNAMESE, new VaadinServletRequest(http, null), null);
    }

    @Test
    void a_wall_screen_reloads_by_itself_when_its_session_ends_so_its_token_signs_it_in_again() {
        var messages = VietnamesePage.systemMessages(requestOf("TRINH_CHIEU"));

        assertThat(messages.isSessionExpiredNotificationEnabled()).isFalse();
    }

    @Test
    void a_person_is_told_in_vietnamese_that_the_session_ended_before_the_page_reloads() {
        var messages = VietnamesePage.systemMessages(requestOf("CAN_BO"));

        assertThat(messages.isSessionExpiredNotificationEnabled()).isTrue();
        assertThat(messages.getSessionExpiredCaption()).isEqualTo("Phiên làm việc đã hết hạn");
    }
}
