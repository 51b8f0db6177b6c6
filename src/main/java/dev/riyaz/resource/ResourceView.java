package dev.riyaz.resource;

import java.time.Instant;
import java.util.List;

import dev.riyaz.common.Messages;

/**
 * A resource as the API shows it. {@code duplicateOf} is the id of an older resource of the same person with the same
 * page (another scheme, {@code www.}, trailing slash or tracking parameters aside), or null.
 */
public record ResourceView(
        long id,
        String url,
        String title,
        String kind,
        String notes,
        List<String> tags,
        Integer length,
        Integer progress,
        String status,
        List<Long> goalIds,
        int practiceCount,
        Instant lastUsedAt,
        Instant createdAt,
        Long duplicateOf) {

    static ResourceView of(Resource r, Long duplicateOf) {
        return new ResourceView(
                r.id,
                r.url,
                r.title,
                r.kind.name(),
                r.notes,
                r.tagList(),
                r.length,
                r.progress,
                r.status.name(),
                r.goalIds.stream().sorted().toList(),
                r.practiceCount,
                r.lastUsedAt,
                r.createdAt,
                duplicateOf);
    }

    /** "7 of 24", "7 done", or null when there is nothing to count. */
    public String progressText() {
        return progressText(progress, length);
    }

    static String progressText(Integer progress, Integer length) {
        int done = progress == null ? 0 : progress;
        if (length != null) {
            return Messages.get("resource_progress_of", done, length);
        }
        return done == 0 ? null : Messages.get("resource_progress_done", done);
    }

    /** The site, as a short name for the link: "docs.python.org". */
    public String site() {
        String readable = Links.readable(url);
        int slash = readable.indexOf('/');
        return slash < 0 ? readable : readable.substring(0, slash);
    }

    public boolean finished() {
        return status.equals("done");
    }
}
