package dev.riyaz.common;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Claims rows for a cluster-wide job: locks a batch of ids so that no other node works on them until this transaction
 * ends. On PostgreSQL rows another node holds are skipped ({@code for update skip locked}), so nodes never wait on each
 * other; the embedded H2 database runs one node and simply locks ({@code for update}).
 */
@ApplicationScoped
public class RowClaims {

    private final boolean skipLocked;

    RowClaims(@ConfigProperty(name = "quarkus.datasource.db-kind") String dbKind) {
        this.skipLocked = dbKind.startsWith("postgres");
    }

    /** The clause that ends a claiming select on this database. */
    private String lockClause() {
        return skipLocked ? " for update skip locked" : " for update";
    }

    /**
     * Runs {@code selectIds} (native SQL selecting one id column, with positional parameters {@code ?1, ?2, ...}) with
     * the lock clause added, in the caller's transaction; returns the ids claimed.
     */
    @SuppressWarnings("unchecked")
    public List<Long> claim(EntityManager entityManager, String selectIds, Object... parameters) {
        Query query = entityManager.createNativeQuery(selectIds + lockClause());
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        List<Number> ids = query.getResultList();
        return ids.stream().map(Number::longValue).toList();
    }
}
