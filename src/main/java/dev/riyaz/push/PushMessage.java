package dev.riyaz.push;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What a push notification says, as the service worker reads it (API.md): {@code {title, body, url, actions?}}, where
 * the title or the body names the goal, {@code url} is opened on a tap, and each action is a button (such as "Done",
 * whose {@code url} is a signed link that logs practice).
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record PushMessage(String title, String body, String url, List<Action> actions) {

    /** A button on the notification. */
    public record Action(String action, String title, String url) {}

    public PushMessage(String title, String body, String url) {
        this(title, body, url, List.of());
    }
}
