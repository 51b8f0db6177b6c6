package dev.riyaz.circle;

import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import dev.riyaz.account.CurrentUser;
import dev.riyaz.common.ApiException;
import dev.riyaz.common.FormState;
import dev.riyaz.common.Messages;
import dev.riyaz.common.Redirects;

/** The Circles pages: the person's circles, starting one, and a circle's own page. */
@Path(CircleRoutes.PAGES)
@Blocking
@Produces(MediaType.TEXT_HTML)
public class CirclePages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<CircleView> circles, String notice);

        static native TemplateInstance start(FormState form);

        static native TemplateInstance circle(CirclePage page);
    }

    private final Circles circles;
    private final CirclePageReads pages;
    private final CurrentUser currentUser;

    CirclePages(Circles circles, CirclePageReads pages, CurrentUser currentUser) {
        this.circles = circles;
        this.pages = pages;
        this.currentUser = currentUser;
    }

    @GET
    public TemplateInstance list(@RestQuery String notice) {
        return Templates.list(circles.mine(currentUser.get().id()), Messages.notice(notice));
    }

    @GET
    @Path(CircleRoutes.NEW)
    public TemplateInstance start() {
        return Templates.start(FormState.empty());
    }

    /** Starts a circle and opens it; a bad name or description shows the form again with what was typed. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@RestForm String name, @RestForm String description, @RestForm boolean requiresApproval) {
        try {
            CircleView circle =
                    circles.create(currentUser.get().id(), new CircleRequest(name, description, requiresApproval));
            return Redirects.to(CircleRoutes.circle(circle.id()) + "?notice=circle_started");
        } catch (ApiException e) {
            FormState form = FormState.empty()
                    .with("name", name)
                    .with("description", description)
                    .with("requiresApproval", requiresApproval)
                    .failed(e);
            return Response.status(e.status()).entity(Templates.start(form)).build();
        }
    }

    @GET
    @Path(CircleRoutes.CIRCLE)
    public TemplateInstance circle(@RestPath long id, @RestQuery String notice) {
        return Templates.circle(pages.page(currentUser.get(), id, Messages.notice(notice)));
    }
}
