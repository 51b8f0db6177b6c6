package dev.riyaz.common;

import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import dev.riyaz.goal.Units;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every message with a count reads right for 0, 1 and many ("0 of 3 days", "1 of 1 day", "3 of 5 days"), rendered
 * through {@link Messages#get}, the path {@code {m:key(n)}} takes in templates. A new message with a number in it
 * must be listed here, so its plurals get checked too.
 */
class PluralsTest {

    /** Argument {@code index} is a count; {@code min} 1 where the caller shows another message for 0. */
    record Count(int index, int min) {}

    /** A count message; {@code of}: its first count is "n of" its second, so never more than it. */
    record Spec(List<Count> counts, boolean of) {}

    private static final Map<String, Spec> COUNTS = Map.ofEntries(
            count("setup_error_own_long"),
            of("dashboard_summary", 0),
            count("dashboard_resting"),
            count("card_period_left_week"),
            count("card_period_left_month"),
            count("schedule_text_weekly"),
            count("schedule_text_monthly"),
            count("schedule_text_interval"),
            count("pictures_heatmap_desc"),
            count("overview_heatmap_desc"),
            count("overview_goals"),
            of("overview_row", 1), // no days planned: overview_row_unplanned
            count("overview_row_unplanned"),
            Map.entry("overview_trend_up", new Spec(List.of(new Count(0, 0), new Count(1, 0)), false)),
            Map.entry("overview_trend_down", new Spec(List.of(new Count(0, 0), new Count(1, 0)), false)),
            count("overview_trend_same"),
            Map.entry("overview_spark_week", new Spec(List.of(new Count(1, 0)), false)),
            count("tokens_expiry_days"),
            count("mail_digest_subject"),
            of("review_days", 1), // no days planned: review_days_unplanned
            count("review_days_unplanned"),
            of("review_cheer_most", 1), // only when something was planned
            Map.entry("review_cheer_some", new Spec(List.of(new Count(0, 1)), false)), // 0: review_cheer_none
            count("mailpage_retrying"),
            count("mailpage_failed"),
            of("resource_progress_of", 1), // only for a link with a length
            count("resource_progress_done"),
            of("library_showing", 1), // an empty library shows its empty state instead
            count("library_count"),
            count("resource_used_count"),
            count("resource_sessions_for"),
            count("import_resources"),
            Map.entry("import_confirm", new Spec(List.of(new Count(0, 0), new Count(1, 0)), false)),
            of("import_progress", 0),
            Map.entry(
                    "import_result",
                    new Spec(List.of(new Count(0, 0), new Count(1, 0), new Count(2, 0), new Count(3, 0)), false)),
            Map.entry("share_badge_days", new Spec(List.of(new Count(0, 1)), false)), // 0: share_badge_none
            Map.entry("share_badge_weeks", new Spec(List.of(new Count(0, 1)), false)),
            Map.entry("share_badge_months", new Spec(List.of(new Count(0, 1)), false)),
            count("goal_page_days"),
            count("goal_page_show_all"),
            // runs are at least 1 long; a run of 0 has sentences of its own
            Map.entry("streak_done_days", new Spec(List.of(new Count(0, 1)), false)),
            Map.entry("streak_open_days", new Spec(List.of(new Count(0, 1)), false)),
            Map.entry("streak_running_days", new Spec(List.of(new Count(0, 1)), false)),
            Map.entry("streak_period_done_weeks", new Spec(List.of(new Count(0, 1)), false)),
            Map.entry("streak_period_done_months", new Spec(List.of(new Count(0, 1)), false)),
            Map.entry("streak_period_keeps_weeks", new Spec(List.of(new Count(0, 1), new Count(1, 1)), false)),
            Map.entry("streak_period_keeps_months", new Spec(List.of(new Count(0, 1), new Count(1, 1)), false)),
            of("streak_period_so_far_weeks", 1),
            of("streak_period_so_far_months", 1),
            count("circle_error_description_long"),
            count("circle_error_name_long"),
            count("circle_error_too_many_shares"),
            Map.entry("circle_heat_day", new Spec(List.of(new Count(1, 1)), false)), // days without practice show none
            Map.entry("circle_heat_summary", new Spec(List.of(new Count(0, 0), new Count(1, 0)), false)),
            count("circle_invite_uses_left"),
            // runs are at least 1 long; without one the row shows habit strength
            Map.entry("circle_run_days", new Spec(List.of(new Count(0, 1)), false)),
            Map.entry("circle_run_weeks", new Spec(List.of(new Count(0, 1)), false)),
            Map.entry("circle_run_months", new Spec(List.of(new Count(0, 1)), false)),
            Map.entry("circle_last_run_days", new Spec(List.of(new Count(0, 1)), false)),
            Map.entry("circle_last_run_weeks", new Spec(List.of(new Count(0, 1)), false)),
            Map.entry("circle_last_run_months", new Spec(List.of(new Count(0, 1)), false)),
            count("circle_member_shares"),
            count("circle_members_action"),
            count("circle_practice_days"),
            Map.entry("circle_waiting_note", new Spec(List.of(new Count(0, 1)), false)), // only when someone waits
            of("circle_week", 1), // nothing planned: circle_week_free
            count("circle_week_free"),
            count("circles_member_count"));

    /** A count whose noun the caller passes in, already in the right form ({@link Units#unitFor}, a run's unit). */
    private static final Set<String> NOUN_FROM_CALLER = Set.of(
            "card_measured_done",
            "card_measured_left",
            "card_measured_so_far",
            "goal_target_measured",
            "review_amount",
            "githook_summary_measured",
            "githook_error_amount",
            "card_milestone",
            "review_streak");

    /** Numbers that are not counts of things: percentages, an average pace, lengths already in words. */
    private static final Set<String> NOT_COUNTS = Set.of(
            "public_strength",
            "review_strength_up",
            "review_strength_down",
            "review_strength_same",
            "resource_pace",
            "unsub_ask_goal", // {0} is the reminder's time
            "unsub_done_goal",
            "public_in_words",
            "share_badge_strength",
            "streak_strength",
            "streak_hours", // only from 120 minutes on: always 2 hours or more
            "circle_strength",
            "circle_error_expiresInDays"); // the limits of an invite link: always 1 and 30 days

    private static final String NOUNS =
            "(planned (goal )?)?(day|week|month|goal(?! days?\\b)|link|time|try|session|minute|hour|practice entry|entry|reminder"
                    + "|character)";
    private static final Pattern ONE_WITH_PLURAL = Pattern.compile(
            "\\b1 (planned (goal )?)?(days|weeks|months|goals|links|times|tries|sessions|minutes|hours|practice entries"
                    + "|entries|reminders|characters)\\b");
    private static final Pattern MANY_WITH_SINGULAR = Pattern.compile("\\b(0|[2-9]|\\d\\d+) " + NOUNS + "\\b");
    private static final Pattern NUMBER_PLACEHOLDER = Pattern.compile(
            "\\{\\d+,(choice|number)" + "|\\{\\d+\\}( of |%| more |-| \\{\\d+\\}| " + NOUNS + "s?\\b| done)");
    private static final int[] SAMPLES = {0, 1, 5};

    @Test
    void everyCountReadsRightForZeroOneAndMany() throws IOException {
        Properties messages = messages();
        List<String> wrong = new ArrayList<>();
        int rendered = 0;
        for (var entry : COUNTS.entrySet()) {
            assertThat(messages).as("listed count message exists").containsKey(entry.getKey());
            for (Object[] args : samples(entry.getValue())) {
                String text = Messages.get(entry.getKey(), args);
                rendered++;
                String problem = problem(text, entry.getValue(), args);
                if (problem != null) {
                    wrong.add(entry.getKey() + " " + List.of(args) + " -> \"" + text + "\": " + problem);
                }
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(rendered).isGreaterThan(COUNTS.size() * 2);
    }

    @Test
    void everyMessageWithANumberIsClassified() throws IOException {
        Set<String> unclassified = new TreeSet<>();
        messages().forEach((key, value) -> {
            if (NUMBER_PLACEHOLDER.matcher(value.toString()).find()
                    && !COUNTS.containsKey(key)
                    && !NOUN_FROM_CALLER.contains(key)
                    && !NOT_COUNTS.contains(key)) {
                unclassified.add(key.toString());
            }
        });
        assertThat(unclassified)
                .as("messages with a number: add them to COUNTS (and write their plurals), NOUN_FROM_CALLER or"
                        + " NOT_COUNTS")
                .isEmpty();
    }

    @Test
    void periodRowsReadNaturally() {
        assertThat(Messages.get("overview_row", 0, 3)).isEqualTo("0 of 3 days");
        assertThat(Messages.get("overview_row", 1, 1)).isEqualTo("1 of 1 day");
        assertThat(Messages.get("overview_row", 3, 5)).isEqualTo("3 of 5 days");
        assertThat(Messages.get("dashboard_summary", 0, 0)).isEqualTo("Nothing left for today");
        assertThat(Messages.get("overview_goals", 0)).isEqualTo("No goal counted");
        assertThat(Messages.get("library_count", 0)).isEqualTo("No links saved.");
    }

    @Test
    void nounsFromTheCallerFollowTheAmount() {
        assertThat(Messages.get("card_measured_left", "1", Units.unitFor(BigDecimal.ONE, "minutes")))
                .isEqualTo("1 more minute today");
        assertThat(Messages.get("goal_target_measured", "1", Units.unitFor(BigDecimal.ONE, "pages")))
                .isEqualTo("1 page a day");
        assertThat(Messages.get("review_amount", "0", Units.unitFor(BigDecimal.ZERO, "problems")))
                .isEqualTo("0 problems");
        assertThat(Messages.get("card_measured_done", "2.5", Units.unitFor(new BigDecimal("2.5"), "hours")))
                .isEqualTo("2.5 hours today. Well done!");
        assertThat(Units.unitFor(BigDecimal.ONE, null)).isNull();
    }

    private static String problem(String text, Spec spec, Object[] args) {
        boolean anyOne = spec.counts.stream().anyMatch(c -> args[c.index].equals(1));
        if (text.contains("{") || text.contains("}")) {
            return "a placeholder was left";
        }
        if (ONE_WITH_PLURAL.matcher(text).find()) {
            return "1 with a plural";
        }
        if (MANY_WITH_SINGULAR.matcher(text).find()) {
            return "0 or many with a singular";
        }
        if (text.contains("0 of 0")) {
            return "0 of 0";
        }
        if (!anyOne && Pattern.compile("\\b1\\b").matcher(text).find()) {
            return "a 1 that is not a count";
        }
        for (Count count : spec.counts) {
            if (args[count.index].equals(5) && !text.contains("5")) {
                return "the count " + count.index + " is not shown";
            }
        }
        return null;
    }

    private static List<Object[]> samples(Spec spec) {
        int size = spec.counts.stream().mapToInt(Count::index).max().orElse(0) + 2;
        List<Object[]> all = new ArrayList<>();
        all.add(filled(size));
        for (Count count : spec.counts) {
            List<Object[]> next = new ArrayList<>();
            for (Object[] args : all) {
                for (int n : SAMPLES) {
                    if (n >= count.min) {
                        Object[] copy = args.clone();
                        copy[count.index] = n;
                        next.add(copy);
                    }
                }
            }
            all = next;
        }
        if (spec.of) {
            int part = spec.counts.get(0).index;
            int whole = spec.counts.get(1).index;
            all.removeIf(args -> (Integer) args[part] > (Integer) args[whole]);
        }
        return all;
    }

    private static Object[] filled(int size) {
        Object[] args = new Object[size];
        java.util.Arrays.fill(args, "Python");
        return args;
    }

    private static Map.Entry<String, Spec> count(String key) {
        return Map.entry(key, new Spec(List.of(new Count(0, 0)), false));
    }

    private static Map.Entry<String, Spec> of(String key, int wholeMin) {
        return Map.entry(key, new Spec(List.of(new Count(0, 0), new Count(1, wholeMin)), true));
    }

    private static Properties messages() throws IOException {
        Properties messages = new Properties();
        try (var in = new InputStreamReader(
                PluralsTest.class.getResourceAsStream("/messages.properties"), StandardCharsets.UTF_8)) {
            messages.load(in);
        }
        return messages;
    }
}
