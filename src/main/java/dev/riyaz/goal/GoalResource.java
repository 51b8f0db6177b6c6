package dev.riyaz.goal;

import java.net.URI;
import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import dev.riyaz.account.CurrentUser;
import dev.riyaz.common.ApiException;

/**
 * Coding goals over JSON. The class sits at {@code /api/v1} like the other API resources: a root path of
 * {@code /api/v1/goals} would hide paths below it that other classes serve, such as {@code /goals/{id}/entries}.
 */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Goals")
public class GoalResource {

    private final GoalService goals;
    private final CurrentUser currentUser;

    GoalResource(GoalService goals, CurrentUser currentUser) {
        this.goals = goals;
        this.currentUser = currentUser;
    }

    @GET
    @Path("/goals")
    @Operation(summary = "List goals in the user's order; archived=false (default), true or all")
    public List<GoalView> list(@RestQuery String archived) {
        return goals.list(currentUser.get().id(), archivedFilter(archived));
    }

    @POST
    @Path("/goals")
    @Operation(summary = "Create a goal")
    public Response create(GoalRequest request) {
        GoalView goal = goals.create(currentUser.get(), request);
        return Response.created(URI.create("/api/v1/goals/" + goal.id()))
                .entity(goal)
                .build();
    }

    @GET
    @Path("/goals/{id}")
    public GoalView get(@RestPath long id) {
        return goals.get(currentUser.get().id(), id);
    }

    @PUT
    @Path("/goals/{id}")
    @Operation(summary = "Replace a goal")
    public GoalView replace(@RestPath long id, GoalRequest request) {
        return goals.replace(currentUser.get(), id, request);
    }

    @PATCH
    @Path("/goals/{id}")
    @Operation(summary = "Change some fields of a goal")
    public GoalView patch(@RestPath long id, GoalRequest request) {
        return goals.patch(currentUser.get(), id, request);
    }

    @DELETE
    @Path("/goals/{id}")
    @Operation(summary = "Delete a goal and its practice log")
    public void delete(@RestPath long id) {
        goals.delete(currentUser.get().id(), id);
    }

    private static Boolean archivedFilter(String archived) {
        if (archived == null || archived.equals("false")) {
            return false;
        }
        if (archived.equals("true")) {
            return true;
        }
        if (archived.equals("all")) {
            return null;
        }
        throw new ApiException(400, "Bad request", "Use archived=false, archived=true or archived=all.");
    }
}
