package dev.riyaz.transfer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

import dev.riyaz.common.ApiException;

/** Unpacks a Loop export into its text files, refusing a zip that is broken or unpacks to far too much. */
final class LoopZip {

    /** Zip limits: a 10-habit, 5-year export is well under a megabyte; these stop a zip bomb early. */
    static final long MAX_UNZIPPED_BYTES = 64L * 1024 * 1024;

    static final int MAX_FILES = 5_000;

    private LoopZip() {}

    /** The zip's text files by name; a broken or oversized zip is a 422 that says so. */
    static Map<String, String> unzip(byte[] zip) {
        Map<String, String> files = new HashMap<>();
        long total = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (entry.isDirectory()) {
                    continue;
                }
                if (files.size() >= MAX_FILES) {
                    throw ApiException.invalid("file", "This zip holds too many files for a Loop export.");
                }
                byte[] bytes = read(in, MAX_UNZIPPED_BYTES - total);
                total += bytes.length;
                files.put(entry.getName(), new String(bytes, StandardCharsets.UTF_8).replace("\uFEFF", ""));
            }
        } catch (ZipException | IllegalArgumentException e) {
            throw ApiException.invalid("file", "This zip is broken: " + e.getMessage());
        } catch (IOException e) {
            throw ApiException.invalid("file", "This zip could not be read: " + e.getMessage());
        }
        if (files.isEmpty()) {
            throw ApiException.invalid("file", "This is not a zip file, or it is empty.");
        }
        return files;
    }

    private static byte[] read(InputStream in, long room) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int n;
        while ((n = in.read(buffer)) > 0) {
            if (out.size() + n > room) {
                throw ApiException.invalid(
                        "file", "This zip unpacks to more than 64 MB; a Loop export is far smaller.");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }
}
