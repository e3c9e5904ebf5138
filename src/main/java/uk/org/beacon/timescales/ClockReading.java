package uk.org.beacon.timescales;

import java.time.LocalDate;

/**
 * One clock as it stood on {@code asAt}: when it started, when it is (was) due, and whether the
 * stop event had happened by then. {@code workingOrCalendarDaysRemaining} counts in the rule's own
 * measure (working days for working-day rules, calendar days otherwise): days to spare while
 * running or when met, negative once late. {@code daysLate} is 0 unless late. {@code stoppedOn} is
 * empty when the stop event had not happened by {@code asAt}, so any past day's picture is reproduced.
 */
public record ClockReading(String ruleId, LocalDate start, LocalDate due, LocalDate stoppedOn, ClockState state,
        int workingOrCalendarDaysRemaining, int daysLate, LocalDate asAt) {

    public boolean late() {
        return state == ClockState.OVERDUE || state == ClockState.MET_LATE;
    }
}
