package vn.chitieu.base.db;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLNonTransientConnectionException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import vn.chitieu.IntegrationTest;

/** After an outage is noticed the pool lets go of the connections it holds; any other failure leaves them be. */
@IntegrationTest
class ConnectionPoolsTest {

    @Autowired
    ConnectionPools pools;
    @Autowired
    DataSource dataSource;

    @Test
    void an_outage_makes_the_pool_drop_its_connections_and_another_failure_does_not() throws Exception {
        HikariDataSource pool = (HikariDataSource) dataSource;
        Set<Long> before = sessions(pool);

        assertThat(pools.outage(new IllegalStateException("not the database"))).isFalse();
        Set<Long> still = sessions(pool);
        assertThat(still).as("the same connections (and any the pool added since)").containsAll(before);

        assertThat(pools.outage(new CannotGetJdbcConnectionException("away",
                new SQLNonTransientConnectionException("Socket error")))).isTrue();
        assertThat(sessions(pool)).as("only fresh connections").doesNotContainAnyElementsOf(still);
    }

    /** The server's session ids of as many connections as the pool holds, all borrowed at once. */
    private static Set<Long> sessions(HikariDataSource pool) throws Exception {
        int held = Math.max(2, pool.getHikariPoolMXBean().getTotalConnections());
        List<Connection> borrowed = new ArrayList<>();
        Set<Long> ids = new HashSet<>();
        try {
            for (int i = 0; i < held; i++) {
                Connection connection = pool.getConnection();
                borrowed.add(connection);
                try (var statement = connection.createStatement();
                     var result = statement.executeQuery("SELECT CONNECTION_ID()")) {
                    result.next();
                    ids.add(result.getLong(1));
                }
            }
        } finally {
            for (Connection connection : borrowed) {
                connection.close();
            }
        }
        return ids;
    }
}
