package uk.org.beacon.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An assessment in a list: the child's record, a manager's authorisations, a worker's own work. */
public record AssessmentSummary(UUID id, UUID childId, String childName, UUID referralId, LocalDate referralDate, LocalDate startedOn,
        LocalDate due, AssessmentStatus status, UUID workerId, String workerName, UUID teamId, Instant submittedAt, LocalDate authorisedOn,
        List<String> factors, AssessmentOutcome outcome, long version) {

    public String link() {
        return "/children/" + childId + "/assessments/" + id;
    }

    /** Overdue on {@code today}: not authorised and past the T2 date. */
    public boolean overdueOn(LocalDate today) {
        return authorisedOn == null && due != null && today.isAfter(due);
    }
}
