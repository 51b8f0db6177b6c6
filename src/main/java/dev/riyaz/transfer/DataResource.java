package dev.riyaz.transfer;

import java.net.URI;
import java.time.Clock;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestQuery;

import dev.riyaz.account.AuthenticatedUser;
import dev.riyaz.account.CurrentUser;
import dev.riyaz.common.ApiException;
import dev.riyaz.goal.GoalRoutes;

/** The whole account out (JSON or a zip of CSV files) and back in (a Riyaz export or a Loop Habit Tracker zip). */
@Path(TransferRoutes.API_ROOT)
@Tag(name = "Data")
public class DataResource {

    static final String ZIP = "application/zip";

    private final AccountExport export;
    private final Imports imports;
    private final CurrentUser currentUser;
    private final Clock clock;

    DataResource(AccountExport export, Imports imports, CurrentUser currentUser, Clock clock) {
        this.export = export;
        this.imports = imports;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @GET
    @Path(TransferRoutes.EXPORT)
    @Produces({MediaType.APPLICATION_JSON, ZIP})
    @Operation(
            summary = "Download the whole account",
            description = "format=json (default): the versioned Riyaz export that import reads back; "
                    + "format=csv: a zip of goals.csv, entries.csv, reminders.csv and resources.csv.")
    public Response export(@RestQuery String format) {
        AuthenticatedUser owner = currentUser.get();
        String day = owner.today(clock).toString();
        if (format == null || format.equals("json")) {
            StreamingOutput body = out -> export.json(owner, out);
            return download(body, MediaType.APPLICATION_JSON, "riyaz-" + day + ".json");
        }
        if (format.equals("csv")) {
            StreamingOutput body = out -> export.csv(owner, out);
            return download(body, ZIP, "riyaz-" + day + "-csv.zip");
        }
        throw new ApiException(400, "Bad request", "Use format=json or format=csv.");
    }

    @POST
    @Path(TransferRoutes.IMPORT)
    @Consumes({MediaType.APPLICATION_JSON, ZIP})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Import a Riyaz export (application/json) or a Loop Habit Tracker CSV export (application/zip)",
            description = "All or nothing: on any problem nothing is written and the answer lists each wrong row. "
                    + "Bodies up to 32 MiB.")
    public Response importFile(@RestHeader(HttpHeaders.CONTENT_TYPE) String type, byte[] body) {
        AuthenticatedUser owner = currentUser.get();
        ImportCounts counts = imports.run(owner, Imports.Kind.of(type), body, done -> {});
        return Response.created(URI.create(GoalRoutes.API_ROOT)).entity(counts).build();
    }

    private static Response download(StreamingOutput body, String type, String name) {
        return Response.ok(body, type)
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .header("Cache-Control", "no-store")
                .build();
    }
}
