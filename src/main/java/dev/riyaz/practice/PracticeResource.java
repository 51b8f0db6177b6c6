package dev.riyaz.practice;

import java.net.URI;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.jboss.resteasy.reactive.RestQuery;

import dev.riyaz.account.CurrentUser;
import dev.riyaz.common.ApiException;
import dev.riyaz.common.PageView;
import dev.riyaz.common.QueryParams;

/** Practice entries over JSON. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Practice")
public class PracticeResource {

    private static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final PracticeService practice;
    private final CurrentUser currentUser;

    PracticeResource(PracticeService practice, CurrentUser currentUser) {
        this.practice = practice;
        this.currentUser = currentUser;
    }

    /** Reads the key through {@link HttpHeaders}: {@code @RestHeader} turns an empty key into no key at all. */
    @POST
    @Path("/goals/{id}/entries")
    @Operation(summary = "Log practice for a goal; send Idempotency-Key to make retries safe")
    @Parameter(
            name = IDEMPOTENCY_KEY,
            in = ParameterIn.HEADER,
            description = "1 to 200 characters; the same key and body again give the first answer and log nothing",
            schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = 200))
    public Response log(@RestPath long id, HttpHeaders headers, EntryRequest request) {
        String key = checkedKey(headers.getHeaderString(IDEMPOTENCY_KEY));
        PracticeService.Logged logged = practice.log(currentUser.get(), id, request, "api", key);
        return Response.created(URI.create("/api/v1/entries/" + logged.entry().id()))
                .entity(logged.entry())
                .build();
    }

    @GET
    @Path("/entries")
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
                QueryParams.integer("size", size, 50, 1, 500));
    }

    @GET
    @Path("/entries/{id}")
    public EntryView get(@RestPath long id) {
        return practice.get(currentUser.get().id(), id);
    }

    @PUT
    @Path("/entries/{id}")
    @Operation(summary = "Change an entry")
    public EntryView update(@RestPath long id, EntryRequest request) {
        return practice.update(currentUser.get(), id, request);
    }

    @DELETE
    @Path("/entries/{id}")
    @Operation(summary = "Delete an entry")
    public void delete(@RestPath long id) {
        practice.delete(currentUser.get().id(), id);
    }

    private static String checkedKey(String key) {
        if (key != null && (key.isEmpty() || key.length() > 200)) {
            throw new ApiException(400, "Bad request", "Idempotency-Key must be 1 to 200 characters.");
        }
        return key;
    }
}
