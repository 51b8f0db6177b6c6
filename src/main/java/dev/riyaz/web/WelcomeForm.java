package dev.riyaz.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jboss.resteasy.reactive.RestForm;

import dev.riyaz.common.ApiException;
import dev.riyaz.common.FormState;
import dev.riyaz.common.FormValues;
import dev.riyaz.common.Messages;
import dev.riyaz.common.Problem.FieldError;
import dev.riyaz.common.Validation;
import dev.riyaz.reminder.Times;

/** The welcome form's fields as the browser posts them. */
public class WelcomeForm {

    private static final int TITLE_MAX = 100;

    /** Keys of the picked starter goals, and {@code own} for a goal of one's own. */
    @RestForm
    public List<String> goals;

    @RestForm
    public String ownTitle;

    @RestForm
    public String reminderTime;

    /** Present when "Email me at this time" is ticked. */
    @RestForm
    public String remind;

    /** Keys of the ticked free places to learn. */
    @RestForm
    public List<String> links;

    /**
     * What was picked, checked all at once: one to three goals, a name for one's own goal, a time for the reminder.
     * A typed name counts as picking one's own goal even if its box was left unticked.
     */
    WelcomeService.Choices choices() {
        List<FieldError> errors = new ArrayList<>();
        Set<String> picked = set(goals);
        List<StarterKit.Goal> starters =
                StarterKit.GOALS.stream().filter(g -> picked.contains(g.key())).toList();
        String own = FormValues.text(ownTitle) == null ? null : ownTitle.strip();
        if (picked.contains(StarterKit.OWN) && own == null) {
            errors.add(new FieldError("ownTitle", Messages.get("setup_error_own_empty")));
        } else if (own != null && own.length() > TITLE_MAX) {
            errors.add(new FieldError("ownTitle", Messages.get("setup_error_own_long", TITLE_MAX)));
        }
        int count = starters.size() + (own != null || picked.contains(StarterKit.OWN) ? 1 : 0);
        if (count == 0) {
            errors.add(new FieldError("goals", Messages.get("setup_error_none")));
        } else if (count > StarterKit.MAX_GOALS) {
            errors.add(new FieldError("goals", Messages.get("setup_error_too_many")));
        }
        String time = remind == null ? null : time(errors);
        if (!errors.isEmpty()) {
            throw Validation.invalid(errors);
        }
        Set<String> ticked = set(links);
        List<StarterKit.Link> chosen =
                StarterKit.LINKS.stream().filter(l -> ticked.contains(l.key())).toList();
        return new WelcomeService.Choices(starters, own, time, chosen);
    }

    /** The form as typed, to show again next to its errors. */
    FormState state() {
        FormState state = FormState.empty()
                .with("ownTitle", ownTitle)
                .with("reminderTime", reminderTime)
                .with("remind", remind == null ? "" : "on");
        set(goals).forEach(key -> state.with("goal-" + key, "on"));
        if (FormValues.text(ownTitle) != null) {
            state.with("goal-" + StarterKit.OWN, "on");
        }
        set(links).forEach(key -> state.with("link-" + key, "on"));
        return state;
    }

    /** The form as first shown: no goal picked yet, a reminder at 18:00, every free place to learn ticked. */
    static FormState fresh() {
        FormState state = FormState.empty().with("reminderTime", "18:00").with("remind", "on");
        StarterKit.LINKS.forEach(link -> state.with("link-" + link.key(), "on"));
        return state;
    }

    private String time(List<FieldError> errors) {
        try {
            return Times.format(Times.parse("reminderTime", reminderTime));
        } catch (ApiException e) {
            errors.add(new FieldError("reminderTime", Messages.get("setup_error_time")));
            return null;
        }
    }

    private static Set<String> set(List<String> values) {
        return values == null ? Set.of() : Set.copyOf(values);
    }
}
