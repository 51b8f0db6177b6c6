package dev.riyaz.share;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;

import org.jboss.resteasy.reactive.RestPath;

import dev.riyaz.common.Hashes;

/**
 * The addresses a shared goal gives out, open without logging in: the progress page {@code /p/{token}} and the badge
 * {@code /badge/{token}.svg}. An unknown, replaced or stopped token answers a plain 404, the same as any address that
 * does not exist; an id in place of the token is just an unknown token.
 */
@Path(ShareRoutes.PUBLIC_ROOT)
@Blocking
public class PublicPages {

    static final String SVG = "image/svg+xml";
    private static final String NOT_FOUND_SVG = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"0\" height=\"0\"/>";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance progress(SharedGoal shared);
    }

    private final SharedProgress shared;

    PublicPages(SharedProgress shared) {
        this.shared = shared;
    }

    @GET
    @Path(ShareRoutes.PUBLIC_PAGE)
    @Produces(MediaType.TEXT_HTML)
    public Response page(@RestPath String token) {
        SharedGoal goal = shared.page(token).orElseThrow(NotFoundException::new);
        return Response.ok(Templates.progress(goal))
                .header("X-Robots-Tag", "noindex")
                .header("Cache-Control", "no-cache")
                .build();
    }

    /** For READMEs: caches (GitHub's image proxy too) may keep it 5 minutes, then ask again with its ETag. */
    @GET
    @Path(ShareRoutes.BADGE)
    @Produces(SVG)
    public Response badge(@RestPath String token, @Context Request request) {
        return shared.badge(token).map(svg -> cached(svg, request)).orElseGet(() -> Response.status(404)
                .type(SVG)
                .entity(NOT_FOUND_SVG)
                .header("Cache-Control", "no-store")
                .build());
    }

    private static Response cached(String svg, Request request) {
        EntityTag tag = new EntityTag(Hashes.sha256(svg).substring(0, 32));
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        Response.ResponseBuilder answer = unchanged != null ? unchanged : Response.ok(svg, SVG);
        return answer.tag(tag)
                .header("Cache-Control", "public, max-age=300")
                .header("X-Robots-Tag", "noindex")
                .build();
    }
}
