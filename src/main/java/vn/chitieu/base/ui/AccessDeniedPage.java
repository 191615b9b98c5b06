package vn.chitieu.base.ui;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * 403: a signed-in person opened a screen of another role, e.g. a leader following a link to the entry sheet
 * ({@code /nhap-ky}). Said plainly, inside the frame, with the way back; which roles would do is not spelled out.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
class AccessDeniedPage extends ErrorPage implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        String path = "/" + event.getLocation().getPath();
        show("Không có quyền truy cập", "Tài khoản của bạn không có quyền mở trang " + path + ". Nếu công việc cần "
                + "đến trang này, hãy nhờ quản trị viên cấp quyền.", vn.chitieu.base.Incident.note("không có quyền",
                path));
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
