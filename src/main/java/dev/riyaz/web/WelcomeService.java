package dev.riyaz.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.riyaz.account.AccountService;
import dev.riyaz.account.AuthenticatedUser;
import dev.riyaz.goal.GoalRequest;
import dev.riyaz.goal.GoalService;
import dev.riyaz.reminder.ReminderRequest;
import dev.riyaz.reminder.ReminderService;
import dev.riyaz.resource.ResourceRequest;
import dev.riyaz.resource.ResourceService;

/** The welcome flow of a new account: what it picked is set up at once, or nothing is. */
@ApplicationScoped
class WelcomeService {

    /**
     * What someone picked: starter goals, maybe a goal of their own (null when none), a reminder time as HH:MM (null
     * for no reminder) and the free places to learn to add.
     */
    record Choices(List<StarterKit.Goal> goals, String ownTitle, String reminderTime, List<StarterKit.Link> links) {}

    private final AccountService accounts;
    private final GoalService goals;
    private final ReminderService reminders;
    private final ResourceService resources;

    WelcomeService(AccountService accounts, GoalService goals, ReminderService reminders, ResourceService resources) {
        this.accounts = accounts;
        this.goals = goals;
        this.reminders = reminders;
        this.resources = resources;
    }

    boolean welcomed(AuthenticatedUser user) {
        return accounts.welcomed(user.id());
    }

    /**
     * Creates the picked goals, a daily reminder for each and the picked links attached to the goals they fit, and
     * marks the welcome done. One transaction: a problem anywhere leaves nothing behind. False, with nothing created,
     * when the welcome was already done (a second click, another tab).
     */
    @Transactional
    boolean finish(AuthenticatedUser user, Choices choices) {
        if (!accounts.markWelcomed(user.id())) {
            return false;
        }
        Map<String, Long> created = new HashMap<>();
        for (StarterKit.Goal goal : choices.goals()) {
            created.put(goal.key(), create(user, goal.request(), choices.reminderTime()));
        }
        if (choices.ownTitle() != null) {
            create(user, StarterKit.own(choices.ownTitle()), choices.reminderTime());
        }
        for (StarterKit.Link link : choices.links()) {
            List<Long> fits = link.fits().stream()
                    .filter(created::containsKey)
                    .map(created::get)
                    .sorted()
                    .toList();
            resources.create(
                    user,
                    new ResourceRequest(
                            link.url(), link.title(), link.kind(), link.description(), null, null, null, null, fits));
        }
        return true;
    }

    /** Marks the welcome done without creating anything; false when it already was. */
    @Transactional
    boolean skip(AuthenticatedUser user) {
        return accounts.markWelcomed(user.id());
    }

    /** A goal and, when a time was picked, its reminder every day unless practice is done; answers its id. */
    private long create(AuthenticatedUser user, GoalRequest request, String reminderTime) {
        long id = goals.create(user, request).id();
        if (reminderTime != null) {
            reminders.create(user, id, new ReminderRequest(reminderTime, null, true, true));
        }
        return id;
    }
}
