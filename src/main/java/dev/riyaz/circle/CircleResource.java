package dev.riyaz.circle;

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

import dev.riyaz.account.CurrentUser;

/** Circles for scripts and apps (API.md, Circles): the circles, their members, shares and joining by a link. */
@Path(CircleRoutes.API)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Circles")
public class CircleResource {

    /** A member's new role. */
    public record RoleRequest(String role) {}

    /** The goals the caller shares with a circle. */
    public record ShareRequest(List<Long> goalIds) {}

    /** The token of an invite link. */
    public record JoinRequest(String token) {}

    private final Circles circles;
    private final CircleMembers members;
    private final CircleShares shares;
    private final CircleJoins joins;
    private final CurrentUser currentUser;

    CircleResource(
            Circles circles, CircleMembers members, CircleShares shares, CircleJoins joins, CurrentUser currentUser) {
        this.circles = circles;
        this.members = members;
        this.shares = shares;
        this.joins = joins;
        this.currentUser = currentUser;
    }

    @GET
    @Operation(summary = "The circles you are in")
    public List<CircleView> list() {
        return circles.mine(me());
    }

    @POST
    @Operation(summary = "Start a circle; you are its owner")
    public Response create(CircleRequest request) {
        CircleView circle = circles.create(me(), request);
        return Response.created(URI.create(CircleRoutes.api(circle.id())))
                .entity(circle)
                .build();
    }

    @GET
    @Path(CircleRoutes.CIRCLE)
    @Operation(summary = "One of your circles")
    public CircleView get(@RestPath long id) {
        return circles.get(me(), id);
    }

    @PATCH
    @Path(CircleRoutes.CIRCLE)
    @Operation(summary = "Change a circle's name or description (organisers) or whether joining needs approval (owner)")
    public CircleView update(@RestPath long id, CircleRequest request) {
        return circles.update(me(), id, request);
    }

    @DELETE
    @Path(CircleRoutes.CIRCLE)
    @Operation(summary = "Close a circle (owner): its members, shares and invite links go with it")
    public void close(@RestPath long id) {
        circles.close(me(), id);
    }

    @GET
    @Path(CircleRoutes.MEMBERS)
    @Operation(summary = "The members, each with only the goals they share with this circle")
    public List<MemberView> members(@RestPath long id) {
        return members.list(me(), id);
    }

    @DELETE
    @Path(CircleRoutes.MEMBER)
    @Operation(summary = "Leave the circle (your own id), or remove a member (organisers)")
    public void remove(@RestPath long id, @RestPath long userId) {
        members.remove(me(), id, userId);
    }

    @PATCH
    @Path(CircleRoutes.MEMBER)
    @Operation(summary = "Change a member's role (owner); role owner hands the circle over")
    public MemberView changeRole(@RestPath long id, @RestPath long userId, RoleRequest request) {
        return members.changeRole(me(), id, userId, request == null ? null : request.role());
    }

    @POST
    @Path(CircleRoutes.APPROVE)
    @Operation(summary = "Let in someone who waits for approval (organisers)")
    public MemberView approve(@RestPath long id, @RestPath long userId) {
        return members.approve(me(), id, userId);
    }

    @PUT
    @Path(CircleRoutes.SHARES)
    @Operation(summary = "Choose which of your goals this circle sees")
    public List<CircleGoal> share(@RestPath long id, ShareRequest request) {
        return shares.share(me(), id, request == null ? null : request.goalIds());
    }

    @POST
    @Path(CircleRoutes.JOIN)
    @Operation(summary = "Join with an invite link's token: 201, or 202 when an organiser must approve first")
    public Response join(JoinRequest request) {
        CircleJoins.Joined joined = joins.join(me(), request == null ? null : request.token());
        if (joined.pending()) {
            return Response.accepted(joined.circle()).build();
        }
        if (joined.alreadyIn()) {
            return Response.ok(joined.circle()).build();
        }
        return Response.created(URI.create(CircleRoutes.api(joined.circle().id())))
                .entity(joined.circle())
                .build();
    }

    private long me() {
        return currentUser.get().id();
    }
}
