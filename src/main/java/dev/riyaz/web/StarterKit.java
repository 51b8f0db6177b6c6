package dev.riyaz.web;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Set;

import dev.riyaz.common.Messages;
import dev.riyaz.goal.GoalRequest;
import dev.riyaz.goal.GoalRequest.ScheduleJson;

/**
 * What the welcome flow offers a new account: starter goals and well-known free places to learn, each link naming
 * the starter goals it fits. The words shown for them live in messages.properties ({@code setup_goal_*},
 * {@code setup_link_*}).
 */
final class StarterKit {

    /** The most goals someone picks at the start: fewer goals are easier to keep. */
    static final int MAX_GOALS = 3;

    /** The value of the "write your own" choice among the goals. */
    static final String OWN = "own";

    /** A starter goal: the key the form posts and the goal it creates. */
    public record Goal(String key, GoalRequest request) {

        public String label() {
            return Messages.get("setup_goal_" + key);
        }

        public String hint() {
            return Messages.get("setup_goal_" + key + "_hint");
        }
    }

    /** A free place to learn: created as a resource attached to the starter goals it fits. */
    public record Link(String key, String title, String url, String kind, Set<String> fits) {

        public String description() {
            return Messages.get("setup_link_" + key);
        }

        public String kindLabel() {
            return Messages.get("setup_kind_" + kind);
        }

        public String host() {
            return URI.create(url).getHost().replaceFirst("^www\\.", "");
        }
    }

    static final List<Goal> GOALS = List.of(
            new Goal("python", measured("Python", 30, new ScheduleJson("weekly", 5, null, null))),
            new Goal("problem", check("One coding problem", new ScheduleJson("daily", null, null, null))),
            new Goal("docs", check("Read the docs", new ScheduleJson("weekly", 3, null, null))));

    static final List<Link> LINKS = List.of(
            new Link(
                    "python_tutorial",
                    "The Python Tutorial",
                    "https://docs.python.org/3/tutorial/",
                    "docs",
                    Set.of("python", "docs")),
            new Link(
                    "exercism",
                    "Exercism Python track",
                    "https://exercism.org/tracks/python",
                    "practice",
                    Set.of("python", "problem")),
            new Link(
                    "cs50",
                    "CS50's Introduction to Programming with Python",
                    "https://cs50.harvard.edu/python/",
                    "course",
                    Set.of("python")),
            new Link("freecodecamp", "freeCodeCamp", "https://www.freecodecamp.org/learn/", "course", Set.of("python")),
            new Link(
                    "mdn",
                    "MDN Learn web development",
                    "https://developer.mozilla.org/en-US/docs/Learn_web_development",
                    "docs",
                    Set.of("docs")),
            new Link("euler", "Project Euler", "https://projecteuler.net/", "practice", Set.of("problem")));

    private StarterKit() {}

    /** A goal someone names themselves: done or not done, every day. */
    static GoalRequest own(String title) {
        return check(title, new ScheduleJson("daily", null, null, null));
    }

    private static GoalRequest measured(String title, int minutes, ScheduleJson schedule) {
        return new GoalRequest(
                title,
                null,
                "measured",
                "minutes",
                BigDecimal.valueOf(minutes),
                schedule,
                null,
                null,
                null,
                null,
                null);
    }

    private static GoalRequest check(String title, ScheduleJson schedule) {
        return new GoalRequest(title, null, "check", null, null, schedule, null, null, null, null, null);
    }
}
