package dev.riyaz.transfer;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;

import org.eclipse.microprofile.context.ManagedExecutor;

import dev.riyaz.account.AuthenticatedUser;
import dev.riyaz.account.User;
import dev.riyaz.common.ApiException;
import dev.riyaz.common.Messages;

/**
 * The import page's files: kept after their preview, imported in the background while the page shows how far it is
 * (progress is written in its own small transactions, the import itself is one), then let go of.
 */
@ApplicationScoped
public class ImportJobs {

    private final Imports imports;
    private final ManagedExecutor executor;
    private final Clock clock;

    ImportJobs(Imports imports, ManagedExecutor executor, Clock clock) {
        this.imports = imports;
        this.executor = executor;
        this.clock = clock;
    }

    /** Checks the file and keeps it for the import; throws a 422 naming every wrong row, keeping nothing. */
    @Transactional
    public ImportUpload keep(AuthenticatedUser owner, String fileName, byte[] content) {
        Imports.Kind kind = Imports.Kind.sniff(content);
        ImportPlan plan = imports.preview(owner, kind, content);
        ImportUpload upload = new ImportUpload();
        upload.ownerId = owner.id();
        upload.fileName = fileName == null || fileName.isBlank() ? "upload" : clip(fileName, 200);
        upload.kind = kind;
        upload.content = content;
        upload.status = ImportUpload.Status.previewed;
        upload.total = plan.entryCount();
        upload.createdAt = clock.instant();
        upload.persist();
        return upload;
    }

    /** The upload and the plan in it, for the preview. */
    @Transactional
    public Preview preview(AuthenticatedUser owner, long id) {
        ImportUpload upload = find(owner, id);
        ImportPlan plan = upload.status == ImportUpload.Status.previewed
                ? imports.preview(owner, upload.kind, upload.content)
                : null;
        return new Preview(upload, plan);
    }

    /** An upload and, while it waits to be imported, what is in it. */
    public record Preview(ImportUpload upload, ImportPlan plan) {}

    /**
     * Marks a previewed upload as being imported and answers true; a second click, or a file already imported, marks
     * nothing and answers false. Once this has committed, {@link #launch} runs it.
     */
    @Transactional
    public boolean start(AuthenticatedUser owner, long id) {
        ImportUpload upload = find(owner, id);
        upload.lockForUpdate();
        if (upload.status != ImportUpload.Status.previewed) {
            return false;
        }
        upload.status = ImportUpload.Status.running;
        return true;
    }

    /** Runs a started import in the background. */
    public void launch(AuthenticatedUser owner, long id) {
        long ownerId = owner.id();
        executor.runAsync(() -> run(ownerId, id));
    }

    /** Forgets a previewed file without importing it. */
    @Transactional
    public void cancel(AuthenticatedUser owner, long id) {
        ImportUpload upload = find(owner, id);
        if (upload.status != ImportUpload.Status.running) {
            upload.delete();
        }
    }

    /** What a background import needs, read in one transaction. */
    private record Job(ImportUpload upload, AuthenticatedUser owner) {}

    private void run(long ownerId, long id) {
        Job job = QuarkusTransaction.requiringNew()
                .call(() -> new Job(ImportUpload.findById(id), AuthenticatedUser.of(User.findById(ownerId), null)));
        ImportUpload upload = job.upload();
        AuthenticatedUser owner = job.owner();
        String result;
        ImportUpload.Status status;
        try {
            ImportCounts counts = imports.run(owner, upload.kind, upload.content, done -> progress(id, done));
            status = ImportUpload.Status.done;
            result = Messages.get(
                    "import_result", counts.goals(), counts.entries(), counts.reminders(), counts.resources());
        } catch (ApiException e) {
            status = ImportUpload.Status.failed;
            result = clip(e.getMessage(), 1000);
        } catch (RuntimeException e) {
            Log.errorf(e, "Import %d of person %d failed", id, ownerId);
            status = ImportUpload.Status.failed;
            result = Messages.get("import_failed_unexpectedly");
        }
        ImportUpload.Status finalStatus = status;
        String finalResult = result;
        QuarkusTransaction.requiringNew().run(() -> {
            ImportUpload row = ImportUpload.findById(id);
            row.status = finalStatus;
            row.result = finalResult;
            row.content = null;
            if (finalStatus == ImportUpload.Status.done) {
                row.done = row.total;
            }
        });
    }

    private static void progress(long id, int done) {
        QuarkusTransaction.requiringNew().run(() -> ImportUpload.recordProgress(id, done));
    }

    private static ImportUpload find(AuthenticatedUser owner, long id) {
        return ImportUpload.findForOwner(owner.id(), id)
                .orElseThrow(() -> new ApiException(404, "Not found", "We could not find that upload."));
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
