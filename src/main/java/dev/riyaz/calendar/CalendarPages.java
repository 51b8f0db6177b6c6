package dev.riyaz.calendar;

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

import dev.riyaz.account.CurrentUser;
import dev.riyaz.account.SettingsRoutes;
import dev.riyaz.common.Redirects;

/**
 * The buttons of the Calendar part of the settings page. A new link is shown once, on the page that answers the post
 * (never put in a redirect address): only its hash is kept.
 */
@Path(CalendarRoutes.SETTINGS_ROOT)
@Blocking
@Produces(MediaType.TEXT_HTML)
public class CalendarPages {

    static final String SETTINGS = SettingsRoutes.settings() + "#calendar-title";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance link(String url, String webcal);
    }

    private final CalendarFeedService feeds;
    private final CurrentUser currentUser;

    CalendarPages(CalendarFeedService feeds, CurrentUser currentUser) {
        this.feeds = feeds;
        this.currentUser = currentUser;
    }

    /** Turns the link on, or makes a new one in place of the old. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response newLink() {
        String url = feeds.newLink(currentUser.get().id());
        String webcal = url.replaceFirst("^https?://", "webcal://");
        return Response.ok(Templates.link(url, webcal))
                .header("Cache-Control", "no-store")
                .build();
    }

    @POST
    @Path(CalendarRoutes.OFF)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response turnOff() {
        feeds.turnOff(currentUser.get().id());
        return Redirects.to(SettingsRoutes.settings() + "?notice=calendar_off#calendar-title");
    }

    /** Reloading the address of the link page shows the settings again. */
    @GET
    public Response settings() {
        currentUser.get();
        return Redirects.to(SETTINGS);
    }
}
