package uk.org.beacon.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An assessment as its page and the API show it: the referral it came from, who writes it, where it
 * is, what is written, the manager's authorisation and rationale, every submission and return in
 * order, and the amendments made after authorisation. {@code due} is the T2 date (45 working days
 * from the referral).
 */
public record AssessmentDetails(UUID id, UUID childId, UUID referralId, LocalDate referralDate, LocalDate startedOn, LocalDate due,
        UUID workerId, String workerName, UUID teamId, AssessmentStatus status, AssessmentContent content, Instant startedAt, Instant savedAt,
        Instant submittedAt, LocalDate authorisedOn, Instant authorisedAt, UUID authorisedBy, String authorisedByName, String managerRationale,
        String lateReasonCode, String lateReasonText, List<Review> reviews, List<Amendment> amendments, long version) {

    /** A submission, a return with the manager's comment, or the authorisation. */
    public record Review(String action, String comment, UUID actedBy, String actedByName, Instant actedAt) {}

    /** A correction to a section of the authorised assessment, with why. */
    public record Amendment(UUID id, String section, String sectionLabel, String reason, String correctedText, UUID amendedBy,
            String amendedByName, Instant amendedAt) {}

    public boolean authorised() {
        return status == AssessmentStatus.AUTHORISED;
    }

    /** The manager's latest comments when the assessment is back with the worker. */
    public Review latestReturn() {
        return reviews.stream().filter(r -> r.action().equals("RETURNED")).reduce((a, b) -> b).orElse(null);
    }
}
