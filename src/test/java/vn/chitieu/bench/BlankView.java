package vn.chitieu.bench;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** The baseline of the dashboard benchmark: a Vaadin page with nothing on it, no layout, no query. */
@Route(value = "bench-trang-trong", autoLayout = false)
@PermitAll
class BlankView extends Div {

    BlankView() {
        setId("blank-ready");
        setText("Trang trống");
    }
}
