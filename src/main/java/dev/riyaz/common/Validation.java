package dev.riyaz.common;

import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

/** Checks a request against its Bean Validation rules and reports every problem at once as a 422. */
@ApplicationScoped
public class Validation {

    private final Validator validator;

    Validation(Validator validator) {
        this.validator = validator;
    }

    public <T> T check(T request) {
        if (request == null) {
            throw new ApiException(400, "Bad request", "A JSON body is required.");
        }
        List<Problem.FieldError> errors = validator.validate(request).stream()
                .map(Validation::toError)
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        if (!errors.isEmpty()) {
            throw invalid(errors);
        }
        return request;
    }

    public static ApiException invalid(List<Problem.FieldError> errors) {
        String detail = errors.size() == 1 ? errors.get(0).message() : "Some fields need fixing.";
        return new ApiException(422, "Invalid input", detail, errors, java.util.Map.of());
    }

    private static Problem.FieldError toError(ConstraintViolation<?> violation) {
        return new Problem.FieldError(violation.getPropertyPath().toString(), violation.getMessage());
    }
}
