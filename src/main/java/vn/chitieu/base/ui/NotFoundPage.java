package vn.chitieu.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** 404: an address that leads nowhere, e.g. a mistyped link or an indicator that was removed. */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
class NotFoundPage extends ErrorPage implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        String path = "/" + event.getLocation().getPathWithQueryParameters();
        show("Không tìm thấy trang", "Địa chỉ " + path + " không dẫn tới trang nào của Chỉ tiêu. Có thể đường dẫn bị "
                + "gõ sai hoặc nội dung đã được gỡ bỏ.", vn.chitieu.base.Incident.note("không tìm thấy trang", path));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
