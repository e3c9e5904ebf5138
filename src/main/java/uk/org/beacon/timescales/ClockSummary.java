package uk.org.beacon.timescales;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One clock of a child as it stood on {@code asAt}: which rule, what it is about, when it started,
 * when it is (was) due after any pauses, whether and when it stopped, and the reason recorded when it
 * was met late. {@code daysRemaining} counts in the rule's own measure (working or calendar days),
 * negative once overdue. A clock ended because it no longer applies ({@code endedOn}) is neither met
 * nor late.
 */
public record ClockSummary(UUID id, String ruleId, String ruleTitle, UUID childId, String subjectType, UUID subjectId,
        LocalDate startedOn, LocalDate due, LocalDate stoppedOn, ClockState state, int daysRemaining, int daysLate,
        boolean paused, int pausedDays, String lateReasonCode, String lateReasonText, LocalDate endedOn, String endReason,
        long version, LocalDate asAt) {

    public boolean late() {
        return state == ClockState.OVERDUE || state == ClockState.MET_LATE;
    }

    /** Still running on {@code asAt}: neither stopped nor ended by then. */
    public boolean open() {
        return stoppedOn == null && endedOn == null;
    }
}
