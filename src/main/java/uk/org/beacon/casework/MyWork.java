package uk.org.beacon.casework;

import java.time.LocalDate;
import java.util.List;

/**
 * What a worker lands on: the running clocks of the children allocated to them as at a day, by
 * how soon they fall due, items awaiting their sign-off, and their notes still in draft.
 */
public record MyWork(LocalDate asAt, int children, List<WorklistClock> overdue, List<WorklistClock> dueToday, List<WorklistClock> dueThisWeek,
        List<WorklistClock> later, List<AuthorisationSummary> toAuthorise, List<DraftNote> drafts) {

    /** A case note the worker has started and not finalised. */
    public record DraftNote(java.util.UUID noteId, java.util.UUID childId, String childName, String title, java.time.Instant lastSaved) {}
}
