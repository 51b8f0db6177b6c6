package dev.riyaz.resource;

import java.util.List;

import org.jboss.resteasy.reactive.RestForm;

import dev.riyaz.common.FormState;
import dev.riyaz.common.FormValues;
import dev.riyaz.common.Tags;

/** The resource form's fields as the browser posts them. */
public class ResourceForm {

    @RestForm
    public String url;

    @RestForm
    public String title;

    @RestForm
    public String kind;

    @RestForm
    public String notes;

    @RestForm
    public String tags;

    @RestForm
    public String length;

    @RestForm
    public String progress;

    @RestForm
    public String status;

    @RestForm
    public List<String> goalIds;

    /** The id of the resource already saved for this link, sent back when the person chose to save it again. */
    @RestForm
    public String saveAnyway;

    /** Whether the person already saw that this link was saved as {@code existing} and chose to save it again. */
    boolean savesAgain(long existing) {
        return String.valueOf(existing).equals(saveAnyway);
    }

    /** The same request the JSON API takes; unreadable numbers become field errors. */
    ResourceRequest toRequest() {
        return new ResourceRequest(
                url,
                title,
                FormValues.text(kind),
                notes == null ? "" : notes,
                Tags.typed(tags),
                FormValues.integer("length", length),
                FormValues.integer("progress", progress),
                FormValues.text(status),
                goalIds == null
                        ? List.of()
                        : goalIds.stream()
                                .map(id -> FormValues.id("goalIds", id, "Pick goals from the list."))
                                .toList());
    }

    /** The form as typed, to show again next to its errors. */
    FormState state() {
        FormState state = FormState.empty()
                .with("url", url)
                .with("title", title)
                .with("kind", kind)
                .with("notes", notes)
                .with("tags", tags)
                .with("length", length)
                .with("progress", progress)
                .with("status", status);
        if (goalIds != null) {
            goalIds.forEach(id -> state.with("goal-" + id, "on"));
        }
        return state;
    }

    /** A form filled with a resource's current values. */
    static FormState of(ResourceView r) {
        FormState state = FormState.empty()
                .with("url", r.url())
                .with("title", r.title())
                .with("kind", r.kind())
                .with("notes", r.notes())
                .with("tags", String.join(", ", r.tags()))
                .with("length", r.length())
                .with("progress", r.progress())
                .with("status", r.status());
        r.goalIds().forEach(id -> state.with("goal-" + id, "on"));
        return state;
    }

    /** A new resource, maybe with a link and title from the "Save to Riyaz" bookmarklet or a goal page. */
    static FormState fresh(String url, String title, Long goalId) {
        FormState state =
                FormState.empty().with("url", url).with("title", title).with("kind", "");
        if (goalId != null) {
            state.with("goal-" + goalId, "on");
        }
        return state;
    }
}
