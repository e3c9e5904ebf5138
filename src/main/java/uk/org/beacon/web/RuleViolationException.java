package uk.org.beacon.web;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A business rule refused the input (e.g. an NHS number already held by another person). Carries
 * field-level messages so pages show them at the field and API callers get them in the problem body,
 * in the order the rules gave them (the order of the form's fields, for the error summary).
 */
public class RuleViolationException extends RuntimeException {

    private final transient Map<String, String> fieldErrors;

    public RuleViolationException(Map<String, String> fieldErrors) {
        super("The input breaks a rule: " + fieldErrors.keySet());
        this.fieldErrors = Collections.unmodifiableMap(new LinkedHashMap<>(fieldErrors));
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
