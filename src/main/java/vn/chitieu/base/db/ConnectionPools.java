package vn.chitieu.base.db;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/**
 * Lets the application's connection pools drop what they hold once a connection is found broken. A pool only finds
 * out that a connection died when it is used, and it does not test a connection used in the last half second, so
 * after the database came back the next requests could still be handed connections that broke during the outage and
 * fail one by one (a person pressing "Lưu" several times). Dropped, the pool opens fresh connections as they are asked
 * for. A pool that is only busy (a request waited too long for a free connection, none of them broken) keeps its
 * connections: dropping healthy ones under load would make every waiting request slower still. At most once every
 * few seconds, so a burst of failing requests does not empty the pool again and again.
 */
@Component
public class ConnectionPools {

    static final long QUIET_MILLIS = 5_000;

    private final List<DataSource> dataSources;
    private final Clock clock;
    private final AtomicLong lastDropped = new AtomicLong(Long.MIN_VALUE / 2);

    public ConnectionPools(List<DataSource> dataSources, Clock clock) {
        this.dataSources = List.copyOf(dataSources);
        this.clock = clock;
    }

    /**
     * Whether this failure is the database being away ({@link DatabaseOutage#isOutage}). When a connection broke in it,
     * every pool lets go of its connections: idle ones now, those in use when they are given back.
     */
    public boolean outage(Throwable failure) {
        if (!DatabaseOutage.isOutage(failure)) {
            return false;
        }
        long now = clock.millis();
        long last = lastDropped.get();
        if (brokenConnection(failure) && now - last >= QUIET_MILLIS && lastDropped.compareAndSet(last, now)) {
            for (DataSource dataSource : dataSources) {
                drop(dataSource);
            }
        }
        return true;
    }

    /** A connection that failed or could not be made, as opposed to a pool with none free in time. */
    static boolean brokenConnection(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLNonTransientConnectionException || t instanceof SQLRecoverableException
                    || t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
        }
        return false;
    }

    private static void drop(DataSource dataSource) {
        try {
            if (dataSource.isWrapperFor(HikariDataSource.class)) {
                HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
                if (!pool.isClosed() && pool.getHikariPoolMXBean() != null) {
                    pool.getHikariPoolMXBean().softEvictConnections();
                }
            }
        } catch (SQLException e) {
            // not a pool this can reach: it finds its broken connections as it uses them
        }
    }
}
