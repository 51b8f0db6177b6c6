package dev.riyaz.resource;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Parameters;

import dev.riyaz.account.AuthenticatedUser;
import dev.riyaz.common.ApiException;
import dev.riyaz.common.Bounds;
import dev.riyaz.common.Tags;
import dev.riyaz.goal.GoalService;

/** The resource library: saving links, attaching them to goals, progress through them, and today's pick per goal. */
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

    /** A resource to practise with today, for one goal. */
    public record Pick(long goalId, long resourceId, String title, String url, String progressText) {}

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
        StringBuilder query = new StringBuilder("ownerId = :owner");
        Parameters params = Parameters.with("owner", ownerId);
        if (filter.goalId() != null) {
            goals.find(ownerId, filter.goalId());
            query.append(" and :goal member of goalIds");
            params.and("goal", filter.goalId());
        }
        if (filter.status() != null) {
            query.append(" and status = :status");
            params.and("status", parse(Resource.Status.class, "status", filter.status()));
        }
        if (filter.kind() != null) {
            query.append(" and kind = :kind");
            params.and("kind", parse(Resource.Kind.class, "kind", filter.kind()));
        }
        String tag = searchable(filter.tag());
        if (tag != null) {
            query.append(" and concat(',', tags, ',') like :tag escape '\\'");
            params.and("tag", "%," + likeEscape(tag) + ",%");
        }
        String text = searchable(filter.text());
        if (text != null) {
            query.append(" and (lower(title) like :text escape '\\' or lower(url) like :text escape '\\'"
                    + " or lower(notes) like :text escape '\\' or tags like :text escape '\\')");
            params.and("text", "%" + likeEscape(text) + "%");
        }
        query.append(order(filter.sort()));
        List<Resource> found = Resource.list(query.toString(), params);
        Map<String, Long> firsts = duplicateFirsts(ownerId);
        return found.stream().map(r -> view(r, firsts)).toList();
    }

    /** How many resources the owner has saved. */
    @Transactional
    public long count(long ownerId) {
        return Resource.count("ownerId", ownerId);
    }

    /** Every tag on the owner's resources, sorted. */
    @Transactional
    public List<String> tags(long ownerId) {
        return Resource.getEntityManager()
                .createQuery(
                        "select distinct r.tags from Resource r where r.ownerId = ?1 and r.tags <> ''", String.class)
                .setParameter(1, ownerId)
                .getResultList()
                .stream()
                .flatMap(tags -> dev.riyaz.common.Tags.list(tags).stream())
                .distinct()
                .sorted()
                .toList();
    }

    /** The resource the owner already saved for this page, if any (another scheme or trailing slash aside). */
    @Transactional
    public Optional<ResourceView> saved(long ownerId, String url) {
        try {
            String key = Links.parse(url).key();
            return Resource.<Resource>find("ownerId = ?1 and urlKey = ?2 order by id", ownerId, key)
                    .firstResultOptional()
                    .map(this::view);
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
        if (resource.progress != null) {
            ResourceProgress.record(resource.id, owner.today(clock).minusDays(1), resource.progress);
        }
        return view(resource);
    }

    @Transactional
    public ResourceView replace(AuthenticatedUser owner, long id, ResourceRequest request) {
        Resource resource = find(owner.id(), id);
        Integer before = resource.progress;
        ResourceRules.apply(request, resource);
        attach(resource, request.goalIds());
        if (!java.util.Objects.equals(before, resource.progress)) {
            recordProgress(owner, resource);
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

    /**
     * Moves progress on by {@code by} parts (never past the length or below 0); reaching the length marks it done. A
     * step is a use, so the next resource becomes today's pick.
     */
    @Transactional
    public ResourceView step(AuthenticatedUser owner, long id, int by) {
        Resource resource = find(owner.id(), id);
        Resource.getEntityManager().lock(resource, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        int now = (resource.progress == null ? 0 : resource.progress) + by;
        if (resource.length != null) {
            now = Math.min(now, resource.length);
        }
        resource.progress = Math.max(0, Math.min(now, ResourceRules.PARTS_MAX));
        if (resource.length != null && resource.progress.equals(resource.length)) {
            resource.status = Resource.Status.done;
        } else if (resource.status == Resource.Status.todo) {
            resource.status = Resource.Status.active;
        }
        resource.lastStepAt = clock.instant();
        resource.lastUsedAt = resource.lastStepAt;
        recordProgress(owner, resource);
        return view(resource);
    }

    /** The pace through this resource and its projected finish, if it has a length and recent progress. */
    @Transactional
    public Optional<Pace> pace(AuthenticatedUser owner, long id) {
        Resource resource = find(owner.id(), id);
        List<Pace.Point> history = ResourceProgress.history(id).stream()
                .map(p -> new Pace.Point(p.date, p.progress))
                .toList();
        return Pace.of(history, resource.progress, resource.length, owner.today(clock));
    }

    /**
     * Active resources with their goals, per goal the least recently used first. The order spells out where never-used
     * rows go: H2 runs with DEFAULT_NULL_ORDERING=HIGH (as PostgreSQL) while Hibernate's H2 dialect assumes low nulls
     * and drops an explicit "nulls first".
     */
    private static final String PICKS = "select g, r from Resource r join r.goalIds g join Goal goal on goal.id = g "
            + "where goal.ownerId = r.ownerId and r.status = :active and %s "
            + "order by g, case when r.lastUsedAt is null then 0 else 1 end, r.lastUsedAt, r.createdAt, r.id";

    /** Today's pick for each of the owner's goals that has an active resource. */
    @Transactional
    public Map<Long, Pick> picks(long ownerId) {
        return picks(String.format(PICKS, "r.ownerId = :scope"), ownerId);
    }

    /** Today's pick for each of these goals (of any owners: the goals come from owner-checked rows). */
    @Transactional
    public Map<Long, Pick> picksForGoals(Collection<Long> goalIds) {
        return goalIds.isEmpty() ? Map.of() : picks(String.format(PICKS, "g in :scope"), goalIds);
    }

    private static Map<Long, Pick> picks(String query, Object scope) {
        List<Object[]> rows = Resource.getEntityManager()
                .createQuery(query, Object[].class)
                .setParameter("active", Resource.Status.active)
                .setParameter("scope", scope)
                .getResultList();
        Map<Long, Pick> picks = new LinkedHashMap<>();
        for (Object[] row : rows) {
            long goalId = (Long) row[0];
            Resource r = (Resource) row[1];
            picks.putIfAbsent(
                    goalId, new Pick(goalId, r.id, r.title, r.url, ResourceView.progressText(r.progress, r.length)));
        }
        return picks;
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

    private void recordProgress(AuthenticatedUser owner, Resource resource) {
        if (resource.progress != null) {
            ResourceProgress.record(resource.id, owner.today(clock), resource.progress);
        }
    }

    private ResourceView view(Resource resource) {
        return view(resource, duplicateFirsts(resource.ownerId));
    }

    static ResourceView view(Resource resource, Map<String, Long> firsts) {
        Long first = firsts.get(resource.urlKey);
        return ResourceView.of(resource, first == null || first.equals(resource.id) ? null : first);
    }

    /** For each page saved more than once, the id it was first saved under. */
    private static Map<String, Long> duplicateFirsts(long ownerId) {
        Map<String, Long> firsts = new HashMap<>();
        Resource.getEntityManager()
                .createQuery(
                        "select r.urlKey, min(r.id) from Resource r where r.ownerId = ?1 "
                                + "group by r.urlKey having count(r) > 1",
                        Object[].class)
                .setParameter(1, ownerId)
                .getResultList()
                .forEach(row -> firsts.put((String) row[0], (Long) row[1]));
        return firsts;
    }

    private static String order(String sort) {
        if (sort == null || sort.equals("used")) {
            return " order by case when lastUsedAt is null then 1 else 0 end, lastUsedAt desc, createdAt desc, id desc";
        }
        return switch (sort) {
            case "new" -> " order by createdAt desc, id desc";
            case "title" -> " order by lower(title), id";
            default -> throw new ApiException(400, "Bad request", "Use sort=used, sort=new or sort=title.");
        };
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            String names = ResourceRules.names(type.getEnumConstants());
            throw new ApiException(
                    400, "Bad request", "Use " + field + "=" + names.replace(", ", ", " + field + "=") + ".");
        }
    }

    /** Search words as typed, lower case, without invisible characters; null when nothing is left. */
    private static String searchable(String text) {
        if (text == null) {
            return null;
        }
        String clean = text.replaceAll("\\p{Cntrl}", "").strip().toLowerCase(Locale.ROOT);
        return clean.isEmpty() ? null : clean;
    }

    private static String likeEscape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
