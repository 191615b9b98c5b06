package vn.chitieu.bench;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** A second baseline: a page with nothing on it inside the application's layout (drawer, menu, account). */
@Route("bench-trang-trong-khung")
@PermitAll
class BlankInLayoutView extends Div {

    BlankInLayoutView() {
        setId("blank-ready");
        setText("Trang trống trong khung");
    }
}
