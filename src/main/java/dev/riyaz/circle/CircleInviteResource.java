package dev.riyaz.circle;

import java.net.URI;
import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

import dev.riyaz.account.CurrentUser;

/** A circle's invite links, for organisers (API.md, Circles). */
@Path(CircleRoutes.API + "/" + CircleRoutes.INVITES)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Circles")
public class CircleInviteResource {

    private final CircleInvites invites;
    private final CurrentUser currentUser;

    CircleInviteResource(CircleInvites invites, CurrentUser currentUser) {
        this.invites = invites;
        this.currentUser = currentUser;
    }

    @POST
    @Operation(summary = "Make an invite link; the answer is the only time its token is shown")
    public Response make(@RestPath long id, InviteRequest request) {
        InviteView invite = invites.make(currentUser.get().id(), id, request);
        return Response.created(URI.create(CircleRoutes.apiInvite(id, invite.id())))
                .entity(invite)
                .build();
    }

    @GET
    @Operation(summary = "The circle's invite links that were not revoked")
    public List<InviteView> list(@RestPath long id) {
        return invites.list(currentUser.get().id(), id);
    }

    @DELETE
    @Path("{inviteId}")
    @Operation(summary = "Revoke an invite link: it stops working at once")
    public void revoke(@RestPath long id, @RestPath long inviteId) {
        invites.revoke(currentUser.get().id(), id, inviteId);
    }
}
