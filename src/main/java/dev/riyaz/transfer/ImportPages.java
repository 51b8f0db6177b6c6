package dev.riyaz.transfer;

import java.io.IOException;
import java.nio.file.Files;

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
import org.jboss.resteasy.reactive.multipart.FileUpload;

import dev.riyaz.account.AuthenticatedUser;
import dev.riyaz.account.CurrentUser;
import dev.riyaz.common.ApiException;
import dev.riyaz.common.Redirects;

/**
 * Bringing data in from a file: upload, see what is in it (and anything left out, and why), then import it with a
 * progress bar. Nothing is written until the person confirms, and then all of it or none.
 */
@Path(TransferRoutes.IMPORTS)
@Blocking
@Produces(MediaType.TEXT_HTML)
public class ImportPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance upload(ApiException problem);

        static native TemplateInstance show(ImportJobs.Preview preview);
    }

    private final ImportJobs jobs;
    private final CurrentUser currentUser;

    ImportPages(ImportJobs jobs, CurrentUser currentUser) {
        this.jobs = jobs;
        this.currentUser = currentUser;
    }

    @GET
    public TemplateInstance page() {
        currentUser.get();
        return Templates.upload(null);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@RestForm("file") FileUpload file) {
        AuthenticatedUser user = currentUser.get();
        try {
            if (file == null || file.uploadedFile() == null || file.size() == 0) {
                throw ApiException.invalid("file", "Choose a file to import.");
            }
            byte[] content = Files.readAllBytes(file.uploadedFile());
            ImportUpload kept = jobs.keep(user, file.fileName(), content);
            return Redirects.to(TransferRoutes.upload(kept.id));
        } catch (ApiException e) {
            return Response.status(e.status()).entity(Templates.upload(e)).build();
        } catch (IOException e) {
            return Response.status(400)
                    .entity(Templates.upload(new ApiException(400, "Bad request", "The file could not be read.")))
                    .build();
        }
    }

    @GET
    @Path(TransferRoutes.UPLOAD)
    public TemplateInstance show(@RestPath long id) {
        return Templates.show(jobs.preview(currentUser.get(), id));
    }

    @POST
    @Path(TransferRoutes.RUN)
    public Response run(@RestPath long id) {
        AuthenticatedUser user = currentUser.get();
        if (jobs.start(user, id)) {
            jobs.launch(user, id);
        }
        return Redirects.to(TransferRoutes.upload(id));
    }

    @POST
    @Path(TransferRoutes.CANCEL)
    public Response cancel(@RestPath long id) {
        jobs.cancel(currentUser.get(), id);
        return Redirects.to(TransferRoutes.imports());
    }
}
