package dev.riyaz.account;

import java.time.Clock;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestQuery;

import dev.riyaz.common.ApiException;
import dev.riyaz.common.FormState;
import dev.riyaz.common.Redirects;
import dev.riyaz.common.SiteRoutes;
import dev.riyaz.common.ZoneGuesses;
import dev.riyaz.common.ZonePicker;

/** Sign-up, log-in and log-out pages, and the goodbye after deleting an account. */
@Path(AccountRoutes.ROOT)
@Blocking
@Produces(MediaType.TEXT_HTML)
public class AccountPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance signup(FormState form, List<ZonePicker.ZoneGroup> zones, boolean open);

        static native TemplateInstance login(FormState form, String next, boolean loggedOut);

        static native TemplateInstance goodbye();
    }

    private final AccountService accounts;
    private final SessionService sessions;
    private final SessionCookies cookies;
    private final CurrentUser currentUser;
    private final Clock clock;

    AccountPages(
            AccountService accounts,
            SessionService sessions,
            SessionCookies cookies,
            CurrentUser currentUser,
            Clock clock) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.cookies = cookies;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @GET
    @Path(AccountRoutes.SIGNUP)
    public TemplateInstance signupPage(@RestHeader("Accept-Language") String languages) {
        return Templates.signup(FormState.empty(), zones(null, languages), accounts.registrationOpen());
    }

    /** Without JavaScript the zone starts as a guess from the browser's languages; with it, riyaz.js refines it. */
    private List<ZonePicker.ZoneGroup> zones(String chosen, String languages) {
        return ZonePicker.groups(
                chosen, ZoneGuesses.fromAcceptLanguage(languages).orElse(null), clock.instant());
    }

    @POST
    @Path(AccountRoutes.SIGNUP)
    public Response signup(
            @RestForm String email,
            @RestForm String displayName,
            @RestForm String password,
            @RestForm String timeZone,
            @RestHeader("Accept-Language") String languages,
            @Context UriInfo uri) {
        try {
            SessionService.NewSession session =
                    accounts.signUpAndLogIn(new AccountRequests.SignUp(email, password, displayName, timeZone));
            return Response.seeOther(java.net.URI.create(SiteRoutes.welcome()))
                    .cookie(cookies.issue(session, uri))
                    .build();
        } catch (ApiException e) {
            FormState form = FormState.empty()
                    .with("email", email)
                    .with("displayName", displayName)
                    .with("timeZone", timeZone)
                    .failed(e);
            return Response.status(e.status())
                    .entity(Templates.signup(form, zones(timeZone, languages), accounts.registrationOpen()))
                    .build();
        }
    }

    @GET
    @Path(AccountRoutes.LOGIN)
    public Response loginPage(@RestQuery String next, @RestQuery boolean loggedOut) {
        if (currentUser.signedIn()) {
            return Redirects.to(Redirects.local(next, SiteRoutes.home()));
        }
        return Response.ok(Templates.login(FormState.empty(), Redirects.local(next, SiteRoutes.home()), loggedOut))
                .build();
    }

    @POST
    @Path(AccountRoutes.LOGIN)
    public Response login(
            @RestForm String email, @RestForm String password, @RestForm String next, @Context UriInfo uri) {
        try {
            SessionService.NewSession session = sessions.logIn(email, password);
            return Response.seeOther(java.net.URI.create(Redirects.local(next, SiteRoutes.home())))
                    .cookie(cookies.issue(session, uri))
                    .build();
        } catch (ApiException e) {
            FormState form = FormState.empty().with("email", email).message(e.getMessage());
            Response.ResponseBuilder answer = Response.status(e.status())
                    .entity(Templates.login(form, Redirects.local(next, SiteRoutes.home()), false));
            e.headers().forEach((name, value) -> {
                if (name.equals("Retry-After")) {
                    answer.header(name, value);
                }
            });
            return answer.build();
        }
    }

    /** After deleting an account: signed out, and told plainly that nothing of it is left. */
    @GET
    @Path(AccountRoutes.GOODBYE)
    public TemplateInstance goodbye() {
        return Templates.goodbye();
    }

    @POST
    @Path(AccountRoutes.LOGOUT)
    public Response logout(@Context UriInfo uri) {
        currentUser.find().ifPresent(sessions::logOut);
        return Response.seeOther(java.net.URI.create(AccountRoutes.login() + "?loggedOut=true"))
                .cookie(cookies.clear(uri))
                .header(SessionCookies.CLEAR_SITE_DATA, SessionCookies.CLEAR_KEPT_PAGES)
                .build();
    }
}
