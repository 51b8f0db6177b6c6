package dev.riyaz.account;

import java.net.URI;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Sign-up and the signed-in person's own account. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Account")
public class AccountResource {

    private final AccountService accounts;
    private final CurrentUser currentUser;

    AccountResource(AccountService accounts, CurrentUser currentUser) {
        this.accounts = accounts;
        this.currentUser = currentUser;
    }

    @POST
    @Path("/account")
    @Operation(summary = "Create an account")
    public Response signUp(AccountRequests.SignUp request) {
        AccountView account = accounts.signUp(request);
        return Response.created(URI.create("/api/v1/me")).entity(account).build();
    }

    @GET
    @Path("/me")
    @Operation(summary = "The signed-in account")
    public AccountView me() {
        return accounts.get(currentUser.get().id());
    }

    @PATCH
    @Path("/me")
    @Operation(summary = "Change display name, time zone or day-start hour")
    public AccountView update(AccountRequests.Update request) {
        return accounts.update(currentUser.get().id(), request);
    }

    @DELETE
    @Path("/me")
    @Operation(
            summary = "Delete the account and everything in it",
            description = "Needs the password; afterwards the account's tokens and sessions get 401.")
    public Response delete(AccountRequests.Password request) {
        String password = request == null ? null : request.password();
        accounts.delete(currentUser.get(), new AccountRequests.DeleteAccount(password, true));
        return Response.noContent().build();
    }
}
