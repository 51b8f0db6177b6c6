package dev.riyaz.transfer;

import java.io.IOException;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import dev.riyaz.common.ApiException;

/**
 * How many rows one import file may hold. An import is read and written whole (all or nothing), so its memory grows
 * with its rows: these limits keep one file well inside a 256 MB heap. A longer history comes in as several files.
 */
final class ImportLimits {

    /** Far more than years of daily practice on a dozen goals; the API benchmark imports 25,000 a file. */
    static final int MAX_ENTRIES = 100_000;

    static final Map<String, Integer> MAX_ROWS =
            Map.of("goals", 1_000, "entries", MAX_ENTRIES, "reminders", 10_000, "resources", 10_000);

    private ImportLimits() {}

    /**
     * Counts the rows of each list of a Riyaz export with a streaming parser, in constant memory, and refuses a file
     * over a limit before it is read into memory. Malformed JSON is left for the full read to report.
     */
    static void checkRiyazExport(byte[] body) {
        try (JsonParser parser = new JsonFactory().createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                if (parser.nextToken() == JsonToken.START_ARRAY && MAX_ROWS.containsKey(name)) {
                    int rows = 0;
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        parser.skipChildren();
                        rows++;
                        tooMany(name, rows);
                    }
                } else {
                    parser.skipChildren();
                }
            }
        } catch (IOException e) {
            // not JSON: the full read says where
        }
    }

    /** A 422 on the list once it holds more rows than its limit. */
    static void tooMany(String list, int rows) {
        int max = MAX_ROWS.get(list);
        if (rows > max) {
            throw ApiException.invalid(
                    list, "One file may hold at most " + max + " " + list + ": split the history into several files.");
        }
    }
}
