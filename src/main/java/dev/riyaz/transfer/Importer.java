package dev.riyaz.transfer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.riyaz.account.AuthenticatedUser;
import dev.riyaz.common.ApiException;
import dev.riyaz.common.Problem.FieldError;
import dev.riyaz.common.Validation;
import dev.riyaz.goal.Goal;
import dev.riyaz.goal.GoalService;
import dev.riyaz.practice.EntryRequest;
import dev.riyaz.practice.PracticeImport;
import dev.riyaz.reminder.ReminderRequest;
import dev.riyaz.reminder.ReminderService;
import dev.riyaz.resource.ResourceRequest;
import dev.riyaz.resource.ResourceService;

/**
 * Writes an import plan into an account, all or nothing: every row is checked first and every problem is reported
 * with the row it is in; only a plan without problems is written, in one transaction.
 */
@ApplicationScoped
class Importer {

    /** Most problems listed at once; a file with more is mostly wrong anyway. */
    static final int MAX_PROBLEMS = 100;

    private final GoalService goals;
    private final PracticeImport practice;
    private final ReminderService reminders;
    private final ResourceService resources;

    Importer(GoalService goals, PracticeImport practice, ReminderService reminders, ResourceService resources) {
        this.goals = goals;
        this.practice = practice;
        this.reminders = reminders;
        this.resources = resources;
    }

    /** Checks every row without writing anything; throws a 422 naming each wrong row and why. */
    public void check(AuthenticatedUser owner, ImportPlan plan) {
        List<FieldError> problems = new ArrayList<>();
        Set<Long> resourceIds = checkResources(plan, problems);
        for (ImportPlan.PlannedGoal planned : plan.goals()) {
            checkGoal(owner, planned, resourceIds, problems);
            if (problems.size() >= MAX_PROBLEMS) {
                break;
            }
        }
        if (!problems.isEmpty()) {
            List<FieldError> shown = problems.size() > MAX_PROBLEMS ? problems.subList(0, MAX_PROBLEMS) : problems;
            throw Validation.invalid(shown);
        }
    }

    /** Checks the resources and the goals they name; answers the resources' ids in the file. */
    private Set<Long> checkResources(ImportPlan plan, List<FieldError> problems) {
        Set<Long> resourceIds = new HashSet<>();
        Set<Long> goalIds = new HashSet<>();
        for (ImportPlan.PlannedGoal planned : plan.goals()) {
            if (planned.fileId() != null) {
                goalIds.add(planned.fileId());
            }
        }
        for (ImportPlan.PlannedResource planned : plan.resources()) {
            resourceIds.add(planned.fileId());
            collect(problems, planned.where(), () -> resources.check(planned.resource()));
            List<Long> attached = planned.resource().goalIds();
            if (attached != null && attached.stream().anyMatch(id -> id == null || !goalIds.contains(id))) {
                problems.add(new FieldError(planned.where() + ".goalIds", "Names a goal that is not in the file."));
            }
        }
        return resourceIds;
    }

    /** Checks a goal, its practice (which may name the file's resources) and its reminders. */
    private void checkGoal(
            AuthenticatedUser owner, ImportPlan.PlannedGoal planned, Set<Long> resourceIds, List<FieldError> problems) {
        Goal draft;
        try {
            draft = goals.draft(owner, planned.goal());
        } catch (ApiException e) {
            add(problems, planned.where(), e);
            return;
        }
        for (ImportPlan.Row<EntryRequest> entry : planned.entries()) {
            collect(problems, entry.where(), () -> practice.check(owner, draft, entry.value(), resourceIds::contains));
            if (problems.size() >= MAX_PROBLEMS) {
                break;
            }
        }
        for (ImportPlan.Row<ReminderRequest> reminder : planned.reminders()) {
            collect(problems, reminder.where(), () -> reminders.check(reminder.value()));
        }
        if (planned.reminders().size() > ReminderService.MAX_PER_GOAL) {
            problems.add(new FieldError(
                    planned.where(), "A goal can have at most " + ReminderService.MAX_PER_GOAL + " reminders."));
        }
    }

    /**
     * Checks, then writes the plan in one transaction: goals, resources (attached to the new goals), practice (naming
     * the new resources), reminders. {@code progress} hears how many entries are written so far.
     */
    @Transactional
    public ImportCounts write(AuthenticatedUser owner, ImportPlan plan, IntConsumer progress) {
        check(owner, plan);
        Map<Long, Long> goalIds = new HashMap<>();
        List<Long> created = new ArrayList<>();
        for (ImportPlan.PlannedGoal planned : plan.goals()) {
            long id = goals.create(owner, planned.goal()).id();
            created.add(id);
            if (planned.fileId() != null) {
                goalIds.put(planned.fileId(), id);
            }
        }
        Map<Long, Long> resourceIds = new HashMap<>();
        for (ImportPlan.PlannedResource planned : plan.resources()) {
            ResourceRequest r = planned.resource();
            List<Long> attached = r.goalIds() == null
                    ? null
                    : r.goalIds().stream().map(goalIds::get).toList();
            ResourceRequest mapped = new ResourceRequest(
                    r.url(), r.title(), r.kind(), r.notes(), r.tags(), r.length(), r.progress(), r.status(), attached);
            resourceIds.put(planned.fileId(), resources.create(owner, mapped).id());
        }
        int entries = 0;
        int reminderCount = 0;
        for (int i = 0; i < plan.goals().size(); i++) {
            ImportPlan.PlannedGoal planned = plan.goals().get(i);
            long goalId = created.get(i);
            List<EntryRequest> rows =
                    planned.entries().stream().map(ImportPlan.Row::value).toList();
            entries += practice.importAll(owner, goalId, rows, resourceIds::get);
            progress.accept(entries);
            for (ImportPlan.Row<ReminderRequest> reminder : planned.reminders()) {
                reminders.create(owner, goalId, reminder.value());
                reminderCount++;
            }
        }
        return new ImportCounts(created.size(), entries, reminderCount, resourceIds.size());
    }

    private static void collect(List<FieldError> problems, String where, Runnable check) {
        try {
            check.run();
        } catch (ApiException e) {
            add(problems, where, e);
        }
    }

    private static void add(List<FieldError> problems, String where, ApiException e) {
        if (e.errors().isEmpty()) {
            problems.add(new FieldError(where, e.getMessage()));
        }
        e.errors().forEach(error -> problems.add(new FieldError(where + "." + error.field(), error.message())));
    }
}
