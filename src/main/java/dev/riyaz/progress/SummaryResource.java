package dev.riyaz.progress;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

import dev.riyaz.account.AuthenticatedUser;
import dev.riyaz.account.CurrentUser;
import dev.riyaz.common.Bounds;
import dev.riyaz.common.QueryParams;

/** A summary across goals for a period. */
@Path("/api/v1/summary")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Progress")
public class SummaryResource {

    private final Summaries summaries;
    private final CurrentUser currentUser;
    private final Clock clock;

    SummaryResource(Summaries summaries, CurrentUser currentUser, Clock clock) {
        this.summaries = summaries;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @GET
    @Operation(summary = "Qualifying and planned days and totals per goal between from and to (default: this week)")
    public List<SummaryRow> summary(@RestQuery String from, @RestQuery String to) {
        AuthenticatedUser user = currentUser.get();
        LocalDate today = user.today(clock);
        LocalDate weekStart = today.with(TemporalAdjusters.previousOrSame(user.firstDayOfWeek()));
        LocalDate first = ProgressParams.orDefault(QueryParams.date("from", from), weekStart);
        LocalDate last = ProgressParams.orDefault(QueryParams.date("to", to), today);
        Bounds.range("from", first, "to", last);
        return summaries.between(user, first, last);
    }
}
