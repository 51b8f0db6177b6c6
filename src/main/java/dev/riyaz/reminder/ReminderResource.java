package dev.riyaz.reminder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import dev.riyaz.account.CurrentUser;
import dev.riyaz.common.QueryParams;

/** One reminder, and when it will fire. */
@Path("/api/v1/reminders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Reminders")
public class ReminderResource {

    private final ReminderService reminders;
    private final CurrentUser currentUser;

    ReminderResource(ReminderService reminders, CurrentUser currentUser) {
        this.reminders = reminders;
        this.currentUser = currentUser;
    }

    @GET
    @Path("/{id}")
    public ReminderView get(@RestPath long id) {
        return reminders.get(currentUser.get(), id);
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Replace a reminder's time, days and switches")
    public ReminderView replace(@RestPath long id, @Valid ReminderRequest request) {
        return reminders.replace(currentUser.get(), id, request);
    }

    @DELETE
    @Path("/{id}")
    public void delete(@RestPath long id) {
        reminders.delete(currentUser.get(), id);
    }

    @GET
    @Path("/{id}/upcoming")
    @Operation(
            summary = "The next firings (1..100, default 10) from the start of a day (default today), in UTC",
            description = "Whether practice is already done is not taken into account.")
    public List<Instant> upcoming(@RestPath long id, @RestQuery String from, @RestQuery String count) {
        LocalDate day = QueryParams.date("from", from);
        int n = QueryParams.integer("count", count, 10, 1, 100);
        return reminders.upcoming(currentUser.get(), id, day, n);
    }
}
