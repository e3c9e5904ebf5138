package uk.org.beacon.childprotection;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import uk.org.beacon.timescales.ClockSummary;

/**
 * A section 47 enquiry in full: how it started (the initiating strategy discussion), its steps in
 * the order they happened (visits, agency checks, interviews) with who recorded each and their team,
 * which checks with which agencies were done, the lead worker and co-workers, the managers'
 * oversight, and the outcome with its sign-off. {@code t5} is the initial conference clock.
 * {@code mayRecord}, {@code mayOversee} and {@code maySignOff} say what the reader may do.
 */
public record Section47Details(UUID id, UUID childId, UUID referralId, UUID strategyDiscussionId, LocalDateTime discussionHeldAt,
        LocalDate startedOn, boolean jointEnquiry, UUID leadWorkerId, String leadWorkerName, UUID leadTeamId, String leadTeamName,
        String status, LocalDate initialConferenceDue, ClockSummary t5, Section47Outcome outcome, String outcomeSummary,
        LocalDate concludedOn, String outcomeRecordedByName, String managerRationale, String signedOffByName, Instant signedOffAt,
        Boolean icpcNotRequired, LocalDate dateOfInitialConference, List<Step> steps, List<AgencyCheck> checks, List<Coworker> coworkers,
        List<Oversight> oversight, boolean mayRecord, boolean mayOversee, boolean maySignOff, long version) {

    public record Step(UUID id, int sequence, LocalDateTime occurredAt, String kind, String kindLabel, String agency, String agencyLabel,
            Boolean checkDone, String detail, boolean childSeen, boolean childSeenAlone, String recordedByName, String recordedTeamName,
            Instant recordedAt, String voidedByName, Instant voidedAt, String voidReason) {

        public boolean voided() {
            return voidedAt != null;
        }
    }

    /** Which checks were done with one agency: the latest check's state and how many were recorded. */
    public record AgencyCheck(String agency, String agencyLabel, boolean done, LocalDateTime lastCheckedAt, int checks) {}

    public record Coworker(UUID staffId, String name, UUID teamId, String teamName, String reason, String addedByName, Instant addedAt,
            Instant removedAt, String removalReason) {

        public boolean current() {
            return removedAt == null;
        }
    }

    public record Oversight(String managerName, String teamName, String note, Instant recordedAt) {}

    public String statusLabel() {
        return switch (status) {
            case "OPEN" -> "In progress";
            case "AWAITING_SIGN_OFF" -> "Outcome awaiting sign-off";
            default -> "Concluded";
        };
    }

    public boolean open() {
        return "OPEN".equals(status);
    }

    public boolean awaitingSignOff() {
        return "AWAITING_SIGN_OFF".equals(status);
    }

    public boolean concluded() {
        return "CONCLUDED".equals(status);
    }
}
