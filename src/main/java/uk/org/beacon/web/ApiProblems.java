package uk.org.beacon.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import tools.jackson.databind.DatabindException;

/**
 * Problem details (RFC 9457) for the JSON API: a bad request names each field and what is wrong
 * with it, a conflicting edit lists what differs, and a restricted record says so.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems {

    @ExceptionHandler(RuleViolationException.class)
    ProblemDetail rules(RuleViolationException e) {
        return problem(HttpStatus.BAD_REQUEST, "The request has invalid fields", e.fieldErrors());
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail invalid(MethodArgumentNotValidException e) {
        Map<String, String> errors = new LinkedHashMap<>();
        e.getBindingResult().getFieldErrors().forEach(f -> errors.putIfAbsent(f.getField(), f.getDefaultMessage()));
        return problem(HttpStatus.BAD_REQUEST, "The request has invalid fields", errors);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        Throwable cause = e.getMostSpecificCause();
        if (e.getCause() instanceof DatabindException databind && !databind.getPath().isEmpty()) {
            String field = databind.getPath().stream()
                    .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                    .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b)
                    .orElse("body");
            return problem(HttpStatus.BAD_REQUEST, "The request has invalid fields", Map.of(field, "This value cannot be read: check its format (dates are YYYY-MM-DD)"));
        }
        return problem(HttpStatus.BAD_REQUEST, "The request body is not valid JSON", Map.of("body", String.valueOf(cause.getMessage()).lines().findFirst().orElse("")));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail mismatch(MethodArgumentTypeMismatchException e) {
        return problem(HttpStatus.BAD_REQUEST, "The request has invalid fields", Map.of(e.getName(), "This value is not in the expected format"));
    }

    @ExceptionHandler(EditConflictException.class)
    ProblemDetail conflict(EditConflictException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "Someone else changed this record after you read it. Nothing was overwritten: read it again and reapply your change.");
        p.setTitle("Edit conflict");
        p.setProperty("currentVersion", e.currentVersion());
        p.setProperty("differences", e.differences());
        return p;
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(RestrictedRecordException.class)
    ProblemDetail restricted(RestrictedRecordException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                "This record is restricted. POST a reason to /api/v1/people/" + e.personId() + "/break-glass to open it; your manager will be told.");
        p.setTitle("Restricted record");
        p.setProperty("restricted", true);
        return p;
    }

    @ExceptionHandler({AccessDeniedException.class, AuthorizationDeniedException.class})
    ProblemDetail denied(RuntimeException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "Your role or access does not allow this");
    }

    private static ProblemDetail problem(HttpStatus status, String detail, Map<String, String> errors) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setType(URI.create("https://beacon.invalid/problems/invalid-fields"));
        p.setTitle("Invalid request");
        p.setProperty("errors", errors);
        return p;
    }
}
