package vn.chitieu.demo;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.chitieu.security.SystemAuthentication;

/** Loads the demo data at start-up, before the first-administrator check (which it makes unnecessary). */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
@ConditionalOnBooleanProperty("chitieu.demo-data")
class DemoDataRunner implements ApplicationRunner {

    private final DemoData demoData;

    DemoDataRunner(DemoData demoData) {
        this.demoData = demoData;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemAuthentication.runAsSystem(demoData::loadIfEmpty);
    }
}
