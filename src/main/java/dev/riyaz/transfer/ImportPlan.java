package dev.riyaz.transfer;

import java.util.List;

import dev.riyaz.goal.GoalRequest;
import dev.riyaz.practice.EntryRequest;
import dev.riyaz.reminder.ReminderRequest;
import dev.riyaz.resource.ResourceRequest;

/**
 * What an import file holds, read but not yet written: goals with their practice and reminders, resources, and what
 * will be left out and why. Ids are the file's own; they are mapped to new ones when written. Every row says where it
 * came from, so a problem can name the row.
 */
public record ImportPlan(String source, List<PlannedGoal> goals, List<PlannedResource> resources, List<Note> dropped) {

    /** A row of the file and where it is: "entries[12]", "001 Python/Checkmarks.csv, line 5". */
    public record Row<T>(String where, T value) {}

    /** A goal and what belongs to it; {@code fileId} is the goal's id in the file (null when it has none). */
    public record PlannedGoal(
            String where,
            Long fileId,
            GoalRequest goal,
            List<Row<EntryRequest>> entries,
            List<Row<ReminderRequest>> reminders) {}

    /** A resource; its {@code goalIds} and the practice naming {@code fileId} use the file's ids. */
    public record PlannedResource(String where, long fileId, ResourceRequest resource) {}

    /** Something in the file that will not be imported, or imported differently, and why. */
    public record Note(String where, String why) {}

    public int entryCount() {
        return goals.stream().mapToInt(g -> g.entries().size()).sum();
    }

    public int reminderCount() {
        return goals.stream().mapToInt(g -> g.reminders().size()).sum();
    }
}
