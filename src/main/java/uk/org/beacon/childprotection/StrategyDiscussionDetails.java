package uk.org.beacon.childprotection;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A recorded strategy discussion: who took part and what each shared, the decision and the actions
 * agreed. {@code initiatedEnquiryId} names the section 47 enquiry it started, from which the
 * initial conference clock (T5) runs.
 */
public record StrategyDiscussionDetails(UUID id, UUID childId, UUID referralId, LocalDateTime heldAt, String kind, String chairedBy,
        boolean section47, boolean jointEnquiry, String decisionReason, UUID initiatedEnquiryId, UUID recordedBy, String recordedByName,
        Instant recordedAt, List<Participant> participants, List<Action> actions, long version) {

    public record Participant(String agency, String agencyLabel, String name, String role, String attendance, String informationShared) {

        public String attendanceLabel() {
            return switch (attendance) {
                case "ATTENDED" -> "Took part";
                case "SENT_INFORMATION" -> "Sent information in writing";
                default -> "Did not attend";
            };
        }
    }

    public record Action(String action, String ownerName, String ownerAgency, String ownerAgencyLabel, LocalDate dueOn) {}

    public boolean meeting() {
        return "MEETING".equals(kind);
    }

    public String kindLabel() {
        return meeting() ? "Strategy meeting" : "Strategy discussion";
    }

    public String decisionLabel() {
        if (!section47) {
            return "No section 47 enquiry";
        }
        return jointEnquiry ? "Section 47 enquiry, joint with the police" : "Section 47 enquiry, single agency (children's social care)";
    }

    /** Whether this discussion decided an enquiry that has not yet been started from it. */
    public boolean mayStartEnquiry() {
        return section47 && initiatedEnquiryId == null;
    }
}
