package vn.chitieu.base.db;

import com.zaxxer.hikari.HikariDataSource;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/**
 * Lets the application's connection pools drop what they hold once a database outage is noticed. A pool only finds
 * out that a connection died when it is used, and it does not test a connection used in the last half second, so
 * after the database came back the next requests could still be handed connections that broke during the outage and
 * fail one by one (a person pressing "Lưu" several times). Dropped, the pool opens fresh connections as they are asked
 * for.
 */
@Component
public class ConnectionPools {

    private final List<DataSource> dataSources;

    public ConnectionPools(List<DataSource> dataSources) {
        this.dataSources = List.copyOf(dataSources);
    }

    /**
     * Whether this failure is the database being away ({@link DatabaseOutage#isOutage}); if it is, every pool lets go
     * of its connections: idle ones now, those in use when they are given back.
     */
    public boolean outage(Throwable failure) {
        if (!DatabaseOutage.isOutage(failure)) {
            return false;
        }
        for (DataSource dataSource : dataSources) {
            if (dataSource instanceof HikariDataSource pool && !pool.isClosed() && pool.getHikariPoolMXBean() != null) {
                pool.getHikariPoolMXBean().softEvictConnections();
            }
        }
        return true;
    }
}
