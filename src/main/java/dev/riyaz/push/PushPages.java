package dev.riyaz.push;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.smallrye.common.annotation.Blocking;

import org.jboss.resteasy.reactive.RestPath;

import dev.riyaz.account.CurrentUser;
import dev.riyaz.account.SettingsRoutes;
import dev.riyaz.common.Redirects;

/** The Remove button of each device under Settings, Your devices: a form post that redirects back. */
@Path(PushRoutes.PAGES)
@Blocking
public class PushPages {

    private final PushDevices devices;
    private final CurrentUser currentUser;

    PushPages(PushDevices devices, CurrentUser currentUser) {
        this.devices = devices;
        this.currentUser = currentUser;
    }

    @POST
    @Path(PushRoutes.REMOVE)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response remove(@RestPath long id) {
        devices.remove(currentUser.get().id(), id);
        return Redirects.to(SettingsRoutes.settings() + "?notice=device_removed#devices-title");
    }
}
