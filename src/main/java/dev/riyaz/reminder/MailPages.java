package dev.riyaz.reminder;

import java.time.DayOfWeek;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

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
import org.jboss.resteasy.reactive.RestQuery;

import dev.riyaz.account.AuthenticatedUser;
import dev.riyaz.account.CurrentUser;
import dev.riyaz.common.ApiException;
import dev.riyaz.common.Choice;
import dev.riyaz.common.FormState;
import dev.riyaz.common.Messages;
import dev.riyaz.common.Redirects;
import dev.riyaz.common.Weekdays;
import dev.riyaz.mail.MailConfig;
import dev.riyaz.mail.OutboxMail;
import dev.riyaz.push.PushDevices;

/**
 * Settings, Mail: what mail to get, and the mail Riyaz sent or is about to send. Without a mail server, this is where
 * the mail waits, in full, so nothing is lost and nothing is pretended.
 */
@Path(MailRoutes.SETTINGS)
@Blocking
@Produces(MediaType.TEXT_HTML)
public class MailPages {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", Locale.ENGLISH);
    private static final int SHOWN = 30;

    /**
     * One mail in the list: when, what, and how it went, in words; a mail not sent yet also as it will look (its HTML
     * part, shown in a sandboxed frame, with the text part as the fallback).
     */
    public record Row(String when, String subject, String status, String text, String html, boolean preview) {}

    public record Page(
            FormState form,
            boolean connected,
            List<Row> mails,
            List<Choice> weekdays,
            String notice,
            boolean hasDevice) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance mail(Page page);
    }

    private final MailSettingsService settings;
    private final MailConfig config;
    private final CurrentUser currentUser;
    private final PushDevices devices;

    MailPages(MailSettingsService settings, MailConfig config, CurrentUser currentUser, PushDevices devices) {
        this.settings = settings;
        this.config = config;
        this.currentUser = currentUser;
        this.devices = devices;
    }

    @GET
    public TemplateInstance show(@RestQuery String notice) {
        MailSettings current = settings.get(currentUser.get().id());
        FormState form = FormState.empty()
                .with("allMail", current.allMail() ? "on" : "")
                .with("digest", current.digest())
                .with("digestTime", current.digestTime())
                .with("weeklyReview", current.weeklyReview() ? "on" : "")
                .with("weeklyReviewDay", current.weeklyReviewDay())
                .with("weeklyReviewTime", current.weeklyReviewTime());
        for (String channel : current.digestChannels()) {
            form = form.with("digest_" + channel, "on");
        }
        for (String channel : current.weeklyReviewChannels()) {
            form = form.with("review_" + channel, "on");
        }
        return page(form, Messages.notice(notice));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(
            @RestForm String allMail,
            @RestForm String digest,
            @RestForm String digestTime,
            @RestForm String weeklyReview,
            @RestForm String weeklyReviewDay,
            @RestForm String weeklyReviewTime,
            @RestForm List<String> digestChannels,
            @RestForm List<String> weeklyReviewChannels,
            @RestForm String channelsShown) {
        FormState form = FormState.empty()
                .with("allMail", allMail)
                .with("digest", digest)
                .with("digestTime", digestTime)
                .with("weeklyReview", weeklyReview)
                .with("weeklyReviewDay", weeklyReviewDay)
                .with("weeklyReviewTime", weeklyReviewTime);
        for (String channel : digestChannels) {
            form = form.with("digest_" + channel, "on");
        }
        for (String channel : weeklyReviewChannels) {
            form = form.with("review_" + channel, "on");
        }
        try {
            settings.patch(
                    currentUser.get().id(),
                    new MailSettings(
                            allMail != null,
                            digest == null ? "off" : digest,
                            digestTime,
                            weeklyReview != null,
                            weeklyReviewDay,
                            weeklyReviewTime,
                            ReminderPages.formChannels(digestChannels, channelsShown),
                            ReminderPages.formChannels(weeklyReviewChannels, channelsShown)));
            return Redirects.to(MailRoutes.settings() + "?notice=mail_saved");
        } catch (ApiException e) {
            return Response.status(e.status())
                    .entity(page(form.failed(e), null))
                    .build();
        }
    }

    private TemplateInstance page(FormState form, String notice) {
        AuthenticatedUser user = currentUser.get();
        List<Row> mails = OutboxMail.newestFor(user.id(), SHOWN).stream()
                .map(mail -> new Row(
                        WHEN.format(mail.createdAt.atZone(user.zone())),
                        mail.subject,
                        status(mail),
                        mail.text,
                        framed(mail.html),
                        mail.status != OutboxMail.Status.sent))
                .toList();
        List<Choice> weekdays = Arrays.stream(DayOfWeek.values())
                .map(day -> new Choice(Weekdays.format(day), day.getDisplayName(TextStyle.FULL, Locale.ENGLISH)))
                .toList();
        return Templates.mail(new Page(form, config.sends(), mails, weekdays, notice, devices.hasDevice(user.id())));
    }

    /**
     * The mail's HTML for the preview frame's {@code srcdoc} (the template escapes it into the attribute). The frame is
     * sandboxed without scripts; its links open in a new tab, as they would from a mail program.
     */
    static String framed(String html) {
        return html.replaceFirst("(?i)<head>", "<head><base target=\"_blank\">");
    }

    private static String status(OutboxMail mail) {
        return switch (mail.status) {
            case sent -> Messages.get("mailpage_sent");
            case held -> Messages.get("mailpage_held");
            case failed -> Messages.get("mailpage_failed", mail.attempts);
            case pending -> mail.attempts == 0
                    ? Messages.get("mailpage_waiting")
                    : Messages.get("mailpage_retrying", mail.attempts);
        };
    }
}
