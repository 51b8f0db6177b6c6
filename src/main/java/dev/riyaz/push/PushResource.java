package dev.riyaz.push;

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

/** Web Push for scripts and the service worker: the server's VAPID key and the person's devices (API.md). */
@Path(PushRoutes.API)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Push")
public class PushResource {

    /** The VAPID public key, what a browser subscribes with. */
    public record PublicKey(String publicKey) {}

    private final PushDevices devices;
    private final VapidKeys keys;
    private final CurrentUser currentUser;

    PushResource(PushDevices devices, VapidKeys keys, CurrentUser currentUser) {
        this.devices = devices;
        this.keys = keys;
        this.currentUser = currentUser;
    }

    @GET
    @Path(PushRoutes.KEY)
    @Operation(summary = "The VAPID public key (base64url) a browser subscribes with; no log-in needed")
    public PublicKey key() {
        return new PublicKey(keys.publicKey());
    }

    @POST
    @Path(PushRoutes.DEVICES)
    @Operation(summary = "Add this browser's push subscription (201), or update it when its endpoint is known (200)")
    public Response register(DeviceRequest request) {
        PushDevices.Registered registered = devices.register(currentUser.get().id(), request);
        if (!registered.created()) {
            return Response.ok(registered.device()).build();
        }
        return Response.created(URI.create(PushRoutes.device(registered.device().id())))
                .entity(registered.device())
                .build();
    }

    @GET
    @Path(PushRoutes.DEVICES)
    @Operation(summary = "List the devices that get push messages")
    public List<DeviceView> list() {
        return devices.list(currentUser.get().id());
    }

    @DELETE
    @Path(PushRoutes.DEVICE)
    @Operation(summary = "Remove a device: it gets no more push messages")
    public void remove(@RestPath long id) {
        devices.remove(currentUser.get().id(), id);
    }
}
