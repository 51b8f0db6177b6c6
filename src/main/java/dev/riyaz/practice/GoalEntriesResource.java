package dev.riyaz.practice;

import java.net.URI;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;

import dev.riyaz.account.CurrentUser;
import dev.riyaz.common.ApiException;

/**
 * Logging practice for one goal. A class of its own: Quarkus REST picks the resource class by its path first, so a
 * method under {@code /api/v1} never sees {@code /api/v1/goals/...}, which {@code GoalResource} owns.
 */
@Path("/api/v1/goals/{id}/entries")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Practice")
public class GoalEntriesResource {

    private final PracticeService practice;
    private final CurrentUser currentUser;

    GoalEntriesResource(PracticeService practice, CurrentUser currentUser) {
        this.practice = practice;
        this.currentUser = currentUser;
    }

    @POST
    @Operation(summary = "Log practice for a goal; send Idempotency-Key to make retries safe")
    public Response log(@RestPath long id, @RestHeader("Idempotency-Key") String idempotencyKey, EntryRequest request) {
        PracticeService.Logged logged = practice.log(currentUser.get(), id, request, "api", checkedKey(idempotencyKey));
        return Response.created(URI.create("/api/v1/entries/" + logged.entry().id()))
                .entity(logged.entry())
                .build();
    }

    private static String checkedKey(String key) {
        if (key != null && (key.isEmpty() || key.length() > 200)) {
            throw new ApiException(400, "Bad request", "Idempotency-Key must be 1 to 200 characters.");
        }
        return key;
    }
}
