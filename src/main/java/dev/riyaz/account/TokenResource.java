package dev.riyaz.account;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.security.UnauthorizedException;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;

/** Personal access tokens. Creating one also accepts HTTP Basic (e-mail and password), so scripts need no browser. */
@Path("/api/v1/tokens")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Tokens")
public class TokenResource {

    private static final String BASIC = "basic ";

    private final TokenService tokens;
    private final CurrentUser currentUser;
    private final Credentials credentials;

    TokenResource(TokenService tokens, CurrentUser currentUser, Credentials credentials) {
        this.tokens = tokens;
        this.currentUser = currentUser;
        this.credentials = credentials;
    }

    @POST
    @Operation(summary = "Create a token (the only time its secret is shown)")
    public Response create(
            @RestHeader(HttpHeaders.AUTHORIZATION) String authorization, TokenService.CreateTokenRequest request) {
        long userId = basicUser(authorization);
        TokenService.CreatedToken created = tokens.create(userId, request);
        // The answer holds the token's secret: no cache may keep it.
        return Response.created(URI.create("/api/v1/tokens/" + created.id()))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .entity(created)
                .build();
    }

    @GET
    @Operation(summary = "List tokens (without their secrets)")
    public List<TokenService.TokenView> list() {
        return tokens.list(currentUser.get().id());
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Revoke a token")
    public void revoke(@RestPath long id) {
        tokens.revoke(currentUser.get().id(), id);
    }

    private long basicUser(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            return currentUser.get().id();
        }
        String decoded;
        try {
            decoded = new String(
                    Base64.getDecoder()
                            .decode(authorization.substring(BASIC.length()).trim()),
                    StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new UnauthorizedException();
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            throw new UnauthorizedException();
        }
        return credentials.verify(decoded.substring(0, colon), decoded.substring(colon + 1)).id;
    }
}
