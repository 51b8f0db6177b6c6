package dev.riyaz.resource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import dev.riyaz.common.ApiException;
import dev.riyaz.common.Problem.FieldError;
import dev.riyaz.common.Tags;
import dev.riyaz.common.Validation;

/** Checks a resource request, collecting every problem in plain words, and copies valid values onto a resource. */
final class ResourceRules {

    static final int NOTES_MAX = 5000;
    static final int PARTS_MAX = 100_000;

    private final List<FieldError> errors = new ArrayList<>();

    private ResourceRules() {}

    /** Validates the request and writes it onto the resource (goals aside); throws a 422 listing every problem. */
    static void apply(ResourceRequest request, Resource resource) {
        if (request == null) {
            throw new ApiException(400, "Bad request", "A JSON body is required.");
        }
        ResourceRules rules = new ResourceRules();
        rules.copy(request, resource);
        if (!rules.errors.isEmpty()) {
            throw Validation.invalid(rules.errors);
        }
    }

    private void copy(ResourceRequest r, Resource resource) {
        try {
            Links.Link link = Links.parse(r.url());
            resource.url = link.url();
            resource.urlKey = link.key();
        } catch (Links.BadLink e) {
            error("url", e.getMessage());
        }
        resource.title = title(r.title(), resource.url);
        resource.kind = kind(r.kind(), resource.url);
        resource.notes = notes(r.notes());
        resource.tags = Tags.store(r.tags(), message -> error("tags", message));
        resource.length = parts("length", r.length(), 1);
        resource.progress = parts("progress", r.progress(), 0);
        if (resource.length != null && resource.progress != null && resource.progress > resource.length) {
            error("progress", "Progress can't be more than the length (" + resource.length + ").");
        }
        if (resource.length != null && resource.progress == null) {
            resource.progress = 0;
        }
        resource.status = status(r.status(), r.goalIds(), resource.status);
        if (r.goalIds() != null && r.goalIds().stream().anyMatch(java.util.Objects::isNull)) {
            error("goalIds", "List goals by their ids, like [12, 15].");
        }
    }

    private String title(String title, String url) {
        String clean =
                title == null ? "" : title.replaceAll("[\\s\\p{Cntrl}]+", " ").strip();
        if (clean.isEmpty()) {
            return url == null ? "" : Links.readable(url);
        }
        if (clean.length() > Resource.TITLE_MAX) {
            error("title", "Use at most " + Resource.TITLE_MAX + " characters.");
        }
        return clean;
    }

    private Resource.Kind kind(String kind, String url) {
        if (kind == null || kind.isBlank()) {
            return url == null ? Resource.Kind.other : LinkKinds.guess(url);
        }
        try {
            return Resource.Kind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            error("kind", "Use one of " + names(Resource.Kind.values()) + ".");
            return Resource.Kind.other;
        }
    }

    private String notes(String notes) {
        if (notes == null || notes.isBlank()) {
            return null;
        }
        String clean = notes.strip();
        if (clean.length() > NOTES_MAX) {
            error("notes", "Use at most " + NOTES_MAX + " characters.");
        } else if (clean.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            error("notes", "Remove control characters; only line breaks and tabs may be in notes.");
        }
        return clean;
    }

    private Integer parts(String field, Integer value, int min) {
        if (value != null && (value < min || value > PARTS_MAX)) {
            error(field, "Use a whole number from " + min + " to " + PARTS_MAX + ".");
        }
        return value;
    }

    /** The status sent; without one, a saved resource keeps its own and a new one starts by whether it has goals. */
    private Resource.Status status(String status, List<Long> goalIds, Resource.Status current) {
        if (status == null || status.isBlank()) {
            if (current != null) {
                return current;
            }
            return goalIds == null || goalIds.isEmpty() ? Resource.Status.todo : Resource.Status.active;
        }
        try {
            return Resource.Status.valueOf(status);
        } catch (IllegalArgumentException e) {
            error("status", "Use one of " + names(Resource.Status.values()) + ".");
            return Resource.Status.todo;
        }
    }

    /** "todo, active, paused, done": the names of an enum's values, for messages. */
    static String names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", "));
    }

    private void error(String field, String message) {
        errors.add(new FieldError(field, message));
    }
}
