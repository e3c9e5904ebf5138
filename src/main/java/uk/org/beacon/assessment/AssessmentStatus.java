package uk.org.beacon.assessment;

import java.util.Set;

/**
 * Where an assessment is: written by its worker (DRAFT), with a manager (SUBMITTED), back with the
 * worker with the manager's comments (RETURNED), or authorised and read-only (AUTHORISED). Allowed
 * changes: DRAFT → SUBMITTED; SUBMITTED → RETURNED or AUTHORISED; RETURNED → SUBMITTED.
 */
public enum AssessmentStatus {
    DRAFT("Draft"),
    SUBMITTED("Awaiting authorisation"),
    RETURNED("Returned to the worker"),
    AUTHORISED("Authorised");

    private final String label;

    AssessmentStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The allowed changes of status, as a table in code (a test renders it to {@code docs/status/assessment.md}). */
    public Set<AssessmentStatus> next() {
        return switch (this) {
            case DRAFT, RETURNED -> Set.of(SUBMITTED);
            case SUBMITTED -> Set.of(RETURNED, AUTHORISED);
            case AUTHORISED -> Set.of();
        };
    }

    /** The worker may change the text. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }
}
