package dev.riyaz.practice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.LongPredicate;

import dev.riyaz.common.ApiException;
import dev.riyaz.common.Bounds;
import dev.riyaz.common.Problem.FieldError;
import dev.riyaz.common.Validation;
import dev.riyaz.goal.Goal;

/** Checks practice sent by a client against its goal and copies valid values onto the entry. */
final class EntryRules {

    static final Set<String> CLIENT_SOURCES = Set.of("api", "git");

    /** Sources an import may carry over: every one the server itself sets. */
    static final Set<String> IMPORTED_SOURCES = Set.of("web", "api", "email", "push", "git", "import");

    private static final BigDecimal MAX_AMOUNT = new BigDecimal("100000");
    private static final LocalDate EARLIEST = Bounds.EARLIEST;

    private final List<FieldError> errors = new ArrayList<>();

    private EntryRules() {}

    /**
     * Validates and copies; {@code today} is the owner's practice day, the latest date allowed, and
     * {@code ownResource} tells whether a resource id is the owner's.
     */
    static void apply(
            EntryRequest request, Goal goal, PracticeEntry entry, LocalDate today, LongPredicate ownResource) {
        if (request == null) {
            throw new ApiException(400, "Bad request", "A JSON body is required.");
        }
        EntryRules rules = new EntryRules();
        entry.date = rules.date(request.date(), today);
        entry.status = rules.status(request.status());
        entry.amount = rules.amount(request.amount(), goal, entry.status);
        entry.note = rules.note(request.note());
        entry.resourceId = request.resourceId();
        if (request.resourceId() != null && !ownResource.test(request.resourceId())) {
            rules.error("resourceId", "There is no link with that id among your links.");
        }
        if (!rules.errors.isEmpty()) {
            throw Validation.invalid(rules.errors);
        }
    }

    private LocalDate date(LocalDate date, LocalDate today) {
        if (date == null) {
            return today;
        }
        if (date.isAfter(today)) {
            error("date", "Practice can't be logged for a day that has not come yet. Today is " + today + ".");
        } else if (date.isBefore(EARLIEST)) {
            error("date", "Use a date from 1970-01-01 on.");
        }
        return date;
    }

    private PracticeEntry.Status status(String status) {
        if (status == null) {
            return PracticeEntry.Status.done;
        }
        try {
            return PracticeEntry.Status.valueOf(status);
        } catch (IllegalArgumentException e) {
            error("status", "Use \"done\" or \"skipped\" (a planned day off).");
            return PracticeEntry.Status.done;
        }
    }

    private BigDecimal amount(BigDecimal amount, Goal goal, PracticeEntry.Status status) {
        if (amount != null && amount.signum() < 0) {
            error("amount", "The amount can't be negative.");
            return null;
        }
        if (!goal.measured() || status == PracticeEntry.Status.skipped) {
            return null;
        }
        if (amount == null || amount.signum() == 0) {
            error("amount", "Say how many " + goal.unit + " you practised, for example 20.");
        } else if (amount.compareTo(MAX_AMOUNT) > 0) {
            error("amount", "Use at most 100000.");
        } else if (amount.stripTrailingZeros().scale() > 2) {
            error("amount", "Use at most two decimal places.");
        }
        return amount;
    }

    private String note(String note) {
        if (note == null || note.isBlank()) {
            return null;
        }
        if (note.strip().length() > 1000) {
            error("note", "Use at most 1000 characters.");
        } else if (note.chars().anyMatch(EntryRules::controlCharacter)) {
            error("note", "Remove control characters; only line breaks and tabs may be in a note.");
        }
        return note.strip();
    }

    /** Unreadable in a note, up to six characters each in JSON, and PostgreSQL cannot store NUL. */
    private static boolean controlCharacter(int c) {
        return Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t';
    }

    static String source(String requested, String channel) {
        if (requested == null || requested.equals(channel)) {
            return channel;
        }
        if (!CLIENT_SOURCES.contains(requested)) {
            throw ApiException.invalid("source", "Leave it out, or use \"git\" for practice logged from git.");
        }
        return requested;
    }

    /** The source of imported practice: kept as the file says, {@code import} when it says none. */
    static String importedSource(String requested) {
        if (requested == null) {
            return "import";
        }
        if (!IMPORTED_SOURCES.contains(requested)) {
            throw ApiException.invalid("source", "Use web, api, email, git or import.");
        }
        return requested;
    }

    private void error(String field, String message) {
        errors.add(new FieldError(field, message));
    }
}
