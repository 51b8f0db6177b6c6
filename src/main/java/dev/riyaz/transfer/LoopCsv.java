package dev.riyaz.transfer;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import dev.riyaz.common.ApiException;
import dev.riyaz.common.Bounds;

/** The cells of Loop's CSV files: a header row, trimmed cells, an empty cell is no value. */
final class LoopCsv {

    private static final CSVFormat CSV = CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setTrim(true)
            .get();

    private LoopCsv() {}

    /** The rows under the header; a file that is not CSV is a 422 naming it. */
    static List<CSVRecord> records(String name, String text) {
        try {
            return CSV.parse(new StringReader(text)).getRecords();
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw ApiException.invalid("file", name + " is not a readable CSV file: " + e.getMessage());
        }
    }

    /** A cell that must be there; when it is missing or empty the row is reported and null answered. */
    static String column(CSVRecord record, String column, String where, LoopFindings findings) {
        String value = optional(record, column);
        if (value == null) {
            findings.problem(where, "The " + column + " column is missing or empty.");
        }
        return value;
    }

    /** A cell that may be missing: null when the column or the value is not there. */
    static String optional(CSVRecord record, String column) {
        if (!record.isMapped(column) || !record.isSet(column)) {
            return null;
        }
        String value = record.get(column).strip();
        return value.isEmpty() ? null : value;
    }

    /** A day like 2024-03-14 within {@link Bounds}; anything else is reported and null answered. */
    static LocalDate date(String value, String where, LoopFindings findings) {
        if (value == null) {
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(value);
            if (Bounds.contains(day)) {
                return day;
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        findings.problem(
                where,
                "\"" + value + "\" is not a date like 2024-03-14 between " + Bounds.EARLIEST + " and " + Bounds.LATEST
                        + ".");
        return null;
    }

    /** A number, or null when there is none or it is not one. */
    static BigDecimal number(String value) {
        try {
            return value == null ? null : new BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A whole number, or null when there is none or it is not one. */
    static Integer whole(String value) {
        BigDecimal number = number(value);
        try {
            return number == null ? null : number.intValueExact();
        } catch (ArithmeticException e) {
            return null;
        }
    }
}
