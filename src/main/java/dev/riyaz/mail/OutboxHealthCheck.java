package dev.riyaz.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.smallrye.health.api.Wellness;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * How the outbox is doing, at {@code /q/health} and {@code /q/health/well}: mail waiting (and how long the oldest
 * has waited), mail given up, and mail kept because no mail server is configured. It reports and never fails: a
 * slow mail server is no reason to take a node out of service.
 */
@Wellness
@ApplicationScoped
public class OutboxHealthCheck implements HealthCheck {

    private final MailConfig config;
    private final Clock clock;

    OutboxHealthCheck(MailConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    @Override
    @Transactional
    public HealthCheckResponse call() {
        Instant oldest = OutboxMail.oldestCreatedAt(OutboxMail.Status.pending);
        long pendingAge = oldest == null
                ? 0
                : Math.max(0, Duration.between(oldest, clock.instant()).toSeconds());
        return HealthCheckResponse.named("outbox")
                .up()
                .withData("smtp", config.sends() ? "configured" : "not configured: mail is kept")
                .withData("pending", OutboxMail.countWith(OutboxMail.Status.pending))
                .withData("oldestPendingSeconds", pendingAge)
                .withData("failed", OutboxMail.countWith(OutboxMail.Status.failed))
                .withData("held", OutboxMail.countWith(OutboxMail.Status.held))
                .build();
    }
}
