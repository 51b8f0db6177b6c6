package dev.riyaz.practice;

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
import dev.riyaz.common.PageView;
import dev.riyaz.common.QueryParams;

/** Practice entries over JSON: list, read, change, delete. Logging lives in {@link GoalEntriesResource}. */
@Path("/api/v1/entries")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Practice")
public class PracticeResource {

    private final PracticeService practice;
    private final CurrentUser currentUser;

    PracticeResource(PracticeService practice, CurrentUser currentUser) {
        this.practice = practice;
        this.currentUser = currentUser;
    }

    @GET
    @Operation(summary = "Practice entries, newest first")
    public PageView<EntryView> list(
            @RestQuery String goalId,
            @RestQuery String from,
            @RestQuery String to,
            @RestQuery String page,
            @RestQuery String size) {
        return practice.page(
                currentUser.get().id(),
                QueryParams.id("goalId", goalId),
                QueryParams.date("from", from),
                QueryParams.date("to", to),
                QueryParams.integer("page", page, 0, 0, 1_000_000),
                QueryParams.size("size", size, 50));
    }

    @GET
    @Path("/{id}")
    public EntryView get(@RestPath long id) {
        return practice.get(currentUser.get().id(), id);
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Change an entry")
    public EntryView update(@RestPath long id, EntryRequest request) {
        return practice.update(currentUser.get(), id, request);
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete an entry")
    public void delete(@RestPath long id) {
        practice.delete(currentUser.get().id(), id);
    }
}
