package dev.riyaz.reminder;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.riyaz.account.CurrentUser;

/** The signed-in person's mail settings. */
@Path("/api/v1/me/mail")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Reminders")
public class MailSettingsResource {

    private final MailSettingsService settings;
    private final CurrentUser currentUser;

    MailSettingsResource(MailSettingsService settings, CurrentUser currentUser) {
        this.settings = settings;
        this.currentUser = currentUser;
    }

    @GET
    public MailSettings get() {
        return settings.get(currentUser.get().id());
    }

    @PATCH
    @Operation(
            summary = "Change mail settings: allMail, digest (off|daily), digestTime, weeklyReview, its day and time")
    public MailSettings patch(MailSettings patch) {
        return settings.patch(currentUser.get().id(), patch);
    }
}
