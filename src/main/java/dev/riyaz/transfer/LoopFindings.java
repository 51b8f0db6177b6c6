package dev.riyaz.transfer;

import java.util.ArrayList;
import java.util.List;

import dev.riyaz.common.Problem.FieldError;
import dev.riyaz.common.Validation;

/** What reading a Loop export found besides the plan: rows that are wrong, and what is left out or changed and why. */
final class LoopFindings {

    private final List<FieldError> problems = new ArrayList<>();
    private final List<ImportPlan.Note> notes = new ArrayList<>();

    /** A row that is wrong: nothing is imported while there is one. */
    void problem(String where, String message) {
        problems.add(new FieldError(where, message));
    }

    /** Something left out, or imported differently, to show before anything is saved. */
    void note(String where, String why) {
        notes.add(new ImportPlan.Note(where, why));
    }

    List<ImportPlan.Note> notes() {
        return notes;
    }

    /** Throws a 422 naming the wrong rows (the first {@link Importer#MAX_PROBLEMS}), if any row is wrong. */
    void throwIfAnyProblem() {
        if (!problems.isEmpty()) {
            throw Validation.invalid(
                    problems.size() > Importer.MAX_PROBLEMS ? problems.subList(0, Importer.MAX_PROBLEMS) : problems);
        }
    }
}
