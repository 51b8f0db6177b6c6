package dev.riyaz.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

/**
 * A test on embedded PostgreSQL ({@link PostgresProfile}): runs in the slow lane ({@code ./mvnw verify}), not in
 * {@code ./mvnw test}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("postgres")
public @interface PostgresTest {}
