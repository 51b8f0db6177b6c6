package dev.riyaz.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;

/** Short help pages in plain words. */
@Path(WebRoutes.HELP_ROOT)
@Blocking
@Produces(MediaType.TEXT_HTML)
public class HelpPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance strength();
    }

    @GET
    @Path(WebRoutes.STRENGTH)
    public TemplateInstance strength() {
        return Templates.strength();
    }
}
