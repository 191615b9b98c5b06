package vn.chitieu.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import vn.chitieu.base.Incident;

/** 500: a screen failed to open. The exception goes to the log under the incident id; the person sees only the id. */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
class InternalErrorPage extends ErrorPage implements HasErrorParameter<Exception> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String path = "/" + event.getLocation().getPath();
        show("Đã xảy ra lỗi", "Trang " + path + " chưa mở được do một lỗi của hệ thống. Lỗi đã được ghi lại; hãy thử "
                + "lại sau ít phút.", Incident.record("mở trang " + path, parameter.getCaughtException()));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
