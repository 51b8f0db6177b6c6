package dev.riyaz.account;

import java.time.Clock;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import dev.riyaz.common.ApiException;
import dev.riyaz.common.Choice;
import dev.riyaz.common.FormState;
import dev.riyaz.common.FormValues;
import dev.riyaz.common.Messages;
import dev.riyaz.common.Redirects;
import dev.riyaz.common.Weekdays;
import dev.riyaz.common.ZonePicker;

/** Settings: name, time zone, day-start hour, password, personal access tokens and deleting the account. */
@Path(SettingsRoutes.ROOT)
@Blocking
@Produces(MediaType.TEXT_HTML)
public class SettingsPages {

    /** Everything on the settings page; each form keeps its own values and errors. */
    public record Settings(
            AccountView account,
            FormState profile,
            FormState password,
            FormState token,
            FormState deletion,
            List<TokenService.TokenView> tokens,
            TokenService.CreatedToken created,
            String notice,
            String baseUrl) {

        /** The choices for the day-start hour: midnight to 6 in the morning. */
        public List<Integer> hours() {
            return List.of(0, 1, 2, 3, 4, 5, 6);
        }

        /** The days a week may start on. */
        public List<Choice> weekStarts() {
            return Weekdays.FIRST_DAY_CHOICES.stream()
                    .map(day -> new Choice(day, Messages.get("day_" + day)))
                    .toList();
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance settings(Settings page, List<ZonePicker.ZoneGroup> zones);
    }

    private final AccountService accounts;
    private final TokenService tokens;
    private final CurrentUser currentUser;
    private final SessionCookies cookies;
    private final Clock clock;

    SettingsPages(
            AccountService accounts,
            TokenService tokens,
            CurrentUser currentUser,
            SessionCookies cookies,
            Clock clock) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.currentUser = currentUser;
        this.cookies = cookies;
        this.clock = clock;
    }

    @GET
    public TemplateInstance show(@RestQuery String notice) {
        String text = Messages.notice(notice);
        return page(null, FormState.empty(), FormState.empty(), null, text);
    }

    @POST
    @Path(SettingsRoutes.PROFILE)
    public Response profile(
            @RestForm String displayName,
            @RestForm String timeZone,
            @RestForm String dayStartHour,
            @RestForm String firstDayOfWeek) {
        AuthenticatedUser user = currentUser.get();
        FormState form = FormState.empty()
                .with("displayName", displayName)
                .with("timeZone", timeZone)
                .with("dayStartHour", dayStartHour)
                .with("firstDayOfWeek", firstDayOfWeek);
        try {
            accounts.update(
                    user.id(),
                    new AccountRequests.Update(
                            displayName,
                            timeZone,
                            FormValues.integer("dayStartHour", dayStartHour),
                            FormValues.text(firstDayOfWeek)));
            return Redirects.to(SettingsRoutes.settings() + "?notice=profile_saved");
        } catch (ApiException e) {
            return Response.status(e.status())
                    .entity(page(form.failed(e), FormState.empty(), FormState.empty(), null, null))
                    .build();
        }
    }

    @POST
    @Path(SettingsRoutes.PASSWORD)
    public Response password(@RestForm String currentPassword, @RestForm String newPassword) {
        try {
            accounts.changePassword(
                    currentUser.get(), new AccountRequests.ChangePassword(currentPassword, newPassword));
            return Redirects.to(SettingsRoutes.settings() + "?notice=password_changed");
        } catch (ApiException e) {
            return Response.status(e.status())
                    .entity(page(null, FormState.empty().failed(e), FormState.empty(), null, null))
                    .build();
        }
    }

    @POST
    @Path(SettingsRoutes.TOKENS)
    public Response createToken(
            @RestForm String name, @RestForm String expiresInDays, @jakarta.ws.rs.core.Context UriInfo uri) {
        FormState form = FormState.empty().with("name", name).with("expiresInDays", expiresInDays);
        try {
            TokenService.CreatedToken created = tokens.create(
                    currentUser.get().id(),
                    new TokenService.CreateTokenRequest(name, FormValues.integer("expiresInDays", expiresInDays)));
            String base = uri.getBaseUri().toString().replaceAll("/$", "");
            return Response.ok(page(null, FormState.empty(), FormState.empty(), FormState.empty(), created, null, base))
                    .header("Cache-Control", "no-store")
                    .build();
        } catch (ApiException e) {
            return Response.status(e.status())
                    .entity(page(null, FormState.empty(), form.failed(e), null, null))
                    .build();
        }
    }

    @POST
    @Path(SettingsRoutes.REVOKE_TOKEN)
    public Response revoke(@RestPath long id) {
        tokens.revoke(currentUser.get().id(), id);
        return Redirects.to(SettingsRoutes.settings() + "?notice=token_revoked#tokens");
    }

    /**
     * Deletes the account after the password and the tick, ends the browser's session and says so on a page of its
     * own; a wrong password shows the form again with the reason next to the field, nothing deleted.
     */
    @POST
    @Path(SettingsRoutes.DELETE_ACCOUNT)
    public Response deleteAccount(
            @RestForm String password, @RestForm String confirmed, @jakarta.ws.rs.core.Context UriInfo uri) {
        try {
            accounts.delete(currentUser.get(), new AccountRequests.DeleteAccount(password, confirmed != null));
            return Response.seeOther(java.net.URI.create(AccountRoutes.goodbye()))
                    .cookie(cookies.clear(uri))
                    .header(SessionCookies.CLEAR_SITE_DATA, SessionCookies.CLEAR_KEPT_PAGES)
                    .build();
        } catch (ApiException e) {
            FormState form = FormState.empty().with("confirmed", confirmed == null ? "" : "on");
            Response.ResponseBuilder answer = Response.status(e.status())
                    .entity(page(null, FormState.empty(), FormState.empty(), form.failed(e), null, null, ""));
            e.headers().forEach((name, value) -> {
                if (name.equals("Retry-After")) {
                    answer.header(name, value);
                }
            });
            return answer.build();
        }
    }

    private TemplateInstance page(
            FormState profile, FormState password, FormState token, TokenService.CreatedToken created, String notice) {
        return page(profile, password, token, FormState.empty(), created, notice, "");
    }

    private TemplateInstance page(
            FormState profile,
            FormState password,
            FormState token,
            FormState deletion,
            TokenService.CreatedToken created,
            String notice,
            String baseUrl) {
        long userId = currentUser.get().id();
        AccountView account = accounts.get(userId);
        FormState profileForm = profile != null
                ? profile
                : FormState.empty()
                        .with("displayName", account.displayName())
                        .with("timeZone", account.timeZone())
                        .with("dayStartHour", account.dayStartHour())
                        .with("firstDayOfWeek", account.firstDayOfWeek());
        return Templates.settings(
                new Settings(
                        account, profileForm, password, token, deletion, tokens.list(userId), created, notice, baseUrl),
                ZonePicker.groups(profileForm.value("timeZone"), account.timeZone(), clock.instant()));
    }
}
