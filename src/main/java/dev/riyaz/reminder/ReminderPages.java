package dev.riyaz.reminder;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import dev.riyaz.account.AuthenticatedUser;
import dev.riyaz.account.CurrentUser;
import dev.riyaz.common.ApiException;
import dev.riyaz.common.Choice;
import dev.riyaz.common.FormState;
import dev.riyaz.common.Messages;
import dev.riyaz.common.Redirects;
import dev.riyaz.common.Weekdays;
import dev.riyaz.goal.GoalService;
import dev.riyaz.goal.GoalView;
import dev.riyaz.push.PushDevices;

/** A goal's reminders in the browser: when mail comes, add one, switch one off, remove one. */
@Path(ReminderRoutes.ROOT)
@Blocking
@Produces(MediaType.TEXT_HTML)
public class ReminderPages {

    /** How many coming mails the page lists for each reminder. */
    private static final int UPCOMING = 5;

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", Locale.ENGLISH);

    /**
     * One reminder as the page shows it.
     *
     * @param skipped why today's mail will not come (then {@code next} is the mail after it); null when it will
     */
    public record Row(
            ReminderView reminder, String days, String next, String skipped, List<String> upcoming, String where) {}

    /**
     * The page: the goal, its reminders, the add form and a notice after an action; {@code hasDevice} says whether
     * "On my phone" can reach a phone yet.
     */
    public record Page(
            GoalView goal,
            List<Row> reminders,
            FormState form,
            List<Choice> weekdays,
            String notice,
            boolean hasDevice) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance reminders(Page page);
    }

    private final ReminderService reminders;
    private final GoalService goals;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final PushDevices devices;

    ReminderPages(
            ReminderService reminders, GoalService goals, CurrentUser currentUser, Clock clock, PushDevices devices) {
        this.reminders = reminders;
        this.goals = goals;
        this.currentUser = currentUser;
        this.clock = clock;
        this.devices = devices;
    }

    @GET
    public TemplateInstance show(@RestPath long id, @RestQuery String notice) {
        FormState form = FormState.empty()
                .with("time", "08:00")
                .with("onlyIfNotDone", "on")
                .with("channel_mail", "on");
        for (DayOfWeek day : DayOfWeek.values()) {
            form = form.with("day_" + Weekdays.format(day), "on");
        }
        return page(id, form, Messages.notice(notice));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response add(
            @RestPath long id,
            @RestForm String time,
            @RestForm List<String> days,
            @RestForm String onlyIfNotDone,
            @RestForm List<String> channels,
            @RestForm String channelsShown) {
        FormState form = FormState.empty().with("time", time).with("onlyIfNotDone", onlyIfNotDone);
        for (String day : days) {
            form = form.with("day_" + day, "on");
        }
        for (String channel : channels) {
            form = form.with("channel_" + channel, "on");
        }
        try {
            reminders.create(
                    currentUser.get(),
                    id,
                    new ReminderRequest(
                            time, days, onlyIfNotDone != null, true, formChannels(channels, channelsShown)));
            return Redirects.to(ReminderRoutes.reminders(id) + "?notice=reminder_added");
        } catch (ApiException e) {
            return Response.status(e.status())
                    .entity(page(id, form.failed(e), null))
                    .build();
        }
    }

    @POST
    @Path(ReminderRoutes.SWITCH)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response turn(@RestPath long id, @RestPath long reminderId, @RestForm boolean enabled) {
        AuthenticatedUser user = currentUser.get();
        ReminderView current = own(user, id, reminderId);
        reminders.replace(
                user,
                reminderId,
                new ReminderRequest(
                        current.time(), current.days(), current.onlyIfNotDone(), enabled, current.channels()));
        return Redirects.to(ReminderRoutes.reminders(id) + "?notice=" + (enabled ? "reminder_on" : "reminder_off"));
    }

    @POST
    @Path(ReminderRoutes.DELETE)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response delete(@RestPath long id, @RestPath long reminderId) {
        AuthenticatedUser user = currentUser.get();
        own(user, id, reminderId);
        reminders.delete(user, reminderId);
        return Redirects.to(ReminderRoutes.reminders(id) + "?notice=reminder_removed");
    }

    /**
     * The channels a form ticked. A form that showed the boxes ({@code channelsShown}) and has none ticked asks for
     * nowhere, which is refused; a form without them (an older page) keeps the default, mail.
     */
    static List<String> formChannels(List<String> ticked, String shown) {
        return ticked.isEmpty() && shown == null ? null : ticked;
    }

    /** "By mail", "On your phone" or "By mail and on your phone". */
    static String where(List<String> channels) {
        boolean mail = channels.contains(Channels.MAIL);
        boolean push = channels.contains(Channels.PUSH);
        return Messages.get(mail && push ? "channels_both" : push ? "channels_push_only" : "channels_mail_only");
    }

    /** The reminder when it belongs to this goal of this person; 404 otherwise. */
    private ReminderView own(AuthenticatedUser user, long goalId, long reminderId) {
        ReminderView reminder = reminders.get(user, reminderId);
        if (reminder.goalId() != goalId) {
            throw ApiException.notFound("reminder");
        }
        return reminder;
    }

    private TemplateInstance page(long goalId, FormState form, String notice) {
        AuthenticatedUser user = currentUser.get();
        GoalView goal = goals.get(user.id(), goalId);
        List<Row> rows = new ArrayList<>();
        Map<Long, ReminderService.SkippedToday> skips = reminders.skippedToday(user, goalId);
        for (ReminderView reminder : reminders.list(user, goalId)) {
            ReminderService.SkippedToday skip = skips.get(reminder.id());
            Instant nextAt = skip != null ? skip.next() : reminder.nextFireAt();
            String next = nextAt == null ? null : WHEN.format(nextAt.atZone(user.zone()));
            String skipped = skip == null
                    ? null
                    : Messages.get("reminders_skip_" + skip.reason().name().toLowerCase(Locale.ROOT));
            List<String> upcoming = reminder.enabled()
                    ? reminders.upcoming(user, reminder.id(), null, UPCOMING).stream()
                            .map(at -> upcoming(at, reminder, skip, user))
                            .toList()
                    : List.of();
            rows.add(new Row(reminder, daysText(reminder.days()), next, skipped, upcoming, where(reminder.channels())));
        }
        List<Choice> weekdays = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            DayOfWeek day = user.firstDayOfWeek().plus(i);
            weekdays.add(new Choice(Weekdays.format(day), day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH)));
        }
        return Templates.reminders(new Page(goal, rows, form, weekdays, notice, devices.hasDevice(user.id())));
    }

    /** A coming mail's time; today's, when the dispatcher will skip it, says so ("... · no mail: today is done"). */
    private static String upcoming(
            Instant at, ReminderView reminder, ReminderService.SkippedToday skip, AuthenticatedUser user) {
        String when = WHEN.format(at.atZone(user.zone()));
        if (skip == null || !at.equals(reminder.nextFireAt())) {
            return when;
        }
        return Messages.get(
                "reminders_upcoming_skipped",
                when,
                Messages.get("reminders_upcoming_skip_" + skip.reason().name().toLowerCase(Locale.ROOT)));
    }

    /** "Every day", "Mon to Fri", "Sat and Sun" or "Mon, Wed, Fri". */
    static String daysText(List<String> days) {
        if (days.size() == 7) {
            return Messages.get("reminder_every_day");
        }
        if (days.equals(List.of("MON", "TUE", "WED", "THU", "FRI"))) {
            return Messages.get("reminder_weekdays");
        }
        if (days.equals(List.of("SAT", "SUN"))) {
            return Messages.get("reminder_weekends");
        }
        return String.join(
                ", ",
                days.stream()
                        .map(day -> Weekdays.parse(day).getDisplayName(TextStyle.SHORT, Locale.ENGLISH))
                        .toList());
    }
}
