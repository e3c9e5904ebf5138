package uk.org.beacon.web;

import java.util.Map;

/**
 * A business rule refused the input (e.g. an NHS number already held by another person). Carries
 * field-level messages so pages show them at the field and API callers get them in the problem body.
 */
public class RuleViolationException extends RuntimeException {

    private final transient Map<String, String> fieldErrors;

    public RuleViolationException(Map<String, String> fieldErrors) {
        super("The input breaks a rule: " + fieldErrors.keySet());
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
