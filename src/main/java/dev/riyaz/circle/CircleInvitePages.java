package dev.riyaz.circle;

import java.time.ZoneId;
import java.util.List;

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

import dev.riyaz.account.CurrentUser;
import dev.riyaz.common.ApiException;
import dev.riyaz.common.AppConfig;
import dev.riyaz.common.FormState;
import dev.riyaz.common.Messages;
import dev.riyaz.common.Redirects;
import dev.riyaz.progress.Heatmap;

/** Invite links for organisers (make, copy, revoke), and the page an invite link opens (join). */
@Path(CircleRoutes.PAGES)
@Blocking
@Produces(MediaType.TEXT_HTML)
public class CircleInvitePages {

    /**
     * The invite links page; {@code made} is the whole address of a link just made, shown this once (null otherwise).
     */
    public record Page(
            CircleView circle, List<InviteView> invites, String made, FormState form, String notice, ZoneId zone) {

        /** "Made Mon 7 Dec, works until Mon 14 Dec", in the viewer's zone. */
        public String line(InviteView invite) {
            return Messages.get(
                    "circle_invite_line",
                    Heatmap.dayName(invite.createdAt().atZone(zone).toLocalDate()),
                    Heatmap.dayName(invite.expiresAt().atZone(zone).toLocalDate()));
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance invites(Page page);

        static native TemplateInstance join(String token, CircleJoins.Preview preview, String failure);
    }

    private final Circles circles;
    private final CircleInvites invites;
    private final CircleJoins joins;
    private final CurrentUser currentUser;
    private final String base;

    CircleInvitePages(
            Circles circles, CircleInvites invites, CircleJoins joins, CurrentUser currentUser, AppConfig app) {
        this.circles = circles;
        this.invites = invites;
        this.joins = joins;
        this.currentUser = currentUser;
        this.base = app.baseUrl().replaceAll("/+$", "");
    }

    @GET
    @Path(CircleRoutes.PAGE_INVITES)
    public TemplateInstance show(@RestPath long id, @RestQuery String notice) {
        return Templates.invites(page(id, null, FormState.empty(), Messages.notice(notice)));
    }

    /** Makes a link and shows it at once: it is the only time its address can be seen. */
    @POST
    @Path(CircleRoutes.PAGE_INVITES)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response make(@RestPath long id, @RestForm String expiresInDays, @RestForm String uses) {
        long me = currentUser.get().id();
        FormState form = FormState.empty().with("expiresInDays", expiresInDays).with("uses", uses);
        try {
            InviteView made = invites.make(me, id, new InviteRequest(number(expiresInDays), number(uses)));
            String link = base + CircleRoutes.join(made.token());
            return Response.ok(Templates.invites(page(id, link, FormState.empty(), null)))
                    .build();
        } catch (ApiException e) {
            if (e.status() != 422) {
                throw e;
            }
            return Response.status(422)
                    .entity(Templates.invites(page(id, null, form.failed(e), null)))
                    .build();
        }
    }

    @POST
    @Path(CircleRoutes.PAGE_REVOKE)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response revoke(@RestPath long id, @RestPath long inviteId) {
        invites.revoke(currentUser.get().id(), id, inviteId);
        return Redirects.to(CircleRoutes.invites(id) + "?notice=circle_invite_revoked");
    }

    @GET
    @Path(CircleRoutes.PAGE_JOIN)
    public TemplateInstance joinPage(@RestPath String token) {
        return Templates.join(token, joins.preview(currentUser.get().id(), token), null);
    }

    /** Joins and opens the circle; a link that does not work shows the join page again with why (422). */
    @POST
    @Path(CircleRoutes.PAGE_JOIN)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response join(@RestPath String token) {
        long me = currentUser.get().id();
        try {
            CircleJoins.Joined joined = joins.join(me, token);
            if (joined.pending()) {
                return Redirects.to(CircleRoutes.list() + "?notice=circle_waiting");
            }
            return Redirects.to(CircleRoutes.circle(joined.circle().id()) + "?notice=circle_joined");
        } catch (ApiException e) {
            return Response.status(e.status())
                    .entity(Templates.join(token, joins.preview(me, token), e.getMessage()))
                    .build();
        }
    }

    private Page page(long id, String made, FormState form, String notice) {
        long me = currentUser.get().id();
        CircleView circle = circles.get(me, id);
        return new Page(
                circle,
                invites.list(me, id),
                made,
                form,
                notice,
                currentUser.get().zone());
    }

    /** A form number; anything that is not one is passed on as out of bounds, so the field says what fits. */
    private static Integer number(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
