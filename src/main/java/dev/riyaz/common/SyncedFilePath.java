package dev.riyaz.common;

import java.io.IOException;
import java.nio.channels.FileChannel;

import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

/**
 * H2 files under the {@code dsync:} prefix (e.g. {@code jdbc:h2:dsync:./data/riyaz}): the database file is opened
 * for synchronous writes (O_DSYNC), so each write H2 makes to it returns only once it is on the disk. With
 * {@code WRITE_DELAY=0}, H2 writes every commit before the commit returns: together, a commit survives a power cut.
 * Other files (temporary results, the trace) are opened as usual.
 */
public final class SyncedFilePath extends FilePathWrapper {

    static final String SCHEME = "dsync";
    private static final String DATABASE_FILE = ".mv.db";

    /** Makes the prefix known to H2; safe to call more than once. */
    public static void register() {
        FilePath.register(new SyncedFilePath());
    }

    @Override
    public String getScheme() {
        return SCHEME;
    }

    @Override
    public FileChannel open(String mode) throws IOException {
        boolean synced = "rw".equals(mode) && name.endsWith(DATABASE_FILE);
        return getBase().open(synced ? "rwd" : mode);
    }
}
