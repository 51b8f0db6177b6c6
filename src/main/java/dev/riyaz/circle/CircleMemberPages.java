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
import dev.riyaz.common.Messages;
import dev.riyaz.common.Redirects;

/**
 * The members page: approve or refuse who waits, remove someone, change a role, hand the circle over, change what it
 * is called, leave, and close it (with a confirm box).
 */
@Path(CircleRoutes.PAGES)
@Blocking
@Produces(MediaType.TEXT_HTML)
public class CircleMemberPages {

    /** The page; {@code me} is the viewer's id, so their own row offers Leave instead of Remove. */
    public record Page(CircleView circle, List<MemberView> members, long me, String notice, String failure) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance members(Page page);
    }

    private final Circles circles;
    private final CircleMembers members;
    private final CurrentUser currentUser;

    CircleMemberPages(Circles circles, CircleMembers members, CurrentUser currentUser) {
        this.circles = circles;
        this.members = members;
        this.currentUser = currentUser;
    }

    @GET
    @Path(CircleRoutes.PAGE_MEMBERS)
    public TemplateInstance show(@RestPath long id, @RestQuery String notice) {
        return Templates.members(page(id, Messages.notice(notice), null));
    }

    @POST
    @Path(CircleRoutes.PAGE_APPROVE)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response approve(@RestPath long id, @RestPath long userId) {
        members.approve(me(), id, userId);
        return back(id, "circle_approved");
    }

    /** Removes a member, or refuses someone who waits. */
    @POST
    @Path(CircleRoutes.PAGE_REMOVE)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response remove(@RestPath long id, @RestPath long userId) {
        members.remove(me(), id, userId);
        return back(id, "circle_removed");
    }

    @POST
    @Path(CircleRoutes.PAGE_ROLE)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response role(@RestPath long id, @RestPath long userId, @RestForm String role) {
        try {
            members.changeRole(me(), id, userId, role);
        } catch (ApiException e) {
            if (e.status() != 422) {
                throw e;
            }
            return Response.status(422)
                    .entity(Templates.members(page(id, null, e.getMessage())))
                    .build();
        }
        return back(id, "owner".equals(role) ? "circle_handed_over" : "circle_role_changed");
    }

    @POST
    @Path(CircleRoutes.PAGE_ABOUT)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response about(
            @RestPath long id,
            @RestForm String name,
            @RestForm String description,
            @RestForm boolean requiresApproval,
            @RestForm boolean approvalShown) {
        try {
            circles.update(me(), id, new CircleRequest(name, description, approvalShown ? requiresApproval : null));
        } catch (ApiException e) {
            if (e.status() != 422) {
                throw e;
            }
            return Response.status(422)
                    .entity(Templates.members(page(id, null, e.getMessage())))
                    .build();
        }
        return back(id, "circle_saved");
    }

    @POST
    @Path(CircleRoutes.PAGE_LEAVE)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response leave(@RestPath long id) {
        members.remove(me(), id, me());
        return Redirects.to(CircleRoutes.list() + "?notice=circle_left");
    }

    /** Closes the circle once the owner ticked the box; without it, the page says so. */
    @POST
    @Path(CircleRoutes.PAGE_CLOSE)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response close(@RestPath long id, @RestForm boolean confirmed) {
        if (!confirmed) {
            circles.get(me(), id);
            return Response.status(422)
                    .entity(Templates.members(page(id, null, Messages.get("circle_close_confirm_missing"))))
                    .build();
        }
        circles.close(me(), id);
        return Redirects.to(CircleRoutes.list() + "?notice=circle_closed");
    }

    private Page page(long id, String notice, String failure) {
        CircleView circle = circles.get(me(), id);
        return new Page(circle, members.list(me(), id), me(), notice, failure);
    }

    private static Response back(long id, String notice) {
        return Redirects.to(CircleRoutes.members(id) + "?notice=" + notice);
    }

    private long me() {
        return currentUser.get().id();
    }
}
