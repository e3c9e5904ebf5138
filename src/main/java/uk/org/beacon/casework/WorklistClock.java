package uk.org.beacon.casework;

import java.util.UUID;
import uk.org.beacon.timescales.ClockSummary;

/**
 * One row of a worklist: a child's running clock as at the day read, with the child (named only
 * if the reader may open the record) and the worker who holds the case.
 */
public record WorklistClock(ClockSummary clock, UUID childId, String childName, boolean restricted, boolean hidden, UUID workerId,
        String workerName, String teamName, boolean workingDays) {

    /** "Overdue by 3 working days", "Due today", "4 working days left", in the rule's own measure. */
    public String when() {
        return WorklistRules.when(clock, workingDays);
    }
}
