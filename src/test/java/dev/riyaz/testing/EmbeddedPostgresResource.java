package dev.riyaz.testing;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server for tests, no Docker needed: zonky's embedded binaries on a free port. Riyaz gets its own
 * database and a login role that owns it but is no superuser, as in production.
 */
public class EmbeddedPostgresResource implements QuarkusTestResourceLifecycleManager {

    private static final String DATABASE = "riyaz";
    private static final String ROLE = "riyaz";

    private EmbeddedPostgres postgres;

    @Override
    public Map<String, String> start() {
        String password = UUID.randomUUID().toString();
        try {
            postgres = EmbeddedPostgres.builder().start();
            createDatabase(password);
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("Embedded PostgreSQL did not start", e);
        }
        return Map.of(
                "quarkus.datasource.jdbc.url",
                "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE,
                "quarkus.datasource.username",
                ROLE,
                "quarkus.datasource.password",
                password);
    }

    private void createDatabase(String password) throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("create role " + ROLE + " login password '" + password + "'");
            statement.execute("create database " + DATABASE + " owner " + ROLE);
        }
    }

    @Override
    public void stop() {
        if (postgres == null) {
            return;
        }
        try {
            postgres.close();
        } catch (IOException e) {
            throw new IllegalStateException("Embedded PostgreSQL did not stop", e);
        }
    }
}
