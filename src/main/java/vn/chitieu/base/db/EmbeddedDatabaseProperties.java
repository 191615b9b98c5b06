package vn.chitieu.base.db;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the embedded MariaDB that starts when no database server is configured.
 *
 * @param dataDir where the data files live; blank means a throw-away temporary folder (tests)
 * @param port    TCP port on 127.0.0.1; 0 picks a free one
 */
@ConfigurationProperties("chitieu.embedded-db")
public record EmbeddedDatabaseProperties(@Nullable String dataDir, int port) {
}
