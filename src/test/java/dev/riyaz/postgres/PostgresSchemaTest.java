package dev.riyaz.postgres;

import java.util.Map;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.Test;

import dev.riyaz.testing.PostgresProfile;
import dev.riyaz.testing.PostgresTest;
import dev.riyaz.testing.Rows;

import static org.assertj.core.api.Assertions.assertThat;

/** The Flyway migrations build the whole schema on PostgreSQL, and the Hibernate mapping fits it. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
@PostgresTest
class PostgresSchemaTest {

    /** The tables with user data, each with its id sequence. */
    private static final java.util.List<String> TABLES = dev.riyaz.testing.Tables.TABLES;

    @Inject
    Rows rows;

    @Inject
    Flyway flyway;

    @ConfigProperty(name = "quarkus.hibernate-orm.schema-management.strategy")
    String schemaManagement;

    @Test
    void runsOnARealPostgresServer() {
        assertThat(rows.databaseProduct()).isEqualTo("PostgreSQL");
        assertThat(rows.one("select current_setting('server_version_num')::int as v")
                        .get("v"))
                .isInstanceOfSatisfying(Integer.class, v -> assertThat(v).isGreaterThanOrEqualTo(140000));
    }

    @Test
    void everyMigrationIsAppliedAndRecordedAsSuccessful() {
        assertThat(flyway.info().pending()).isEmpty();
        MigrationInfo[] applied = flyway.info().applied();
        assertThat(applied).extracting(MigrationInfo::getState).containsOnly(MigrationState.SUCCESS);
        assertThat(applied).extracting(m -> m.getVersion().getVersion()).startsWith("1", "2");

        var history =
                rows.list("select version, description, success from flyway_schema_history order by installed_rank");
        assertThat(history).hasSize(applied.length);
        assertThat(history.subList(0, 2))
                .containsExactly(
                        Map.of("version", "1", "description", "accounts", "success", true),
                        Map.of("version", "2", "description", "goals and practice", "success", true));
        assertThat(history).extracting(row -> row.get("success")).containsOnly(true);
    }

    @Test
    void everyTableAndItsIdSequenceExist() {
        var tables = rows.list("select table_name from information_schema.tables where table_schema = 'public'");
        var sequences =
                rows.list("select sequence_name from information_schema.sequences where sequence_schema = 'public'");
        for (String table : TABLES) {
            assertThat(tables).contains(Map.of("table_name", table));
            assertThat(sequences).contains(Map.of("sequence_name", table + "_seq"));
        }
    }

    @Test
    void amountsAreExactDecimalsAndInstantsKeepTheirZone() {
        var columns = rows.list("select table_name, column_name, data_type, numeric_precision, numeric_scale"
                + " from information_schema.columns where table_schema = 'public'"
                + " and column_name in ('daily_target', 'amount', 'created_at')");
        assertThat(columns)
                .filteredOn(c -> !c.get("column_name").equals("created_at"))
                .hasSize(2)
                .allSatisfy(c -> assertThat(c)
                        .containsEntry("data_type", "numeric")
                        .containsEntry("numeric_precision", 12)
                        .containsEntry("numeric_scale", 2));
        assertThat(columns)
                .filteredOn(c -> c.get("column_name").equals("created_at"))
                .extracting(c -> c.get("data_type"))
                .hasSizeGreaterThanOrEqualTo(6)
                .containsOnly("timestamp with time zone");
    }

    @Test
    void hibernateValidatesItsMappingAgainstTheSchema() {
        // The app only booted because validation passed; this keeps the profile from losing the check.
        assertThat(schemaManagement).isEqualTo("validate");
    }
}
