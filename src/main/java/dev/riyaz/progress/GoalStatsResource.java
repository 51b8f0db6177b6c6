package dev.riyaz.progress;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import dev.riyaz.account.CurrentUser;
import dev.riyaz.common.QueryParams;

/**
 * A goal's stats. Its own class at the full path: Quarkus REST picks the resource class by path first, and
 * {@code GoalResource} owns {@code /api/v1/goals}.
 */
@Path("/api/v1/goals/{id}/stats")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Progress")
public class GoalStatsResource {

    private final ProgressService progress;
    private final CurrentUser currentUser;

    GoalStatsResource(ProgressService progress, CurrentUser currentUser) {
        this.progress = progress;
        this.currentUser = currentUser;
    }

    @GET
    @Operation(summary = "Streaks, score, completion, totals and what is left, as of a day (default today)")
    public StatsView stats(@RestPath long id, @RestQuery String on) {
        return StatsView.of(id, progress.stats(currentUser.get(), id, QueryParams.date("on", on)));
    }
}
