package dev.riyaz.practice;

import java.net.URI;

import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

import dev.riyaz.account.CurrentUser;

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

    /** Reads the key through {@link HttpHeaders}: {@code @RestHeader} turns an empty key into no key at all. */
    @POST
    @Operation(summary = "Log practice for a goal; send Idempotency-Key to make retries safe")
    @Parameter(
            name = IdempotentRequest.HEADER,
            in = ParameterIn.HEADER,
            description = "1 to 200 characters; the same key and body again give the first answer and log nothing",
            schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = 200))
    public Response log(@RestPath long id, HttpHeaders headers, EntryRequest request) {
        String key = IdempotentRequest.checkedKey(headers.getHeaderString(IdempotentRequest.HEADER));
        PracticeService.Logged logged;
        try {
            logged = practice.log(currentUser.get(), id, request, "api", key);
        } catch (PersistenceException e) {
            if (key == null) {
                throw e;
            }
            // Another request with the same key won the race; its answer is stored now: replay it (or 409).
            logged = practice.log(currentUser.get(), id, request, "api", key);
        }
        return Response.created(URI.create("/api/v1/entries/" + logged.entry().id()))
                .entity(logged.entry())
                .build();
    }
}
