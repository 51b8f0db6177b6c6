package dev.riyaz.testing;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * Runs Riyaz on PostgreSQL instead of in-memory H2. Changing {@code db-kind} re-augments the app, so every PostgreSQL
 * test uses this one profile and Quarkus boots only once more. Hibernate validates its mapping against the schema
 * Flyway built, so drift fails the boot. Its tests are marked {@link PostgresTest}: {@code ./mvnw test -Dgroups=postgres}
 * runs only them.
 */
public class PostgresProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.datasource.db-kind", "postgresql",
                "quarkus.hibernate-orm.schema-management.strategy", "validate");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(EmbeddedPostgresResource.class));
    }

    @Override
    public Set<String> tags() {
        return Set.of("postgres");
    }
}
