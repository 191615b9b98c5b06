package vn.chitieu.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Marks every page as Vietnamese, so screen readers, hyphenation and number/date formats follow the language. */
@Component
class VietnamesePage implements VaadinServiceInitListener {

    static final Locale VIETNAMESE = Locale.of("vi", "VN");

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> response.getDocument().selectFirst("html").attr("lang", "vi"));
        event.getSource().addUIInitListener(ui -> ui.getUI().setLocale(VIETNAMESE));
    }
}
