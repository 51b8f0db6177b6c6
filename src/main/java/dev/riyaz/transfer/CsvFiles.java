package dev.riyaz.transfer;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVPrinter;

import dev.riyaz.goal.GoalView;
import dev.riyaz.practice.EntryView;
import dev.riyaz.reminder.ReminderView;
import dev.riyaz.resource.ResourceView;

/**
 * The rows of the spreadsheet export. Text a person typed that starts like a formula ({@code =}, {@code +},
 * {@code -}, {@code @}) gets a leading apostrophe, so a spreadsheet shows it instead of running it.
 */
final class CsvFiles {

    private CsvFiles() {}

    static void goals(CSVPrinter out, List<GoalView> goals) throws IOException {
        out.printRecord(
                "id",
                "title",
                "description",
                "kind",
                "unit",
                "dailyTarget",
                "schedule",
                "startDate",
                "color",
                "tags",
                "archived",
                "position",
                "createdAt");
        for (GoalView g : goals) {
            var s = g.schedule();
            String schedule = s.type()
                    + (s.times() == null ? "" : " " + s.times())
                    + (s.every() == null ? "" : " " + s.every())
                    + (s.days() == null ? "" : " " + String.join(" ", s.days()));
            out.printRecord(
                    g.id(),
                    text(g.title()),
                    text(g.description()),
                    g.kind(),
                    text(g.unit()),
                    plain(g.dailyTarget()),
                    schedule,
                    g.startDate(),
                    g.color(),
                    text(String.join(", ", g.tags())),
                    g.archived(),
                    g.position(),
                    g.createdAt());
        }
        out.flush();
    }

    static void entryHeader(CSVPrinter out) throws IOException {
        out.printRecord(
                "id",
                "goalId",
                "goal",
                "date",
                "status",
                "amount",
                "unit",
                "note",
                "resourceId",
                "source",
                "createdAt");
    }

    static void entry(CSVPrinter out, EntryView e, GoalView goal) throws IOException {
        out.printRecord(
                e.id(),
                e.goalId(),
                text(goal == null ? null : goal.title()),
                e.date(),
                e.status(),
                plain(e.amount()),
                text(goal == null ? null : goal.unit()),
                text(e.note()),
                e.resourceId(),
                e.source(),
                e.createdAt());
    }

    static void reminders(CSVPrinter out, List<ReminderView> reminders, Map<Long, GoalView> goals) throws IOException {
        out.printRecord("id", "goalId", "goal", "time", "days", "onlyIfNotDone", "enabled", "nextFireAt");
        for (ReminderView r : reminders) {
            GoalView goal = goals.get(r.goalId());
            out.printRecord(
                    r.id(),
                    r.goalId(),
                    text(goal == null ? null : goal.title()),
                    r.time(),
                    String.join(" ", r.days()),
                    r.onlyIfNotDone(),
                    r.enabled(),
                    r.nextFireAt());
        }
        out.flush();
    }

    static void resources(CSVPrinter out, List<ResourceView> resources) throws IOException {
        out.printRecord(
                "id",
                "url",
                "title",
                "kind",
                "notes",
                "tags",
                "length",
                "progress",
                "status",
                "goalIds",
                "practiceCount",
                "lastUsedAt",
                "createdAt");
        for (ResourceView r : resources) {
            out.printRecord(
                    r.id(),
                    r.url(),
                    text(r.title()),
                    r.kind(),
                    text(r.notes()),
                    text(String.join(", ", r.tags())),
                    r.length(),
                    r.progress(),
                    r.status(),
                    String.join(" ", r.goalIds().stream().map(String::valueOf).toList()),
                    r.practiceCount(),
                    r.lastUsedAt(),
                    r.createdAt());
        }
        out.flush();
    }

    /** Text as typed, made safe to open in a spreadsheet. */
    static String text(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value
                : value;
    }

    private static String plain(BigDecimal number) {
        return number == null ? null : number.stripTrailingZeros().toPlainString();
    }
}
