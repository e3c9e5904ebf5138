package uk.org.beacon.childprotection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A section 47 enquiry in a list (the child's record, worklists, authorisations): the child, when it
 * started, when the initial conference is due (T5), its status and outcome, the lead worker and team,
 * how the person asking works on it ({@code how}: "Lead", "Co-worker" or null), and who recorded the
 * outcome and when (for the sign-off list).
 */
public record Section47Summary(UUID id, UUID childId, String childName, LocalDate startedOn, LocalDate initialConferenceDue, String status,
        Section47Outcome outcome, LocalDate concludedOn, boolean jointEnquiry, UUID leadWorkerId, String leadWorkerName, UUID leadTeamId,
        String leadTeamName, int coworkers, String how, UUID outcomeRecordedBy, Instant outcomeRecordedAt) {

    public String statusLabel() {
        return switch (status) {
            case "OPEN" -> "In progress";
            case "AWAITING_SIGN_OFF" -> "Outcome awaiting sign-off";
            default -> "Concluded";
        };
    }

    public boolean inProgress() {
        return !"CONCLUDED".equals(status);
    }
}
