package dev.riyaz.resource;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.riyaz.account.AuthenticatedUser;
import dev.riyaz.common.ApiException;
import dev.riyaz.common.Bounds;
import dev.riyaz.common.Tags;
import dev.riyaz.goal.GoalService;

/** The resource library: saving links, attaching them to goals, changing and deleting them. */
@ApplicationScoped
public class ResourceService {

    /** How a list is narrowed and ordered; every field may be null. */
    public record Filter(Long goalId, String status, String kind, String tag, String text, String sort) {

        /** The longest search text: longer than any title a resource may have. */
        static final int MAX_TEXT = 200;

        /** Search words and a tag are bounded before any query runs (the API's {@code q}, the page's search box). */
        public Filter {
            Bounds.text("q", text, MAX_TEXT);
            Bounds.text("tag", tag, Tags.MAX_LENGTH);
            Bounds.text("status", status, MAX_TEXT);
            Bounds.text("kind", kind, MAX_TEXT);
            Bounds.text("sort", sort, MAX_TEXT);
        }

        public static Filter none() {
            return new Filter(null, null, null, null, null, null);
        }
    }

    static final int MAX_GOALS = 50;

    private final GoalService goals;
    private final Clock clock;

    ResourceService(GoalService goals, Clock clock) {
        this.goals = goals;
        this.clock = clock;
    }

    /** The owner's resources, most recently used first unless the filter sorts otherwise. */
    @Transactional
    public List<ResourceView> list(long ownerId, Filter filter) {
        if (filter.goalId() != null) {
            goals.find(ownerId, filter.goalId());
        }
        List<Resource> found = Resource.listMatching(LibraryQuery.of(ownerId, filter));
        Map<String, Long> firsts = Resource.findDuplicateFirsts(ownerId);
        return found.stream().map(r -> view(r, firsts)).toList();
    }

    /** How many resources the owner has saved. */
    @Transactional
    public long count(long ownerId) {
        return Resource.countForOwner(ownerId);
    }

    /** Every tag on the owner's resources, sorted. */
    @Transactional
    public List<String> tags(long ownerId) {
        return Resource.listTagsForOwner(ownerId);
    }

    /** The resource the owner already saved for this page, if any (another scheme or trailing slash aside). */
    @Transactional
    public Optional<ResourceView> saved(long ownerId, String url) {
        try {
            String key = Links.parse(url).key();
            return Resource.findFirstForOwnerByUrlKey(ownerId, key).map(this::view);
        } catch (Links.BadLink e) {
            return Optional.empty();
        }
    }

    @Transactional
    public ResourceView get(long ownerId, long id) {
        return view(find(ownerId, id));
    }

    /** Checks a resource without saving it (for checking a whole import first); throws a 422 listing every problem. */
    public void check(ResourceRequest request) {
        ResourceRules.apply(request, new Resource());
    }

    @Transactional
    public ResourceView create(AuthenticatedUser owner, ResourceRequest request) {
        Resource resource = new Resource();
        resource.ownerId = owner.id();
        resource.createdAt = clock.instant();
        ResourceRules.apply(request, resource);
        attach(resource, request.goalIds());
        resource.persist();
        // Where it started counts as the end of yesterday, so today's first steps already show in the pace.
        ResourceProgress.recordOf(resource, owner.today(clock).minusDays(1));
        return view(resource);
    }

    @Transactional
    public ResourceView replace(AuthenticatedUser owner, long id, ResourceRequest request) {
        Resource resource = find(owner.id(), id);
        Integer before = resource.progress;
        ResourceRules.apply(request, resource);
        attach(resource, request.goalIds());
        if (!java.util.Objects.equals(before, resource.progress)) {
            ResourceProgress.recordOf(resource, owner.today(clock));
        }
        return view(resource);
    }

    @Transactional
    public ResourceView patch(AuthenticatedUser owner, long id, ResourceRequest patch) {
        if (patch == null) {
            throw new ApiException(400, "Bad request", "A JSON body is required.");
        }
        Resource resource = find(owner.id(), id);
        return replace(owner, id, ResourceRequest.of(resource).overlay(patch));
    }

    /** Deletes the resource; practice that named it stays and simply names none. */
    @Transactional
    public void delete(long ownerId, long id) {
        find(ownerId, id).delete();
    }

    Resource find(long ownerId, long id) {
        return Resource.findForOwner(ownerId, id)
                .orElseThrow(() -> new ApiException(
                        404, "Not found", "We could not find that resource. It may have been deleted."));
    }

    /** Attaches exactly these goals; a goal that is not the owner's is a 404 and nothing changes. */
    private void attach(Resource resource, List<Long> goalIds) {
        if (goalIds == null) {
            return;
        }
        Set<Long> wanted = new LinkedHashSet<>(goalIds);
        if (wanted.size() > MAX_GOALS) {
            throw ApiException.invalid("goalIds", "Attach at most " + MAX_GOALS + " goals.");
        }
        if (goals.owned(resource.ownerId, wanted).size() < wanted.size()) {
            throw ApiException.notFound("goal");
        }
        resource.goalIds.retainAll(wanted);
        resource.goalIds.addAll(wanted);
    }

    ResourceView view(Resource resource) {
        return view(resource, Resource.findDuplicateFirsts(resource.ownerId));
    }

    static ResourceView view(Resource resource, Map<String, Long> firsts) {
        Long first = firsts.get(resource.urlKey);
        return ResourceView.of(resource, first == null || first.equals(resource.id) ? null : first);
    }
}
