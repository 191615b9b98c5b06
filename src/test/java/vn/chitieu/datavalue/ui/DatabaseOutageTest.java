package vn.chitieu.datavalue.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.notification.Notification;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.test.context.support.WithMockUser;
import vn.chitieu.IntegrationTest;
import vn.chitieu.base.db.DatabaseOutage;
import vn.chitieu.base.db.TcpProxy;

/**
 * MariaDB goes away while a member of staff saves: they are told at once, nothing is half-written, the rows stay
 * marked unsaved, and once the database is back the same save goes through without restarting anything. The
 * application's pool reaches the shared test server through a {@link TcpProxy} that this test cuts and restores; its
 * own checks go around the proxy, straight to the server. Uses Quý III/2029, which no other test touches, and removes
 * what it saved.
 */
@IntegrationTest
@Import(DatabaseOutageTest.BehindProxy.class)
@WithMockUser(username = "canbo", roles = "CAN_BO")
class DatabaseOutageTest extends SpringBrowserlessTest {

    /**
     * Vaadin makes each application context's security context holder the global one when the context starts. This
     * test's context is a second one in the JVM the other tests share: theirs is put back afterwards, or their
     * signed-in users would be looked for in this context's holder.
     */
    static final SecurityContextHolderStrategy SHARED = SecurityContextHolder.getContextHolderStrategy();
    static TcpProxy proxy;
    static JdbcClient direct;

    @Value("${local.server.port}")
    int port;

    /** Puts the proxy between the application's pool and the database, whichever database the tests use. */
    @TestConfiguration
    static class BehindProxy {

        @Bean
        static BeanPostProcessor throughProxy() {
            // post-processors come before every other bean: the holder is still the shared one here
            java.util.Objects.requireNonNull(SHARED);
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    if (bean instanceof HikariDataSource pool && proxy == null) {
                        Matcher url = Pattern.compile("(jdbc:mariadb://)([^:/]+)(?::(\\d+))?(/.*)")
                                .matcher(pool.getJdbcUrl());
                        if (!url.matches()) {
                            throw new IllegalStateException("JDBC URL không như mong đợi: " + pool.getJdbcUrl());
                        }
                        try {
                            proxy = new TcpProxy(url.group(2), url.group(3) == null ? 3306 : Integer.parseInt(url.group(3)));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                        direct = JdbcClient.create(new DriverManagerDataSource(pool.getJdbcUrl(), pool.getUsername(),
                                pool.getPassword()));
                        pool.setJdbcUrl(url.group(1) + "127.0.0.1:" + proxy.port() + url.group(4));
                    }
                    return bean;
                }
            };
        }
    }

    @AfterEach
    void databaseBackAndNothingLeft() {
        proxy.restore();
        direct.sql("""
                DELETE v FROM data_value_version v JOIN data_value d ON d.id = v.data_value_id
                WHERE d.period_kind = 'QUARTER' AND d.period_year_from = 2029 AND d.period_part = 3""").update();
        direct.sql("DELETE FROM data_value WHERE period_kind = 'QUARTER' AND period_year_from = 2029 "
                + "AND period_part = 3").update();
    }

    @AfterAll
    static void closeProxyAndGiveTheHolderBack() throws IOException {
        proxy.close();
        SecurityContextHolder.setContextHolderStrategy(SHARED);
    }

    private static long storedInQ3Of2029() {
        return direct.sql("SELECT COUNT(*) FROM data_value WHERE period_kind = 'QUARTER' AND period_year_from = 2029 "
                + "AND period_part = 3").query(Long.class).single();
    }

    private List<String> notifications() {
        return find(Notification.class).all().stream().map(n -> test(n).getText()).toList();
    }

    @Test
    void a_save_during_an_outage_says_so_at_once_keeps_the_rows_unsaved_and_goes_through_when_the_database_is_back() {
        EntryView view = navigate(EntryView.class);
        view.year.setValue(2029);
        view.part.setValue("Quý III");
        EntryView.RowEditor insurance = view.editors.stream()
                .filter(e -> "(11)".equals(e.source.indicator().numberLabel())).findFirst().orElseThrow();
        EntryView.RowEditor water = view.editors.stream()
                .filter(e -> "(12)".equals(e.source.indicator().numberLabel())).findFirst().orElseThrow();
        for (EntryView.RowEditor row : List.of(insurance, water)) {
            test(row.value).setValue(row == insurance ? "99,4%" : "99,8%");
            // whatever the projection to 2030 says of these figures, the save is not refused for want of them
            test(row.reason).setValue("Số liệu thử khi mất kết nối");
            test(row.remedy).setValue("Lưu lại khi có kết nối");
        }

        proxy.cut();
        long started = System.nanoTime();
        view.saveAll();
        long tookMillis = (System.nanoTime() - started) / 1_000_000;

        assertThat(notifications()).contains(DatabaseOutage.NOT_SAVED);
        assertThat(tookMillis).as("told within the pool's few seconds, not after 30").isLessThan(8_000);
        assertThat(insurance.dirty()).isTrue();
        assertThat(water.dirty()).isTrue();
        assertThat(insurance.row.getElement().hasAttribute("data-dirty")).as("marked unsaved").isTrue();
        assertThat(insurance.value.getValue()).isEqualTo("99,4%");
        assertThat(storedInQ3Of2029()).as("nothing half-written").isZero();

        proxy.restore();
        // a press right after the database is back may still meet a pooled connection that died with the outage
        // (the live-update poller keeps connections recently used, so the pool skips their check): the person is
        // told "thử lại", as during the outage, and a later press goes through. Each such press uses up one dead
        // connection, so at most as many presses as the pool holds (Hikari's default, 10); a loaded machine left
        // more than three of them in one CI run
        for (int press = 0; press < 10 && !notifications().contains("Đã lưu 2 giá trị"); press++) {
            view.saveAll();
        }

        assertThat(notifications()).contains("Đã lưu 2 giá trị");
        assertThat(storedInQ3Of2029()).isEqualTo(2);
        assertThat(view.editors).noneMatch(EntryView.RowEditor::dirty);
    }

    @Test
    void during_an_outage_the_api_answers_503_in_vietnamese_and_a_sign_in_is_never_called_a_wrong_password()
            throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/v1/indicators?nhiem_ky=2025-2030&don_vi=tam-ky"))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("lanhdao:chitieu-demo".getBytes(StandardCharsets.UTF_8))).build();
        long failuresBefore = direct.sql("SELECT COUNT(*) FROM sign_in_failure").query(Long.class).single();

        proxy.cut();
        HttpResponse<String> away = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        proxy.restore();
        HttpResponse<String> back = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

        assertThat(away.statusCode()).isEqualTo(503);
        assertThat(away.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("application/json"));
        assertThat(away.body()).contains("Hệ thống tạm thời không truy cập được cơ sở dữ liệu")
                .doesNotContain("Sai tên đăng nhập", "SQL", "Exception");
        assertThat(direct.sql("SELECT COUNT(*) FROM sign_in_failure").query(Long.class).single())
                .as("no failed sign-in counted against a right password").isEqualTo(failuresBefore);
        assertThat(back.statusCode()).as("recovered without a restart").isEqualTo(200);
    }
}
