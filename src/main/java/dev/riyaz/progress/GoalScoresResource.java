package dev.riyaz.progress;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import dev.riyaz.account.AuthenticatedUser;
import dev.riyaz.account.CurrentUser;
import dev.riyaz.common.Bounds;
import dev.riyaz.common.QueryParams;

/** A goal's daily habit-strength scores (its own class for the same reason as {@link GoalStatsResource}). */
@Path("/api/v1/goals/{id}/scores")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Progress")
public class GoalScoresResource {

    private final ProgressService progress;
    private final CurrentUser currentUser;
    private final Clock clock;

    GoalScoresResource(ProgressService progress, CurrentUser currentUser, Clock clock) {
        this.progress = progress;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @GET
    @Operation(summary = "The score of each day between from and to (default: the last 90 days)")
    public List<DailyScore> scores(@RestPath long id, @RestQuery String from, @RestQuery String to) {
        AuthenticatedUser user = currentUser.get();
        LocalDate last = ProgressParams.orDefault(QueryParams.date("to", to), user.today(clock));
        LocalDate first = ProgressParams.orDefault(QueryParams.date("from", from), last.minusDays(89));
        Bounds.range("from", first, "to", last);
        return progress.scores(user, id, first, last);
    }
}
