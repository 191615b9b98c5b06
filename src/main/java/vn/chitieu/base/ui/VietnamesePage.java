package vn.chitieu.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.SystemMessagesInfo;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Locale;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import vn.chitieu.base.Incident;

/**
 * Marks every page as Vietnamese, so screen readers, hyphenation and number/date formats follow the language; gives
 * Vaadin's own messages (session expired, connection lost) in Vietnamese; and answers an error in a button or field
 * with a Vietnamese notice and an incident id instead of the exception's text.
 */
@Component
class VietnamesePage implements VaadinServiceInitListener {

    static final Locale VIETNAMESE = Locale.of("vi", "VN");
    /** Roles.TRINH_CHIEU; base knows no feature, so the role is named here as the servlet request sees it. */
    private static final String WALL_SCREEN_ROLE = "TRINH_CHIEU";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> response.getDocument().selectFirst("html").attr("lang", "vi"));
        event.getSource().addUIInitListener(ui -> ui.getUI().setLocale(VIETNAMESE));
        // A wall screen has nobody to click "tải lại": when its session ends (idle sessions are closed, see
        // application.properties) the page reloads by itself and the kiosk's remember-me token signs it in again.
        event.getSource().setSystemMessagesProvider(VietnamesePage::systemMessages);
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(VietnamesePage::error));
    }

    static void error(ErrorEvent event) {
        Throwable error = event.getThrowable();
        String message;
        if (causedBy(error, AccessDeniedException.class)) {
            message = "Tài khoản của bạn không có quyền thực hiện thao tác này. Mã sự cố: "
                    + Incident.note("thao tác không có quyền", String.valueOf(error.getMessage()));
        } else {
            message = "Đã xảy ra lỗi, thao tác chưa thực hiện được. Lỗi đã được ghi lại với mã sự cố "
                    + Incident.record("thao tác trên giao diện", error) + ".";
        }
        if (UI.getCurrent() != null) {
            Notification notice = Notification.show(message, 8000, Notification.Position.MIDDLE);
            notice.addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    static CustomizedSystemMessages systemMessages(SystemMessagesInfo info) {
        var messages = new CustomizedSystemMessages();
        boolean wallScreen = info.getRequest() != null && info.getRequest().isUserInRole(WALL_SCREEN_ROLE);
        messages.setSessionExpiredNotificationEnabled(!wallScreen);
        messages.setSessionExpiredCaption("Phiên làm việc đã hết hạn");
        messages.setSessionExpiredMessage("Bấm vào đây hoặc nhấn Esc để tải lại trang.");
        messages.setInternalErrorCaption("Lỗi hệ thống");
        messages.setInternalErrorMessage("Bấm vào đây hoặc nhấn Esc để tải lại trang. Nếu lỗi lặp lại, báo quản trị viên.");
        messages.setCookiesDisabledCaption("Trình duyệt đang tắt cookie");
        messages.setCookiesDisabledMessage("Chỉ tiêu cần cookie để giữ phiên đăng nhập. Bật cookie rồi thử lại.");
        return messages;
    }
}
