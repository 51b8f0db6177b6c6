package dev.riyaz.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;

import org.jboss.resteasy.reactive.RestQuery;

import dev.riyaz.account.CurrentUser;
import dev.riyaz.common.QueryParams;
import dev.riyaz.progress.Overview;
import dev.riyaz.progress.Overviews;

/** The progress page: all goals together. */
@Path(WebRoutes.PROGRESS)
@Blocking
@Produces(MediaType.TEXT_HTML)
public class ProgressPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance overview(Overview overview);
    }

    private final Overviews overviews;
    private final CurrentUser currentUser;

    ProgressPages(Overviews overviews, CurrentUser currentUser) {
        this.overviews = overviews;
        this.currentUser = currentUser;
    }

    @GET
    public TemplateInstance overview(@RestQuery String from, @RestQuery String to) {
        return Templates.overview(
                overviews.of(currentUser.get(), QueryParams.date("from", from), QueryParams.date("to", to)));
    }
}
