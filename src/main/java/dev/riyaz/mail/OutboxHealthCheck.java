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
 * has waited), mail given up, and mail kept because no mail server is configured; the same for push messages
 * ({@code push*}). It reports and never fails: a slow mail server or push service is no reason to take a node out of
 * service.
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
        String mail = OutboxMail.MAIL;
        String push = OutboxMail.PUSH;
        return HealthCheckResponse.named("outbox")
                .up()
                .withData("smtp", config.sends() ? "configured" : "not configured: mail is kept")
                .withData("pending", OutboxMail.countWith(mail, OutboxMail.Status.pending))
                .withData("oldestPendingSeconds", pendingAge(mail))
                .withData("failed", OutboxMail.countWith(mail, OutboxMail.Status.failed))
                .withData("held", OutboxMail.countWith(mail, OutboxMail.Status.held))
                .withData("pushPending", OutboxMail.countWith(push, OutboxMail.Status.pending))
                .withData("pushOldestPendingSeconds", pendingAge(push))
                .withData("pushFailed", OutboxMail.countWith(push, OutboxMail.Status.failed))
                .build();
    }

    private long pendingAge(String channel) {
        Instant oldest = OutboxMail.oldestCreatedAt(channel, OutboxMail.Status.pending);
        return oldest == null
                ? 0
                : Math.max(0, Duration.between(oldest, clock.instant()).toSeconds());
    }
}
