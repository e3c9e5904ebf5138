package uk.org.beacon.casework;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import uk.org.beacon.childprotection.Section47Enquiries;
import uk.org.beacon.childprotection.Section47Summary;
import uk.org.beacon.childprotection.StrategyDiscussionDetails;
import uk.org.beacon.childprotection.StrategyDiscussions;
import uk.org.beacon.identity.CurrentStaff;
import uk.org.beacon.identity.Role;
import uk.org.beacon.identity.StaffSummary;

/**
 * The child protection panel of the child's record page: the strategy discussions held (the one
 * that initiated an enquiry marked) and the section 47 enquiries, each linked, with the ways to
 * record a discussion and start an enquiry. The page has already checked access and audited the view.
 */
@Component
class SafeguardingRecordSection implements ChildRecordSection {

    /** What the panel shows. */
    record Panel(UUID childId, List<StrategyDiscussionDetails> discussions, List<Section47Summary> enquiries, boolean mayRecordDiscussion,
            boolean mayStartEnquiry) {}

    private final StrategyDiscussions discussions;
    private final Section47Enquiries enquiries;
    private final CurrentStaff currentStaff;

    SafeguardingRecordSection(StrategyDiscussions discussions, Section47Enquiries enquiries, CurrentStaff currentStaff) {
        this.discussions = discussions;
        this.enquiries = enquiries;
        this.currentStaff = currentStaff;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public String fragment() {
        return "childprotection/record-section :: section";
    }

    @Override
    public Map<String, Object> model(UUID childId) {
        StaffSummary me = currentStaff.require();
        List<StrategyDiscussionDetails> held = discussions.forChild(childId);
        List<Section47Summary> started = enquiries.forChild(childId);
        boolean recorder = me.has(Role.SOCIAL_WORKER) || me.has(Role.TEAM_MANAGER) || me.has(Role.SCREENER) || me.has(Role.CP_CHAIR);
        boolean starter = (me.has(Role.SOCIAL_WORKER) || me.has(Role.TEAM_MANAGER))
                && held.stream().anyMatch(StrategyDiscussionDetails::mayStartEnquiry) && started.stream().noneMatch(Section47Summary::inProgress);
        return Map.of("safeguardingPanel", new Panel(childId, held, started, recorder, starter));
    }
}
