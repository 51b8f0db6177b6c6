package dev.riyaz.reminder;

import java.time.Instant;
import java.util.Map;

import io.quarkus.arc.Arc;

import dev.riyaz.testing.Goals;
import dev.riyaz.testing.MutableClock;
import dev.riyaz.testing.People.Person;

/** Goals the reminder tests remind about, and the dispatcher run at a time the test chooses. */
final class ReminderFixtures {

    /** Monday 4 January 2027, a minute before eight in the morning UTC. */
    static final Instant MONDAY_0759 = Instant.parse("2027-01-04T07:59:00Z");

    private ReminderFixtures() {}

    /** A daily check goal "Katas" that started on 1 January 2027. */
    static long katas(Person person) {
        return Goals.create(person, Map.of("title", "Katas", "startDate", "2027-01-01"));
    }

    /** A daily goal "Python" of 30 minutes. */
    static long pythonMinutes(Person person, String startDate) {
        return Goals.create(
                person,
                Map.of(
                        "title",
                        "Python",
                        "kind",
                        "measured",
                        "unit",
                        "minutes",
                        "dailyTarget",
                        30,
                        "startDate",
                        startDate));
    }

    /** Sets the clock and runs the reminder dispatcher once, as its job does; the mail it queues is in the outbox. */
    static ReminderDispatcher.Run dispatchAt(MutableClock clock, Instant at) {
        clock.set(at);
        return Arc.container().instance(ReminderDispatcher.class).get().dispatchDue();
    }
}
