package vn.chitieu;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test through a real browser against the real server. Such classes are named {@code *EndToEndTest} and run by
 * Failsafe in a JVM of their own during {@code ./mvnw verify}: browserless UI tests replace Vaadin's service with mocks
 * in the context they share, which a real browser session cannot work with.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@IntegrationTest
public @interface EndToEndTest {
}
