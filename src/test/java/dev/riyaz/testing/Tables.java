package dev.riyaz.testing;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** Reads the database directly, in a transaction of its own, to check what a request did or did not write. */
public final class Tables {

    /** Every table that holds user data. */
    public static final List<String> TABLES = List.of(
            "app_user",
            "user_session",
            "access_token",
            "login_failure",
            "known_device",
            "goal",
            "practice_entry",
            "idempotency_record",
            "reminder",
            "outbox_mail",
            "resource",
            "resource_progress",
            "calendar_feed",
            "share_link",
            "import_upload");

    private Tables() {}

    /** Rows of a table matching a condition with positional parameters ({@code ?1}, {@code ?2}, ...). */
    public static long count(String table, String where, Object... params) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var query = em().createNativeQuery("select count(*) from " + table + " where " + where);
            for (int i = 0; i < params.length; i++) {
                query.setParameter(i + 1, params[i]);
            }
            return ((Number) query.getSingleResult()).longValue();
        });
    }

    /** Every row of every user-data table as text: equal snapshots mean nothing was written in between. */
    public static String snapshot() {
        return QuarkusTransaction.requiringNew()
                .call(() -> TABLES.stream().map(Tables::dump).collect(Collectors.joining("\n")));
    }

    /** The values of every text column of every table in the application's schema. */
    @SuppressWarnings("unchecked")
    public static List<String> allText() {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Object[]> columns = em().createNativeQuery(
                            "select table_name, column_name from information_schema.columns"
                                    + " where lower(table_schema) = 'public'"
                                    + " and (lower(data_type) like '%char%' or lower(data_type) like '%text%')")
                    .getResultList();
            return columns.stream()
                    .flatMap(c -> ((List<Object>) em().createNativeQuery("select " + c[1] + " from " + c[0])
                                    .getResultList())
                            .stream())
                    .map(String::valueOf)
                    .toList();
        });
    }

    @SuppressWarnings("unchecked")
    private static String dump(String table) {
        List<Object[]> rows = em().createNativeQuery("select * from " + table + " order by id")
                .getResultList();
        return table + ": " + rows.stream().map(Arrays::deepToString).collect(Collectors.joining("; "));
    }

    private static EntityManager em() {
        return Arc.container().instance(EntityManager.class).get();
    }
}
