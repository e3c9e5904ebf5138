package uk.org.beacon.childprotection;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A strategy discussion or meeting as it is recorded: when ({@code heldAt}, UK time), whether a
 * discussion or a meeting, who chaired it, who took part from which agency and what each shared,
 * the decision (a section 47 enquiry or not; single agency or joint with the police) and why, and
 * the actions agreed, each with an owner and a date. Blank participant and action rows are ignored.
 */
public record StrategyDiscussionRecord(LocalDateTime heldAt, String kind, String chairedBy, List<Participant> participants,
        Boolean section47, Boolean jointEnquiry, String decisionReason, List<Action> actions) {

    public StrategyDiscussionRecord {
        participants = participants == null ? List.of() : List.copyOf(participants);
        actions = actions == null ? List.of() : List.copyOf(actions);
    }

    /**
     * One agency's part: {@code attendance} is ATTENDED, SENT_INFORMATION (in writing) or
     * DID_NOT_ATTEND. A row with only its agency chosen (as the page offers police, health and
     * education) is blank.
     */
    public record Participant(String agency, String name, String role, String attendance, String informationShared) {

        boolean blank() {
            return StrategyDiscussionRules.blank(name) && StrategyDiscussionRules.blank(role) && StrategyDiscussionRules.blank(attendance)
                    && StrategyDiscussionRules.blank(informationShared);
        }
    }

    /** An action agreed: what, who (name and agency) and by when. */
    public record Action(String action, String ownerName, String ownerAgency, LocalDate dueOn) {

        boolean blank() {
            return StrategyDiscussionRules.blank(action) && StrategyDiscussionRules.blank(ownerName)
                    && StrategyDiscussionRules.blank(ownerAgency) && dueOn == null;
        }
    }
}
