package dev.riyaz.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

/**
 * A test that sweeps every route of the application with many requests each (CSRF in every content type, fuzzing):
 * runs in the slow lane ({@code ./mvnw verify}), not in {@code ./mvnw test}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("sweep")
public @interface SweepTest {}
