package dev.riyaz.common;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code dsync:} prefix of the default database URL: through {@link DurableH2Driver}, H2 opens the database file
 * with O_DSYNC (read back from Linux's /proc), other files as usual, and it is the same file as without the prefix.
 */
class SyncedFilePathTest {

    /** O_DSYNC in the flags Linux shows in /proc/self/fdinfo (octal). */
    private static final int O_DSYNC = 010000;

    @Test
    void theDatabaseFileIsWrittenSynchronouslyAndIsTheSameFile() throws Exception {
        Path folder = Files.createDirectories(Path.of("target", "synced-file-path", "db-" + System.nanoTime()));
        String name = folder.toAbsolutePath() + "/riyaz";
        try (Connection connection = connect("jdbc:h2:dsync:" + name + ";WRITE_DELAY=0");
                Statement statement = connection.createStatement()) {
            statement.execute("create table practice (minutes int)");
            statement.execute("insert into practice values (25)");
            Path file = Path.of(name + ".mv.db");
            assertThat(openFlags(file)).as("flags of %s", file).hasValueSatisfying(flags -> assertThat(flags & O_DSYNC)
                    .isEqualTo(O_DSYNC));
        }
        try (Connection connection = connect("jdbc:h2:file:" + name);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select minutes from practice")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getInt(1)).isEqualTo(25);
            assertThat(openFlags(Path.of(name + ".mv.db")))
                    .hasValueSatisfying(flags -> assertThat(flags & O_DSYNC).isZero());
        }
    }

    private static Connection connect(String url) throws SQLException {
        Properties login = new Properties();
        login.setProperty("user", "sa");
        login.setProperty("password", "");
        return new DurableH2Driver().connect(url, login);
    }

    /** The open flags of this process's descriptor of the file, if it has one open. */
    private static Optional<Integer> openFlags(Path file) throws IOException {
        Path real = file.toRealPath();
        try (Stream<Path> descriptors = Files.list(Path.of("/proc/self/fd"))) {
            for (Path descriptor : descriptors.toList()) {
                Path target;
                try {
                    target = Files.readSymbolicLink(descriptor);
                } catch (IOException e) {
                    continue; // closed in the meantime
                }
                if (target.equals(real)) {
                    String info = Files.readString(Path.of(
                            "/proc/self/fdinfo", descriptor.getFileName().toString()));
                    String flags = info.lines()
                            .filter(line -> line.startsWith("flags:"))
                            .findFirst()
                            .orElseThrow()
                            .substring("flags:".length())
                            .trim();
                    return Optional.of(Integer.parseInt(flags, 8));
                }
            }
        }
        return Optional.empty();
    }
}
