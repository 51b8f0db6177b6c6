package dev.riyaz.share;

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
import dev.riyaz.common.AppConfig;
import dev.riyaz.common.Messages;
import dev.riyaz.common.Redirects;
import dev.riyaz.goal.GoalService;
import dev.riyaz.goal.GoalView;
import dev.riyaz.progress.Svg;

/** Sharing one goal: turn a public link on, choose what it shows, copy the link and badge, replace or stop it. */
@Path(ShareRoutes.ROOT)
@Blocking
@Produces(MediaType.TEXT_HTML)
public class SharePages {

    /** The page; the addresses are whole (with {@code RIYAZ_BASE_URL}) because they are pasted elsewhere. */
    public record Page(GoalView goal, ShareService.ShareView share, String base, String notice) {

        public String link() {
            return base + ShareRoutes.publicPage(share.token());
        }

        public String badge() {
            return base + ShareRoutes.badge(share.token());
        }

        /** The badge in a README, linked to the page: {@code [![Python streak](…/badge/….svg)](…/p/…)}. */
        public String markdown() {
            String alt = Messages.get("share_badge_alt", goal.title()).replaceAll("([\\\\\\[\\]])", "\\\\$1");
            return "[![" + alt + "](" + badge() + ")](" + link() + ")";
        }

        public String html() {
            String alt = Svg.escape(Messages.get("share_badge_alt", goal.title()));
            return "<a href=\"" + link() + "\"><img src=\"" + badge() + "\" alt=\"" + alt + "\"></a>";
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance share(Page page);
    }

    private final ShareService shares;
    private final GoalService goals;
    private final CurrentUser currentUser;
    private final String base;

    SharePages(ShareService shares, GoalService goals, CurrentUser currentUser, AppConfig app) {
        this.shares = shares;
        this.goals = goals;
        this.currentUser = currentUser;
        this.base = app.baseUrl().replaceAll("/+$", "");
    }

    @GET
    public TemplateInstance show(@RestPath long id, @RestQuery String notice) {
        long owner = currentUser.get().id();
        GoalView goal = goals.get(owner, id);
        return Templates.share(new Page(goal, shares.get(owner, id), base, Messages.notice(notice)));
    }

    /** Turns sharing on, or saves what the page shows; ticked boxes arrive as {@code true}. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response share(@RestPath long id, @RestForm boolean showNotes, @RestForm boolean showResources) {
        long owner = currentUser.get().id();
        boolean wasOn = shares.get(owner, id).sharing();
        shares.share(owner, id, showNotes, showResources);
        return Redirects.to(ShareRoutes.share(id) + "?notice=" + (wasOn ? "share_saved" : "share_on"));
    }

    @POST
    @Path(ShareRoutes.RENEW)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response renew(@RestPath long id) {
        shares.renew(currentUser.get().id(), id);
        return Redirects.to(ShareRoutes.share(id) + "?notice=share_new");
    }

    @POST
    @Path(ShareRoutes.STOP)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response stop(@RestPath long id) {
        shares.stop(currentUser.get().id(), id);
        return Redirects.to(ShareRoutes.share(id) + "?notice=share_off");
    }
}
