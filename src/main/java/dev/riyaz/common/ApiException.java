package dev.riyaz.common;

import java.util.List;
import java.util.Map;

/**
 * A failure a client caused and can fix. Thrown by services; turned into problem+json for the API and into messages
 * next to the field for pages.
 */
public class ApiException extends RuntimeException {

    private final int status;
    private final String title;
    private final List<Problem.FieldError> errors;
    private final Map<String, String> headers;

    public ApiException(int status, String title, String detail) {
        this(status, title, detail, List.of(), Map.of());
    }

    public ApiException(
            int status, String title, String detail, List<Problem.FieldError> errors, Map<String, String> headers) {
        super(detail, null, false, false);
        this.status = status;
        this.title = title;
        this.errors = errors;
        this.headers = headers;
    }

    public static ApiException notFound(String what) {
        return new ApiException(404, "Not found", "There is no " + what + " with that id.");
    }

    public static ApiException invalid(String field, String message) {
        return new ApiException(
                422, "Invalid input", message, List.of(new Problem.FieldError(field, message)), Map.of());
    }

    public static ApiException conflict(String detail) {
        return new ApiException(409, "Conflict", detail);
    }

    public int status() {
        return status;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }

    public Map<String, String> headers() {
        return headers;
    }

    public Problem toProblem() {
        return new Problem("about:blank", title, status, getMessage(), errors.isEmpty() ? null : errors);
    }

    /** The message for one field, or null. */
    public String messageFor(String field) {
        return errors.stream()
                .filter(e -> e.field().equals(field))
                .map(Problem.FieldError::message)
                .findFirst()
                .orElse(null);
    }
}
