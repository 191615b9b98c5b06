package vn.chitieu.datavalue.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import org.springframework.stereotype.Component;
import vn.chitieu.security.CurrentUser;
import vn.chitieu.security.Roles;

/**
 * Staff start on "Việc của tôi": the first page a member of staff opens after signing in, when it is the start
 * address, becomes their list of owed periods. Later in the session "Tổng quan" opens the dashboard as for anyone.
 */
@Component
class StaffStart implements VaadinServiceInitListener {

    static final String STARTED = "chitieu.da-mo-trang-dau";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(StaffStart::beforeEnter));
    }

    private static void beforeEnter(BeforeEnterEvent event) {
        VaadinSession session = VaadinSession.getCurrent();
        if (session == null || session.getAttribute(STARTED) != null || !CurrentUser.hasRole(Roles.CAN_BO)
                || HasErrorParameter.class.isAssignableFrom(event.getNavigationTarget())) {
            return;
        }
        session.setAttribute(STARTED, Boolean.TRUE);
        if (event.getLocation().getPath().isEmpty()) {
            event.forwardTo(OwedView.class);
        }
    }
}
