package vn.chitieu.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.chitieu.IntegrationTest;

/**
 * Someone not signed in gets nothing: every screen (found by scanning for {@code @Route}) sends them to the login
 * view, every API address (found in Spring's mappings) answers 401. A screen added later is covered without editing
 * this test.
 */
@IntegrationTest
class AnonymousAccessTest {

    @Value("${local.server.port}")
    int port;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    static List<String> screens() throws ClassNotFoundException {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        List<String> paths = new ArrayList<>();
        for (var candidate : scanner.findCandidateComponents("vn.chitieu")) {
            Class<?> view = Class.forName(candidate.getBeanClassName());
            if (view.isAnnotationPresent(AnonymousAllowed.class)) {
                continue;
            }
            paths.add(view.getAnnotation(Route.class).value());
            for (RouteAlias alias : view.getAnnotationsByType(RouteAlias.class)) {
                paths.add(alias.value());
            }
        }
        // route parameters such as ":id([0-9]+)" get a value
        return paths.stream().map(path -> "/" + path.replaceAll(":[^/]+", "1")).sorted().toList();
    }

    @Test
    void every_screen_sends_an_anonymous_visitor_to_the_login_view() throws Exception {
        List<String> paths = screens();
        assertThat(paths).contains("/", "/nhap-ky", "/tai-khoan", "/doi-mat-khau", "/trinh-chieu", "/chi-tieu/1");

        for (String path : paths) {
            HttpResponse<String> response = new WebSession(port).get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(302);
            assertThat(response.headers().firstValue("Location")).as(path)
                    .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
        }
    }

    @Test
    void every_api_address_answers_an_anonymous_caller_401() throws Exception {
        Set<String> calls = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (pattern.startsWith("/api/")) {
                    for (RequestMethod verb : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                        calls.add(verb + " " + pattern.replaceAll("\\{[^}]+}", "1"));
                    }
                }
            }
        });
        calls.add("GET /api/v1/khong-co");
        assertThat(calls).contains("GET /api/v1/indicators", "POST /api/v1/import", "POST /api/v1/import/preview");

        for (String call : calls) {
            String[] parts = call.split(" ", 2);
            var web = new WebSession(port);
            HttpResponse<String> response = web.send(web.request(parts[1])
                    .header("Content-Type", "text/csv")
                    .method(parts[0], parts[0].equals("GET") ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString("don_vi\n")));
            assertThat(response.statusCode()).as(call).isEqualTo(401);
            assertThat(response.body()).as(call).startsWith("{\"error\":\"Cần đăng nhập");
        }
    }
}
