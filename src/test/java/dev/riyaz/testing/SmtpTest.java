package dev.riyaz.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

/**
 * A test that delivers mail through a real SMTP server ({@link SmtpServer}): runs in the slow lane ({@code ./mvnw
 * verify}), in a JVM of its own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("smtp")
public @interface SmtpTest {}
