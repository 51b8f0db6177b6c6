package dev.riyaz.resource;

import java.util.Locale;

import io.quarkus.panache.common.Parameters;

import dev.riyaz.common.ApiException;

/**
 * A library filter as a query over the owner's resources: each field that is set narrows it, text is searched
 * case-blind in title, link, notes and tags, and the sort names the order. Unknown values are a 400.
 */
record LibraryQuery(String query, Parameters params) {

    /** The query for this filter; the goal in it must already be checked as the owner's. */
    static LibraryQuery of(long ownerId, ResourceService.Filter filter) {
        StringBuilder query = new StringBuilder("ownerId = :owner");
        Parameters params = Parameters.with("owner", ownerId);
        if (filter.goalId() != null) {
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
        return new LibraryQuery(query.toString(), params);
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
