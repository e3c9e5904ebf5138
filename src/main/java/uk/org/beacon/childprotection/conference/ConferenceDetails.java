package uk.org.beacon.childprotection.conference;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A conference in full for the chair's page and the API: arrangements, invitations and participation,
 * the agencies' reports (missing ones flagged; shared in advance against the local setting of
 * {@code sharingWorkingDays}), the decision, the minutes and their amendments, and the chair's quality
 * assurance form once recorded.
 */
public record ConferenceDetails(UUID id, UUID childId, String childName, LocalDate childDateOfBirth, UUID enquiryId, UUID referralId,
        ConferenceStatus status, LocalDate enquiryStartedOn, LocalDate dueOn, LocalDateTime scheduledFor, String venue, UUID chairId,
        String chairName, UUID socialWorkTeamId, String socialWorkTeamName, UUID socialWorkerId, String socialWorkerName, LocalDate heldOn,
        Boolean planDecided, String category, String categoryLabel, String risksSummary, String strengthsSummary, String chairRationale,
        String managerRationale, String dissentBy, String dissent, String lateReasonCode, String lateReasonText, String minutes,
        boolean minutesFinal, Instant minutesSavedAt, Instant finalisedAt, String finalisedBy, String cancelReason, long version,
        int sharingWorkingDays, List<Invitee> invitees, List<AgencyReport> reports, List<Amendment> amendments, QualityScores quality) {

    /** Someone invited: a parent or carer, the child, an agency, or another person; what they did on the day once recorded. */
    public record Invitee(UUID id, String kind, UUID personId, String agency, String name, String relationship, LocalDate invitedOn,
            InvitationStyle invitationStyle, boolean advocacyOffered, boolean advocateUsed, String advocateName, String attendance,
            String contributedBy, String notInvitedReason, boolean supporterPresent) {

        public boolean child() {
            return "CHILD".equals(kind);
        }

        public boolean parent() {
            return "PARENT".equals(kind);
        }

        public boolean agencyInvitee() {
            return "AGENCY".equals(kind);
        }
    }

    /** An invited agency's report: requested, received, shared with the parents; {@code missing} until received. */
    public record AgencyReport(String agency, String agencyLabel, LocalDate requestedOn, LocalDate receivedOn, LocalDate sharedWithParentsOn,
            boolean sharedInAdvance) {

        public boolean missing() {
            return receivedOn == null;
        }
    }

    /** A correction or addition to final minutes, with its reason. */
    public record Amendment(UUID id, String body, String reason, String amendedBy, Instant amendedAt) {}

    public boolean held() {
        return status == ConferenceStatus.HELD;
    }

    public boolean scheduled() {
        return status == ConferenceStatus.SCHEDULED;
    }

    public boolean toBeArranged() {
        return status == ConferenceStatus.TO_BE_ARRANGED;
    }

    public long missingReports() {
        return reports.stream().filter(AgencyReport::missing).count();
    }

    public String statusLabel() {
        return status.label();
    }
}
