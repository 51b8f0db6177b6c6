package dev.riyaz.goal;

import java.time.LocalDate;

import io.quarkus.qute.TemplateExtension;

import dev.riyaz.common.RoutePaths;

/**
 * Where the goal pages live. {@code ROOT} is {@link GoalPages}' {@code @Path}, the others its methods' (relative to
 * it); templates build the addresses as {@code {goals:edit(goal.id)}}.
 */
@TemplateExtension(namespace = GoalRoutes.NAMESPACE)
public final class GoalRoutes {

    static final String NAMESPACE = "goals";

    public static final String ROOT = "/goals";
    public static final String NEW = "new";
    public static final String GOAL = "{id}";
    public static final String DAY = "{id}/days/{date}";
    public static final String EDIT = "{id}/edit";
    public static final String ARCHIVE = "{id}/archive";
    public static final String MOVE = "{id}/move";
    public static final String DELETE = "{id}/delete";

    /** The JSON API's goals, {@link GoalResource}'s {@code @Path}. */
    public static final String API_ROOT = "/api/v1/goals";

    private GoalRoutes() {}

    /** The list of goals. */
    public static String list() {
        return ROOT;
    }

    /** The form for a new goal. */
    public static String newGoal() {
        return RoutePaths.fill(ROOT, NEW);
    }

    /** One goal's page; the form for an existing goal posts here too. */
    public static String goal(long id) {
        return RoutePaths.fill(ROOT, GOAL, id);
    }

    public static String day(long id, LocalDate date) {
        return RoutePaths.fill(ROOT, DAY, id, date);
    }

    public static String edit(long id) {
        return RoutePaths.fill(ROOT, EDIT, id);
    }

    public static String archive(long id) {
        return RoutePaths.fill(ROOT, ARCHIVE, id);
    }

    public static String move(long id) {
        return RoutePaths.fill(ROOT, MOVE, id);
    }

    public static String delete(long id) {
        return RoutePaths.fill(ROOT, DELETE, id);
    }

    /** A goal in the JSON API, the {@code Location} of a created goal. */
    public static String apiGoal(long id) {
        return RoutePaths.fill(API_ROOT, GOAL, id);
    }
}
