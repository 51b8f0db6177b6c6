package dev.riyaz.resource;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
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
import org.jboss.resteasy.reactive.RestQuery;

import dev.riyaz.account.CurrentUser;
import dev.riyaz.common.FormValues;
import dev.riyaz.common.QueryParams;

/** The resource library over JSON. */
@Path(LibraryRoutes.API_ROOT)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Resources")
public class LibraryResource {

    private final ResourceService resources;
    private final CurrentUser currentUser;

    LibraryResource(ResourceService resources, CurrentUser currentUser) {
        this.resources = resources;
        this.currentUser = currentUser;
    }

    @GET
    @Operation(
            summary = "List resources, most recently used first",
            description = "Narrow with goalId, status, kind, tag and q (text in title, link, notes or tags); "
                    + "sort=used (default), new or title.")
    public List<ResourceView> list(
            @RestQuery String goalId,
            @RestQuery String status,
            @RestQuery String kind,
            @RestQuery String tag,
            @RestQuery String q,
            @RestQuery String sort) {
        Long goal = goalId == null ? null : QueryParams.id("goalId", goalId);
        return resources.list(
                currentUser.get().id(),
                new ResourceService.Filter(
                        goal,
                        FormValues.text(status),
                        FormValues.text(kind),
                        FormValues.text(tag),
                        FormValues.text(q),
                        FormValues.text(sort)));
    }

    @POST
    @Operation(summary = "Save a resource")
    public Response create(@Valid ResourceRequest request) {
        ResourceView resource = resources.create(currentUser.get(), request);
        return Response.created(URI.create(LibraryRoutes.apiResource(resource.id())))
                .entity(resource)
                .build();
    }

    @GET
    @Path(LibraryRoutes.RESOURCE)
    public ResourceView get(@RestPath long id) {
        return resources.get(currentUser.get().id(), id);
    }

    @PUT
    @Path(LibraryRoutes.RESOURCE)
    @Operation(summary = "Replace a resource; omitted status and goalIds stay as they are")
    public ResourceView replace(@RestPath long id, @Valid ResourceRequest request) {
        return resources.replace(currentUser.get(), id, request);
    }

    @PATCH
    @Path(LibraryRoutes.RESOURCE)
    @Operation(summary = "Change some fields of a resource, e.g. progress or goalIds")
    public ResourceView patch(@RestPath long id, @Valid ResourceRequest request) {
        return resources.patch(currentUser.get(), id, request);
    }

    @DELETE
    @Path(LibraryRoutes.RESOURCE)
    @Operation(summary = "Delete a resource; practice that used it is kept")
    public void delete(@RestPath long id) {
        resources.delete(currentUser.get().id(), id);
    }
}
