package dev.riyaz.resource;

import java.util.List;

import jakarta.validation.constraints.Size;

import dev.riyaz.common.Tags;

/**
 * A resource as clients send it (create and replace). Omitted optional fields take defaults: a title from the link,
 * a kind guessed from the site, status {@code active} when attached to a goal and {@code todo} otherwise. For PATCH,
 * omitted fields keep their current value.
 */
public record ResourceRequest(
        String url,
        String title,
        String kind,
        String notes,
        @Size(max = Tags.MAX, message = "Use at most " + Tags.MAX + " tags.") List<String> tags,
        Integer length,
        Integer progress,
        String status,
        @Size(max = ResourceService.MAX_GOALS, message = "Attach at most " + ResourceService.MAX_GOALS + " goals.")
                List<Long> goalIds) {

    /** This request with every field the patch sets replaced. */
    ResourceRequest overlay(ResourceRequest patch) {
        return new ResourceRequest(
                pick(patch.url, url),
                pick(patch.title, title),
                pick(patch.kind, kind),
                pick(patch.notes, notes),
                pick(patch.tags, tags),
                pick(patch.length, length),
                pick(patch.progress, progress),
                pick(patch.status, status),
                pick(patch.goalIds, goalIds));
    }

    /** This request with another title. */
    ResourceRequest withTitle(String newTitle) {
        return new ResourceRequest(url, newTitle, kind, notes, tags, length, progress, status, goalIds);
    }

    static ResourceRequest of(Resource r) {
        return new ResourceRequest(
                r.url,
                r.title,
                r.kind.name(),
                r.notes,
                r.tagList(),
                r.length,
                r.progress,
                r.status.name(),
                List.copyOf(r.goalIds));
    }

    private static <T> T pick(T wanted, T current) {
        return wanted != null ? wanted : current;
    }
}
