package dev.riyaz.reminder;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

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

import dev.riyaz.common.ApiException;
import dev.riyaz.common.FormValues;
import dev.riyaz.common.Messages;
import dev.riyaz.mail.LinkTokens.Action;

/**
 * The pages behind the links in mail. Opening a link (GET) only shows what it would do and a button: mail scanners
 * follow links, and must not log practice or stop mail. The button posts back to the same address.
 */
@Path(MailRoutes.LINKS_ROOT)
@Blocking
@Produces(MediaType.TEXT_HTML)
public class MailLinkPages {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance unsubscribe(MailLinkService.Target target, String token, boolean done);

        static native TemplateInstance log(
                MailLinkService.Target target, String token, String day, String amount, String error, boolean done);

        static native TemplateInstance snooze(MailLinkService.Target target, String token, String at, boolean done);

        static native TemplateInstance broken();
    }

    private final MailLinkService links;

    MailLinkPages(MailLinkService links) {
        this.links = links;
    }

    @GET
    @Path(MailRoutes.UNSUBSCRIBE)
    public Response unsubscribePage(@RestPath String token) {
        return page(links.read(token, Action.unsubscribe).map(target -> Templates.unsubscribe(target, token, false)));
    }

    /** Where the confirm button lands after {@link OneClickUnsubscribe} did the work. */
    @GET
    @Path(MailRoutes.UNSUBSCRIBED)
    public Response unsubscribed(@RestPath String token) {
        return page(links.read(token, Action.unsubscribe).map(target -> Templates.unsubscribe(target, token, true)));
    }

    @GET
    @Path(MailRoutes.LOG)
    public Response logPage(@RestPath String token) {
        return page(links.read(token, Action.log)
                .map(target ->
                        Templates.log(target, token, day(target), amount(target.suggestedAmount()), null, false)));
    }

    @POST
    @Path(MailRoutes.LOG)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response log(@RestPath String token, @RestForm String amount) {
        Optional<MailLinkService.Target> target = links.read(token, Action.log);
        if (target.isEmpty()) {
            return page(Optional.empty());
        }
        BigDecimal value = null;
        if (target.get().goal().measured()) {
            value = readable(amount);
            if (value == null) {
                return page(Optional.of(Templates.log(
                        target.get(), token, day(target.get()), amount, Messages.get("mail_log_amount_error"), false)));
            }
        }
        try {
            links.log(token, value);
        } catch (ApiException e) {
            String error = e.status() == 409
                    ? Messages.get("mail_log_already")
                    : e.errors().isEmpty() ? e.getMessage() : e.errors().get(0).message();
            return page(Optional.of(Templates.log(target.get(), token, day(target.get()), amount, error, false)));
        }
        return page(Optional.of(Templates.log(target.get(), token, day(target.get()), amount, null, true)));
    }

    @GET
    @Path(MailRoutes.SNOOZE)
    public Response snoozePage(@RestPath String token) {
        return page(links.read(token, Action.snooze)
                .map(target -> Templates.snooze(target, token, TIME.format(target.snoozeUntil()), false)));
    }

    @POST
    @Path(MailRoutes.SNOOZE)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response snooze(@RestPath String token) {
        return page(links.snooze(token)
                .map(target -> Templates.snooze(target, token, TIME.format(target.snoozeUntil()), true)));
    }

    private static Response page(Optional<TemplateInstance> page) {
        return page.map(template -> Response.ok(template))
                .orElseGet(() -> Response.status(404).entity(Templates.broken()))
                .header("Referrer-Policy", "no-referrer")
                .header("X-Robots-Tag", "noindex")
                .build();
    }

    /** The amount typed, or null when there is none or it is no number. */
    private static BigDecimal readable(String amount) {
        try {
            return FormValues.number("amount", amount);
        } catch (ApiException e) {
            return null;
        }
    }

    private static String day(MailLinkService.Target target) {
        return DAY.format(target.day());
    }

    private static String amount(BigDecimal amount) {
        return amount == null ? "" : amount.toPlainString();
    }
}
