package dev.riyaz.common;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.logging.Log;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpClosedException;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * Turns every failure into a clear answer: RFC 9457 problem+json under {@code /api}, a friendly page or a redirect to
 * the log-in page elsewhere. Nothing a client sends may end in a 500.
 */
public class ProblemMappers {

    /** Jackson's words for a field sent twice (strict duplicate detection, {@link JsonSettings}). */
    private static final Pattern DUPLICATE_FIELD =
            Pattern.compile("Duplicate (?:field|Object property) '([^']{0,100})'");

    @ServerExceptionMapper
    public Response apiException(ApiException e, UriInfo uri) {
        Response.ResponseBuilder answer = problem(e.toProblem(), uri);
        e.headers().forEach(answer::header);
        return answer.build();
    }

    /** Also names Quarkus' own violation exception (a {@code @Valid} body): its mapper would answer 400 otherwise. */
    @ServerExceptionMapper({ConstraintViolationException.class, ResteasyReactiveViolationException.class})
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldName(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        Problem body = new Problem("about:blank", "Invalid input", 422, "Some fields need fixing.", errors);
        return problem(body, uri).build();
    }

    /** Also names MismatchedInputException: Quarkus' own mapper for it would otherwise answer without problem+json. */
    @ServerExceptionMapper({JsonProcessingException.class, MismatchedInputException.class})
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        String detail = "The request body is not valid JSON.";
        Matcher duplicate = DUPLICATE_FIELD.matcher(String.valueOf(e.getOriginalMessage()));
        if (duplicate.matches()) {
            detail = "The field '" + duplicate.group(1) + "' appears twice; send each field once.";
        } else if (e instanceof JsonMappingException mapping
                && !mapping.getPath().isEmpty()) {
            detail = "The field '" + path(mapping) + "' "
                    + (mapping.getCause() instanceof InputCoercionException
                            ? "is a number too large for it."
                            : "has the wrong type or format.");
        } else if (e instanceof InputCoercionException tooBig) {
            detail = "The field '" + fieldOf(tooBig) + "' is a number too large for it.";
        }
        return problem(Problem.of(400, "Bad request", detail), uri).build();
    }

    private static String fieldOf(InputCoercionException e) {
        JsonParser parser = e.getProcessor();
        String name = null;
        try {
            name = parser == null ? null : parser.currentName();
        } catch (java.io.IOException unreadable) {
            // The parser cannot say where it stopped: the detail names no field.
        }
        return name == null ? "?" : name.substring(0, Math.min(name.length(), 100));
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json
                && e.getResponse().getStatus() == 400) {
            // Quarkus' JSON reader wraps a parse error (broken JSON, a field sent twice) in a bare 400: say which.
            return unreadableJson(json, uri);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            Log.error("Request failed", e);
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "Error" : known.getReasonPhrase();
        return problem(Problem.of(status, title, detailFor(status, e)), uri).build();
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorized(UriInfo uri) {
        if (!isApi(uri)) {
            String next = URLEncoder.encode(uri.getRequestUri().getRawPath(), StandardCharsets.UTF_8);
            return Response.seeOther(URI.create(SiteRoutes.login() + "?next=" + next))
                    .build();
        }
        return problem(Problem.of(401, "Unauthorized", "Sign in, or send a valid personal access token."), uri)
                .header("WWW-Authenticate", "Bearer realm=\"riyaz\"")
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return problem(Problem.of(403, "Forbidden", "This is not allowed."), uri)
                .build();
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 100)
    public Response unexpected(Throwable e, UriInfo uri) {
        if (UnreadableBody.causedBy(e)) {
            Log.debugf("Unreadable request body: %s", e.getMessage());
            return problem(Problem.of(400, "Bad request", "The form data could not be read."), uri)
                    .build();
        }
        if (bodyOverTheHttpLimit(e)) {
            // An upload over the HTTP layer's own limit (imports: 32 MiB): it has already answered 413.
            Log.debugf("Request body over the limit: %s", e.getMessage());
            return problem(Problem.of(413, "Payload too large", "The file is larger than 32 MiB."), uri)
                    .build();
        }
        if (clientHungUp(e)) {
            // The client closed the connection while its request body was still arriving: nobody waits for an answer.
            Log.debugf("Client closed the connection: %s", e.getMessage());
        } else {
            Log.error("Unexpected failure", e);
        }
        return problem(Problem.of(500, "Internal error", "Something went wrong on our side. Please try again."), uri)
                .build();
    }

    private static boolean bodyOverTheHttpLimit(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.io.IOException && "Request too large".equals(cause.getMessage())) {
                return true;
            }
        }
        return false;
    }

    private static boolean clientHungUp(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof HttpClosedException) {
                return true;
            }
        }
        return false;
    }

    static boolean isApi(UriInfo uri) {
        return uri.getPath().startsWith("/api/");
    }

    private static Response.ResponseBuilder problem(Problem body, UriInfo uri) {
        if (isApi(uri)) {
            return Response.status(body.status()).type(Problem.MEDIA_TYPE).entity(body);
        }
        return Response.status(body.status()).type("text/html;charset=UTF-8").entity(ErrorPage.render(body));
    }

    private static String detailFor(int status, WebApplicationException e) {
        return switch (status) {
            case 404 -> "There is nothing at this address.";
            case 405 -> "This address does not accept that method.";
            case 406 -> "This address cannot answer in the requested format.";
            case 413 -> "The request body is larger than 1 MiB.";
            case 415 -> "Send JSON with 'Content-Type: application/json'.";
            default -> e.getMessage();
        };
    }

    private static String fieldName(ConstraintViolation<?> violation) {
        String last = null;
        boolean afterParameter = false;
        StringBuilder name = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR -> {}
                case PARAMETER -> {
                    afterParameter = true;
                    last = node.getName();
                }
                default -> {
                    if (!name.isEmpty()) {
                        name.append('.');
                    }
                    name.append(node.getName());
                }
            }
        }
        if (name.isEmpty()) {
            return afterParameter ? last : "body";
        }
        return name.toString();
    }

    private static String path(JsonMappingException e) {
        StringBuilder name = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!name.isEmpty()) {
                    name.append('.');
                }
                name.append(ref.getFieldName());
            } else {
                name.append('[').append(ref.getIndex()).append(']');
            }
        }
        return name.toString();
    }
}
