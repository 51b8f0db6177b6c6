package dev.riyaz.account;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import dev.riyaz.testing.Rows;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Finds every row that belongs to one person, in every table, from what the database itself says about its tables
 * (nothing hard-coded): the person's own row is in the table that the {@code owner_id} / {@code user_id} columns point
 * at; a row of another table is theirs when one of its foreign keys (or an {@code owner_id} / {@code user_id} column)
 * points at a row that is theirs, or when it names their e-mail address (failed log-ins are kept by address).
 */
final class PersonRows {

    private static final Set<String> PERSON_COLUMNS = Set.of("owner_id", "user_id");

    /** One foreign key column: {@code table.column} points at {@code target.targetColumn}. */
    private record Reference(String table, String column, String target, String targetColumn) {}

    private final Rows rows;
    private final List<String> tables;
    private final Map<String, List<String>> columns = new HashMap<>();
    private final List<Reference> references = new ArrayList<>();
    private final String people;

    PersonRows(Rows rows) {
        this.rows = rows;
        this.tables = rows
                .list("select table_name as t from information_schema.tables"
                        + " where lower(table_schema) = 'public' and table_type in ('BASE TABLE', 'TABLE')")
                .stream()
                .map(row -> name(row.get("t")))
                .sorted()
                .toList();
        rows.list("select table_name as t, column_name as c from information_schema.columns"
                        + " where lower(table_schema) = 'public'")
                .forEach(row -> columns.computeIfAbsent(name(row.get("t")), t -> new ArrayList<>())
                        .add(name(row.get("c"))));
        rows.list("select fk.table_name as t, fk.column_name as c, pk.table_name as rt, pk.column_name as rc"
                        + " from information_schema.referential_constraints r"
                        + " join information_schema.key_column_usage fk on fk.constraint_name = r.constraint_name"
                        + " and fk.constraint_schema = r.constraint_schema"
                        + " join information_schema.key_column_usage pk on pk.constraint_name = r.unique_constraint_name"
                        + " and pk.constraint_schema = r.unique_constraint_schema"
                        + " and pk.ordinal_position = fk.position_in_unique_constraint"
                        + " where lower(fk.table_schema) = 'public'")
                .forEach(row -> references.add(new Reference(
                        name(row.get("t")), name(row.get("c")), name(row.get("rt")), name(row.get("rc")))));
        Set<String> targets = new HashSet<>();
        references.stream()
                .filter(ref -> PERSON_COLUMNS.contains(ref.column()))
                .forEach(ref -> targets.add(ref.target()));
        assertThat(targets)
                .as("the table that owner_id and user_id columns point at")
                .hasSize(1);
        this.people = targets.iterator().next();
    }

    /** The table of people itself. */
    String people() {
        return people;
    }

    /** For each table that can hold rows of a person, the condition (SQL) that picks this person's rows. */
    Map<String, String> conditions(long personId, String email) {
        Map<String, String> found = new TreeMap<>();
        found.put(people, "id = " + personId);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (String table : tables) {
                if (found.containsKey(table)) {
                    continue;
                }
                String condition = condition(table, found, personId, email);
                if (condition != null) {
                    found.put(table, condition);
                    grew = true;
                }
            }
        }
        return found;
    }

    private String condition(String table, Map<String, String> known, long personId, String email) {
        List<String> ways = new ArrayList<>();
        List<String> own = columns.getOrDefault(table, List.of());
        for (Reference ref : references) {
            if (ref.table().equals(table) && !ref.target().equals(table) && known.containsKey(ref.target())) {
                ways.add(ref.column() + " in (select " + ref.targetColumn() + " from " + ref.target() + " where "
                        + known.get(ref.target()) + ")");
            }
        }
        own.stream().filter(PERSON_COLUMNS::contains).forEach(column -> ways.add(column + " = " + personId));
        if (own.contains("email")) {
            ways.add("email = '" + email.replace("'", "''") + "'");
        }
        return ways.isEmpty() ? null : "(" + String.join(" or ", ways) + ")";
    }

    /** Every row of the person, table by table, as text (each table's rows sorted): equal snapshots, equal rows. */
    Map<String, List<String>> snapshot(long personId, String email) {
        Map<String, List<String>> snapshot = new LinkedHashMap<>();
        conditions(personId, email)
                .forEach((table, where) -> snapshot.put(
                        table,
                        rows.list("select * from " + table + " where " + where).stream()
                                .map(PersonRows::text)
                                .sorted()
                                .toList()));
        return snapshot;
    }

    private static String text(Map<String, Object> row) {
        Map<String, Object> shown = new TreeMap<>();
        row.forEach((column, value) ->
                shown.put(column, value instanceof byte[] bytes ? java.util.Arrays.toString(bytes) : value));
        return shown.toString();
    }

    private static String name(Object value) {
        return value.toString().toLowerCase(Locale.ROOT);
    }
}
