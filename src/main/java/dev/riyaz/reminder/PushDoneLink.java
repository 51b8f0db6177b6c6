package dev.riyaz.reminder;

import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.logging.Log;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import dev.riyaz.common.ApiException;
import dev.riyaz.common.Messages;
import dev.riyaz.common.Problem;

/**
 * {@code POST /p/log/{token}}: the Done button of a push reminder. The service worker posts here with no cookies, no
 * form token and no body, so, as the RFC 8058 one-click unsubscribe ({@link OneClickUnsubscribe}), this route sits in
 * front of the REST layer and the signed link itself is the proof ({@code common/CsrfGuard} lets exactly this path
 * through). It answers the worker in JSON: 201 {@code {logged: true}} the first time, 200 {@code {logged: true,
 * already: true}} after that (never a second entry), 404 for a link that is not a valid "log it" link, 422 for a day
 * that may not be logged (any more). Any other method finds no page here: a GET changes nothing.
 */
@ApplicationScoped
class PushDoneLink {

    private final MailLinkService links;

    PushDoneLink(MailLinkService links) {
        this.links = links;
    }

    void install(@Observes Router router) {
        router.post(MailRoutes.pushLog(":token")).order(-10).blockingHandler(this::handle, false);
    }

    private void handle(RoutingContext context) {
        String token = context.pathParam("token");
        try {
            Optional<Boolean> logged = links.logFromPush(token);
            if (logged.isEmpty()) {
                problem(context, Problem.of(404, "Not found", Messages.get("push_done_broken")));
            } else if (logged.get()) {
                answer(context, 201, Map.of("logged", true));
            } else {
                answer(context, 200, Map.of("logged", true, "already", true));
            }
        } catch (ApiException e) {
            if (e.status() == 409) {
                // Logged before from this link (or the mail's) with another amount: still once.
                answer(context, 200, Map.of("logged", true, "already", true));
            } else {
                problem(context, e.toProblem());
            }
        } catch (RuntimeException e) {
            Log.errorf(e, "Could not log practice from a push notification");
            problem(context, Problem.of(503, "Try again", Messages.get("push_done_later")));
        }
    }

    private static void answer(RoutingContext context, int status, Map<String, Object> body) {
        context.response()
                .setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .end(Json.encode(body));
    }

    private static void problem(RoutingContext context, Problem problem) {
        context.response()
                .setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .end(Json.encode(problem));
    }
}
