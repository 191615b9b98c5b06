package vn.chitieu.base.db;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import vn.chitieu.IntegrationTest;

/**
 * After a broken connection the pool lets go of the connections it holds, at most once in a while; a busy pool and any
 * other failure leave them be.
 */
@IntegrationTest
class ConnectionPoolsTest {

    @Autowired
    DataSource dataSource;
    /** The pools' clock, moved by the test. */
    private final AtomicLong now = new AtomicLong(1_000_000);

    @Test
    void an_outage_makes_the_pool_drop_its_connections_and_another_failure_does_not() throws Exception {
        HikariDataSource pool = (HikariDataSource) dataSource;
        var pools = new ConnectionPools(List.of(dataSource), clock());
        Set<Long> before = sessions(pool);

        assertThat(pools.outage(new IllegalStateException("not the database"))).isFalse();
        Set<Long> still = sessions(pool);
        assertThat(still).as("the same connections (and any the pool added since)").containsAll(before);

        // a request that waited too long for a free connection: the database is there, the pool only busy
        assertThat(pools.outage(new CannotGetJdbcConnectionException("busy",
                new SQLTransientConnectionException("Connection is not available, request timed out")))).isTrue();
        Set<Long> busy = sessions(pool);
        assertThat(busy).as("a busy pool keeps its connections").containsAll(still);

        assertThat(pools.outage(new CannotGetJdbcConnectionException("away",
                new SQLNonTransientConnectionException("Socket error")))).isTrue();
        Set<Long> fresh = sessions(pool);
        assertThat(fresh).as("only fresh connections").doesNotContainAnyElementsOf(busy);

        // a burst of failures right after: the pool is not emptied again; a while later it is
        now.addAndGet(ConnectionPools.QUIET_MILLIS - 1);
        assertThat(pools.outage(new CannotGetJdbcConnectionException("away",
                new SQLNonTransientConnectionException("Socket error")))).isTrue();
        Set<Long> kept = sessions(pool);
        assertThat(kept).containsAll(fresh);
        now.addAndGet(1);
        assertThat(pools.outage(new CannotGetJdbcConnectionException("away",
                new SQLNonTransientConnectionException("Socket error")))).isTrue();
        assertThat(sessions(pool)).doesNotContainAnyElementsOf(kept);
    }

    private Clock clock() {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return Instant.ofEpochMilli(now.get());
            }
        };
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
