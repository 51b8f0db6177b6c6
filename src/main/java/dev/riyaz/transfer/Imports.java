package dev.riyaz.transfer;

import java.time.Clock;
import java.util.Locale;
import java.util.function.IntConsumer;

import jakarta.enterprise.context.ApplicationScoped;

import dev.riyaz.account.AuthenticatedUser;
import dev.riyaz.common.ApiException;

/** Reads an uploaded file of either kind into a plan, and runs it. */
@ApplicationScoped
class Imports {

    /** What a file is: a Riyaz export (JSON) or Loop Habit Tracker's CSV zip. */
    public enum Kind {
        riyaz,
        loop;

        static Kind of(String contentType) {
            String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
            if (type.startsWith("application/json")) {
                return riyaz;
            }
            if (type.startsWith("application/zip") || type.startsWith("application/x-zip")) {
                return loop;
            }
            throw new ApiException(415, "Unsupported media type", "Send application/json or application/zip.");
        }

        /** By the file's first bytes: a zip starts with "PK". */
        static Kind sniff(byte[] body) {
            return body.length > 1 && body[0] == 'P' && body[1] == 'K' ? loop : riyaz;
        }
    }

    private final RiyazExportReader riyaz;
    private final Importer importer;
    private final Clock clock;

    Imports(RiyazExportReader riyaz, Importer importer, Clock clock) {
        this.riyaz = riyaz;
        this.importer = importer;
        this.clock = clock;
    }

    /** The plan in the file, checked row by row; throws a 422 naming every wrong row. */
    public ImportPlan preview(AuthenticatedUser owner, Kind kind, byte[] body) {
        ImportPlan plan = plan(owner, kind, body);
        importer.check(owner, plan);
        return plan;
    }

    /** Reads and writes the file, all or nothing. */
    public ImportCounts run(AuthenticatedUser owner, Kind kind, byte[] body, IntConsumer progress) {
        return importer.write(owner, plan(owner, kind, body), progress);
    }

    private ImportPlan plan(AuthenticatedUser owner, Kind kind, byte[] body) {
        if (body == null || body.length == 0) {
            throw ApiException.invalid("file", "The file is empty.");
        }
        return kind == Kind.riyaz ? riyaz.read(body) : LoopReader.read(body, owner.today(clock));
    }
}
