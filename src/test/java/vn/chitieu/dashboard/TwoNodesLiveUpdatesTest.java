package vn.chitieu.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chitieu.TestAccounts.as;

import com.zaxxer.hikari.HikariDataSource;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import vn.chitieu.Application;
import vn.chitieu.IntegrationTest;
import vn.chitieu.datavalue.DataValue;
import vn.chitieu.datavalue.DataValueService;
import vn.chitieu.datavalue.FiguresChanged;
import vn.chitieu.datavalue.Period;

/**
 * Two app nodes on one database, as behind a proxy with sticky sessions: this test's application is node A, a second
 * Spring application started here on the same MariaDB is node B. A figure saved on A reaches a screen on B within a
 * second, through the database, and a screen on A hears it once.
 */
@IntegrationTest
class TwoNodesLiveUpdatesTest {

    @Autowired
    DataValueService values;
    @Autowired
    LiveUpdates liveOnA;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;

    @Test
    void a_figure_saved_on_node_a_reaches_a_screen_on_node_b_within_a_second() throws Exception {
        HikariDataSource database = dataSource.unwrap(HikariDataSource.class);
        SecurityContextHolderStrategy onA = SecurityContextHolder.getContextHolderStrategy();
        long unit = jdbc.sql("INSERT INTO org_unit (code, name, kind) VALUES ('thu-hai-nut', "
                + "'Phường thử hai nút', 'PHUONG') RETURNING id").query(Long.class).single();
        long term = jdbc.sql("SELECT id FROM term WHERE code = '2025-2030'").query(Long.class).single();
        long indicator = jdbc.sql("""
                        INSERT INTO indicator (term_id, sector, org_unit_id, name, unit, target_text)
                        VALUES (?, 'KINH_TE', ?, 'Tỷ lệ thử hai nút', '%', 'trên 90%') RETURNING id""")
                .params(term, unit).query(Long.class).single();
        try (ConfigurableApplicationContext nodeB = new SpringApplicationBuilder(Application.class)
                .profiles("test")
                .properties(Map.of("spring.datasource.url", database.getJdbcUrl(),
                        "spring.datasource.username", database.getUsername(),
                        "spring.datasource.password", database.getPassword() == null ? "" : database.getPassword(),
                        "server.port", "0", "spring.jmx.enabled", "false"))
                .run()) {
            // the security context holder is static: node B installed its own strategy, node A keeps using its own
            SecurityContextHolderStrategy onB = SecurityContextHolder.getContextHolderStrategy();
            SecurityContextHolder.setContextHolderStrategy(onA);
            CompletableFuture<Long> heardOnB = new CompletableFuture<>();
            List<FiguresChanged> heardOnA = new CopyOnWriteArrayList<>();
            var viewer = onB.createEmptyContext();
            viewer.setAuthentication(new TestingAuthenticationToken("lanhdao", null, "ROLE_LANH_DAO"));
            onB.setContext(viewer);
            Runnable offB;
            try {
                offB = nodeB.getBean(LiveUpdates.class).register(change -> {
                    if (change.orgUnitId() == unit) {
                        heardOnB.complete(System.nanoTime());
                    }
                });
            } finally {
                onB.clearContext();
            }
            Runnable offA = as("lanhdao", "LANH_DAO", () -> liveOnA.register(change -> {
                if (change.orgUnitId() == unit) {
                    heardOnA.add(change);
                }
            }));
            try {
                as("quantri", "QUAN_TRI", () -> values.save(DataValue.draft(indicator, unit, Period.year(2026), false,
                        "91%", null, null, null)));
                long committed = System.nanoTime();

                long reached = heardOnB.get(5, TimeUnit.SECONDS);
                assertThat(TimeUnit.NANOSECONDS.toMillis(reached - committed)).isLessThan(1000);
                Thread.sleep(1000);
                assertThat(heardOnA).containsExactly(new FiguresChanged(unit, indicator));
            } finally {
                offA.run();
                offB.run();
            }
        } finally {
            SecurityContextHolder.setContextHolderStrategy(onA);
            jdbc.sql("DELETE FROM figure_change WHERE org_unit_id = ?").param(unit).update();
            jdbc.sql("DELETE FROM data_value_version WHERE data_value_id IN "
                    + "(SELECT id FROM data_value WHERE org_unit_id = ?)").param(unit).update();
            jdbc.sql("DELETE FROM data_value WHERE org_unit_id = ?").param(unit).update();
            jdbc.sql("DELETE FROM indicator WHERE id = ?").param(indicator).update();
            jdbc.sql("DELETE FROM org_unit WHERE id = ?").param(unit).update();
        }
    }
}
