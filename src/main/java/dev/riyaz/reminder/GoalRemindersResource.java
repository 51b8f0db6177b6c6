package dev.riyaz.reminder;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

import dev.riyaz.account.CurrentUser;

/** A goal's reminders (a class of its own, since Quarkus REST picks the resource class by its path first). */
@Path("/api/v1/goals/{id}/reminders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Reminders")
public class GoalRemindersResource {

    private final ReminderService reminders;
    private final CurrentUser currentUser;

    GoalRemindersResource(ReminderService reminders, CurrentUser currentUser) {
        this.reminders = reminders;
        this.currentUser = currentUser;
    }

    @GET
    @Operation(summary = "List a goal's reminders")
    public List<ReminderView> list(@RestPath long id) {
        return reminders.list(currentUser.get(), id);
    }

    @POST
    @Operation(summary = "Add a reminder: time HH:MM local, days MON..SUN (default every day)")
    public Response create(@RestPath long id, @Valid ReminderRequest request) {
        ReminderView reminder = reminders.create(currentUser.get(), id, request);
        return Response.created(URI.create("/api/v1/reminders/" + reminder.id()))
                .entity(reminder)
                .build();
    }
}
