package dev.riyaz.transfer;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** A file on its way in: previewed, being imported (with how far it is), or done. */
@Entity
@Table(name = "import_upload")
public class ImportUpload extends PanacheEntity {

    public enum Status {
        previewed,
        running,
        done,
        failed
    }

    @Column(name = "owner_id", nullable = false)
    public long ownerId;

    @Column(name = "file_name", nullable = false)
    public String fileName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Imports.Kind kind;

    /** The file itself, until it is imported or given up. */
    public byte[] content;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(nullable = false)
    public int done;

    @Column(nullable = false)
    public int total;

    /** What came of it, in words: the counts, or what went wrong. */
    public String result;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    static Optional<ImportUpload> findForOwner(long ownerId, long id) {
        return find("ownerId = ?1 and id = ?2", ownerId, id).firstResultOptional();
    }

    /** Sets how many entries of upload {@code id} are written, without loading its file. */
    static void recordProgress(long id, int done) {
        update("done = ?1 where id = ?2", done, id);
    }

    /** Holds this row until the transaction ends, so that one of two clicks at once starts the import. */
    void lockForUpdate() {
        getEntityManager().lock(this, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Whole percent done, for the progress bar's words. */
    public int percent() {
        return total == 0 ? (status == Status.done ? 100 : 0) : Math.min(100, done * 100 / total);
    }

    public boolean running() {
        return status == Status.running;
    }
}
