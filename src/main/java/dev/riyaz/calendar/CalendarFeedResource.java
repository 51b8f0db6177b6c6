package dev.riyaz.calendar;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestPath;

/**
 * The private calendar feed that calendar apps subscribe to. It needs no log-in: the secret in the address is the key,
 * so an unknown or turned-off one gets a bare 404 that says nothing more.
 */
@Path(CalendarRoutes.FEED_ROOT)
public class CalendarFeedResource {

    static final String MEDIA_TYPE = "text/calendar; charset=utf-8";

    private final CalendarFeedService feeds;

    CalendarFeedResource(CalendarFeedService feeds) {
        this.feeds = feeds;
    }

    @GET
    @Path(CalendarRoutes.FEED)
    @Operation(hidden = true)
    public Response feed(@RestPath String secret) {
        return feeds.calendar(secret)
                .map(calendar -> Response.ok(calendar, MEDIA_TYPE)
                        .header("Cache-Control", "private, max-age=300")
                        .header("Content-Disposition", "inline; filename=\"riyaz.ics\"")
                        .header("X-Robots-Tag", "noindex"))
                .orElseGet(() -> Response.status(Response.Status.NOT_FOUND)
                        .type(MediaType.TEXT_PLAIN_TYPE)
                        .entity("Not found")
                        .header("Cache-Control", "no-store"))
                .build();
    }
}
