package dev.riyaz.transfer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.riyaz.common.ApiException;
import dev.riyaz.goal.GoalRequest;
import dev.riyaz.practice.EntryRequest;
import dev.riyaz.reminder.ReminderRequest;
import dev.riyaz.resource.ResourceRequest;

/**
 * Reads a Riyaz export ({@code {"format": "riyaz-export", "version": 1, ...}}) into an import plan. Ids in the file
 * tie entries, reminders and resources to their goals; timestamps and counts are the server's and are not read.
 */
@ApplicationScoped
class RiyazExportReader {

    static final String FORMAT = "riyaz-export";
    static final int VERSION = 1;

    private final ObjectMapper json;

    RiyazExportReader(ObjectMapper json) {
        this.json = json;
    }

    public ImportPlan read(byte[] body) {
        JsonNode root = root(body);
        Rows rows = new Rows();
        Map<Long, ImportPlan.PlannedGoal> goals = goals(root, rows);
        for (Indexed node : rows.of(root, "entries")) {
            EntryRequest entry = rows.value(node, EntryRequest.class);
            ImportPlan.PlannedGoal goal = rows.goal(node, goals);
            if (entry != null && goal != null) {
                goal.entries().add(new ImportPlan.Row<>(node.where(), entry));
            }
        }
        for (Indexed node : rows.of(root, "reminders")) {
            ReminderRequest reminder = rows.value(node, ReminderRequest.class);
            ImportPlan.PlannedGoal goal = rows.goal(node, goals);
            if (reminder != null && goal != null) {
                goal.reminders().add(new ImportPlan.Row<>(node.where(), reminder));
            }
        }
        List<ImportPlan.PlannedResource> resources = resources(root, rows);
        rows.throwIfAny();
        return new ImportPlan("Riyaz", List.copyOf(goals.values()), resources, new ArrayList<>());
    }

    /** The file as JSON, if it is a Riyaz export of a version this server reads. */
    private JsonNode root(byte[] body) {
        ImportLimits.checkRiyazExport(body);
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (IOException e) {
            throw new ApiException(400, "Bad request", "This is not readable JSON: " + firstLine(e.getMessage()));
        }
        if (root == null
                || !root.isObject()
                || !FORMAT.equals(root.path("format").asText())) {
            throw ApiException.invalid("format", "This is not a Riyaz export: it needs \"format\": \"riyaz-export\".");
        }
        if (root.path("version").asInt() != VERSION) {
            throw ApiException.invalid("version", "This Riyaz can read exports of version 1 only.");
        }
        return root;
    }

    /** The goals by their id in the file, in the file's order; their place is given anew when written. */
    private static Map<Long, ImportPlan.PlannedGoal> goals(JsonNode root, Rows rows) {
        Map<Long, ImportPlan.PlannedGoal> goals = new LinkedHashMap<>();
        for (Indexed node : rows.of(root, "goals")) {
            GoalRequest goal = rows.value(node, GoalRequest.class);
            if (goal == null) {
                continue;
            }
            GoalRequest placed = new GoalRequest(
                    goal.title(),
                    goal.description(),
                    goal.kind(),
                    goal.unit(),
                    goal.dailyTarget(),
                    goal.schedule(),
                    goal.startDate(),
                    goal.color(),
                    goal.tags(),
                    goal.archived(),
                    null);
            long id = rows.id(node);
            if (goals.containsKey(id)) {
                rows.problem(node.where() + ".id", "Two goals have the same id.");
                continue;
            }
            goals.put(id, new ImportPlan.PlannedGoal(node.where(), id, placed, new ArrayList<>(), new ArrayList<>()));
        }
        return goals;
    }

    private static List<ImportPlan.PlannedResource> resources(JsonNode root, Rows rows) {
        List<ImportPlan.PlannedResource> resources = new ArrayList<>();
        for (Indexed node : rows.of(root, "resources")) {
            ResourceRequest resource = rows.value(node, ResourceRequest.class);
            if (resource != null) {
                resources.add(new ImportPlan.PlannedResource(node.where(), rows.id(node), resource));
            }
        }
        return resources;
    }

    private record Indexed(String where, JsonNode node) {}

    /** Reads rows, collecting every problem before giving up. */
    private final class Rows {

        private final List<dev.riyaz.common.Problem.FieldError> problems = new ArrayList<>();

        List<Indexed> of(JsonNode root, String name) {
            JsonNode list = root.path(name);
            if (list.isMissingNode() || list.isNull()) {
                return List.of();
            }
            if (!list.isArray()) {
                problem(name, "Must be a list.");
                return List.of();
            }
            List<Indexed> out = new ArrayList<>(list.size());
            for (int i = 0; i < list.size(); i++) {
                JsonNode node = list.get(i);
                String where = name + "[" + i + "]";
                if (!node.isObject()) {
                    problem(where, "Must be an object.");
                } else {
                    out.add(new Indexed(where, node));
                }
            }
            return out;
        }

        <T> T value(Indexed row, Class<T> type) {
            try {
                return json.treeToValue(row.node(), type);
            } catch (JsonProcessingException e) {
                String field = e instanceof com.fasterxml.jackson.databind.JsonMappingException mapping
                                && !mapping.getPath().isEmpty()
                        ? "." + mapping.getPath().get(0).getFieldName()
                        : "";
                problem(row.where() + field, "This value has the wrong type or form.");
                return null;
            }
        }

        long id(Indexed row) {
            JsonNode id = row.node().path("id");
            if (!id.canConvertToLong()) {
                problem(row.where() + ".id", "Each row needs its id from the export.");
                return -1 - problems.size();
            }
            return id.asLong();
        }

        ImportPlan.PlannedGoal goal(Indexed row, Map<Long, ImportPlan.PlannedGoal> goals) {
            JsonNode id = row.node().path("goalId");
            ImportPlan.PlannedGoal goal = id.canConvertToLong() ? goals.get(id.asLong()) : null;
            if (goal == null) {
                problem(row.where() + ".goalId", "Names a goal that is not in the file.");
            }
            return goal;
        }

        void problem(String where, String message) {
            if (problems.size() < Importer.MAX_PROBLEMS) {
                problems.add(new dev.riyaz.common.Problem.FieldError(where, message));
            }
        }

        void throwIfAny() {
            if (!problems.isEmpty()) {
                throw dev.riyaz.common.Validation.invalid(problems);
            }
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
