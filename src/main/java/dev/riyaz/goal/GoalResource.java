package dev.riyaz.goal;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
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

/** Coding goals over JSON. */
@Path(GoalRoutes.API_ROOT)
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
    @Operation(summary = "List goals in the user's order; archived=false (default), true or all")
    public List<GoalView> list(@RestQuery String archived) {
        return goals.list(currentUser.get().id(), archivedFilter(archived));
    }

    @POST
    @Operation(summary = "Create a goal")
    public Response create(@Valid GoalRequest request) {
        GoalView goal = goals.create(currentUser.get(), request);
        return Response.created(URI.create(GoalRoutes.apiGoal(goal.id())))
                .entity(goal)
                .build();
    }

    @GET
    @Path(GoalRoutes.GOAL)
    public GoalView get(@RestPath long id) {
        return goals.get(currentUser.get().id(), id);
    }

    @PUT
    @Path(GoalRoutes.GOAL)
    @Operation(summary = "Replace a goal")
    public GoalView replace(@RestPath long id, @Valid GoalRequest request) {
        return goals.replace(currentUser.get(), id, request);
    }

    @PATCH
    @Path(GoalRoutes.GOAL)
    @Operation(summary = "Change some fields of a goal")
    public GoalView patch(@RestPath long id, @Valid GoalRequest request) {
        return goals.patch(currentUser.get(), id, request);
    }

    @DELETE
    @Path(GoalRoutes.GOAL)
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
