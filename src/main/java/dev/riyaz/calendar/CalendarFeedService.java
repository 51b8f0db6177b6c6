package dev.riyaz.calendar;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import dev.riyaz.account.Secrets;
import dev.riyaz.account.User;
import dev.riyaz.common.AppConfig;
import dev.riyaz.goal.Goal;
import dev.riyaz.reminder.Reminder;

/**
 * The private calendar link: anyone who has it reads the person's practice times, so its secret is random (256 bits),
 * shown once, and stored only as a SHA-256 hash; a new link or turning it off makes the old link stop working.
 */
@ApplicationScoped
public class CalendarFeedService {

    /** What {@link Secrets#random()} makes: 43 URL-safe Base64 characters. */
    private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{43}");

    /** Whether the link is on, and when a calendar app last read it. */
    public record FeedStatus(Instant createdAt, Instant lastUsedAt) {}

    private final AppConfig app;
    private final Clock clock;

    CalendarFeedService(AppConfig app, Clock clock) {
        this.app = app;
        this.clock = clock;
    }

    /** Turns the feed on with a new secret link (the old one, if any, stops working); answers the full link. */
    @Transactional
    public String newLink(long ownerId) {
        // One feed per person, even when the button is pressed twice at once.
        User.findById(ownerId, LockModeType.PESSIMISTIC_WRITE);
        CalendarFeed feed = CalendarFeed.findForOwner(ownerId).orElseGet(CalendarFeed::new);
        String secret = Secrets.random();
        feed.ownerId = ownerId;
        feed.tokenHash = Secrets.sha256(secret);
        feed.createdAt = clock.instant();
        feed.lastUsedAt = null;
        feed.persist();
        return link(secret);
    }

    @Transactional
    public void turnOff(long ownerId) {
        CalendarFeed.deleteForOwner(ownerId);
    }

    @Transactional
    public Optional<FeedStatus> status(long ownerId) {
        return CalendarFeed.findForOwner(ownerId).map(feed -> new FeedStatus(feed.createdAt, feed.lastUsedAt));
    }

    /** The feed behind a secret, as iCalendar text; empty for a secret that is unknown or no longer on. */
    @Transactional
    public Optional<String> calendar(String secret) {
        if (secret == null || !SECRET.matcher(secret).matches()) {
            return Optional.empty();
        }
        return CalendarFeed.findByHash(Secrets.sha256(secret)).map(feed -> {
            feed.lastUsedAt = clock.instant();
            return document(feed.ownerId);
        });
    }

    private String document(long ownerId) {
        User owner = User.findById(ownerId);
        ZoneId zone = ZoneId.of(owner.timeZone);
        Map<Long, Goal> goals = Goal.listForOwner(ownerId, false).stream()
                .collect(Collectors.toMap(goal -> goal.id, Function.identity()));
        List<CalendarEvent> events = Reminder.listEnabledForOwner(ownerId).stream()
                .filter(reminder -> goals.containsKey(reminder.goalId))
                .map(reminder -> event(reminder, goals.get(reminder.goalId), zone))
                .toList();
        return CalendarDocument.write(zone, events, app.baseUrl(), clock.instant());
    }

    private static CalendarEvent event(Reminder reminder, Goal goal, ZoneId zone) {
        return new CalendarEvent(
                reminder.id,
                goal.id,
                goal.title,
                goal.description,
                reminder.time,
                reminder.dayset(),
                reminder.createdAt.atZone(zone).toLocalDate(),
                CalendarEvent.lengthFor(goal));
    }

    private String link(String secret) {
        return app.baseUrl().replaceAll("/+$", "") + CalendarRoutes.feed(secret);
    }
}
