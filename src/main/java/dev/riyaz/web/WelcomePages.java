package dev.riyaz.web;

import java.util.List;

import jakarta.ws.rs.BeanParam;
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

import dev.riyaz.account.AuthenticatedUser;
import dev.riyaz.account.CurrentUser;
import dev.riyaz.common.ApiException;
import dev.riyaz.common.FormState;
import dev.riyaz.common.Redirects;
import dev.riyaz.mail.MailConfig;

/**
 * The welcome for a new account, on one page: starter goals, a reminder, and free places to learn. Shown until it is
 * finished or skipped, then never again.
 */
@Path(WebRoutes.WELCOME_ROOT)
@Blocking
@Produces(MediaType.TEXT_HTML)
public class WelcomePages {

    /** Everything the welcome page shows. */
    public record Page(
            String name,
            FormState form,
            List<StarterKit.Goal> goals,
            List<StarterKit.Link> links,
            boolean mailConnected) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance welcome(Page page);
    }

    private final WelcomeService welcome;
    private final CurrentUser currentUser;
    private final MailConfig mail;

    WelcomePages(WelcomeService welcome, CurrentUser currentUser, MailConfig mail) {
        this.welcome = welcome;
        this.currentUser = currentUser;
        this.mail = mail;
    }

    @GET
    public Response show() {
        AuthenticatedUser user = currentUser.get();
        if (welcome.welcomed(user)) {
            return Redirects.to(WebRoutes.home());
        }
        return Response.ok(page(user, WelcomeForm.fresh())).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response finish(@BeanParam WelcomeForm form) {
        AuthenticatedUser user = currentUser.get();
        try {
            boolean done = welcome.finish(user, form.choices());
            return Redirects.to(done ? WebRoutes.home() + "?notice=setup_done" : WebRoutes.home());
        } catch (ApiException e) {
            if (e.status() == 404) {
                throw e;
            }
            return Response.status(e.status())
                    .entity(page(user, form.state().failed(e)))
                    .build();
        }
    }

    /** "Skip for now": nothing is created, and the welcome is not offered again. */
    @POST
    @Path(WebRoutes.SKIP)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response skip() {
        boolean skipped = welcome.skip(currentUser.get());
        return Redirects.to(skipped ? WebRoutes.home() + "?notice=setup_skipped" : WebRoutes.home());
    }

    private TemplateInstance page(AuthenticatedUser user, FormState form) {
        return Templates.welcome(new Page(user.displayName(), form, StarterKit.GOALS, StarterKit.LINKS, mail.sends()));
    }
}
