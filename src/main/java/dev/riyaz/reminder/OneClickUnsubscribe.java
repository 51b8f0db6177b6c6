package dev.riyaz.reminder;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * {@code POST /u/{token}}: RFC 8058 one-click unsubscribe. Mail providers post {@code List-Unsubscribe=One-Click}
 * with no cookies and no form token, so this route sits in front of the REST layer and its form-token check: the
 * signed link itself is the proof. A post from the confirm page's button is sent on to the "done" page.
 */
@ApplicationScoped
class OneClickUnsubscribe {

    private final MailLinkService links;

    OneClickUnsubscribe(MailLinkService links) {
        this.links = links;
    }

    void install(@Observes Router router) {
        router.post(MailRoutes.unsubscribe(":token")).order(-10).blockingHandler(this::handle, false);
    }

    private void handle(RoutingContext context) {
        String token = context.pathParam("token");
        boolean done = links.unsubscribe(token);
        if (!done) {
            context.response()
                    .setStatusCode(404)
                    .putHeader("Content-Type", "text/plain; charset=utf-8")
                    .end("This link does not work. Sign in to Riyaz to change your mail settings.");
        } else if ("page".equals(context.request().getParam("from"))) {
            context.response()
                    .setStatusCode(303)
                    .putHeader("Location", MailRoutes.unsubscribed(token))
                    .end();
        } else {
            context.response()
                    .setStatusCode(200)
                    .putHeader("Content-Type", "text/plain; charset=utf-8")
                    .end("Unsubscribed.");
        }
    }
}
