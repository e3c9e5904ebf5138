package uk.org.beacon.childprotection;

import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import uk.org.beacon.identity.CurrentStaff;
import uk.org.beacon.identity.StaffSummary;
import uk.org.beacon.person.People;
import uk.org.beacon.person.RecordPart;

/**
 * Child protection's door to a child's record: the person register's one access check, refusals
 * and views written to the audit trail. Partner agencies take part in strategy discussions but do
 * not read the child protection record on Beacon.
 */
@Component
class ChildProtectionAccess {

    /** Children's services staff who read children's records. */
    static final String READERS = "hasAnyRole('SCREENER','SOCIAL_WORKER','TEAM_MANAGER','CP_CHAIR','QUALITY_PERFORMANCE','SENIOR_LEADER')";
    /** Who records strategy discussions: the front door, social workers, managers and chairs. */
    static final String DISCUSSION_RECORDERS = "hasAnyRole('SCREENER','SOCIAL_WORKER','TEAM_MANAGER','CP_CHAIR')";
    /** Who works section 47 enquiries. */
    static final String ENQUIRY_WORKERS = "hasAnyRole('SOCIAL_WORKER','TEAM_MANAGER')";
    static final String MANAGERS = "hasRole('TEAM_MANAGER')";

    private static final RecordPart CHILD_PROTECTION = RecordPart.staffOnly("child protection");

    private final People people;
    private final CurrentStaff currentStaff;

    ChildProtectionAccess(People people, CurrentStaff currentStaff) {
        this.people = people;
        this.currentStaff = currentStaff;
    }

    /** The child's record may be read; the view is audited with what was read. */
    StaffSummary read(UUID childId, String view, UUID subjectId) {
        StaffSummary me = currentStaff.require();
        people.read(childId, CHILD_PROTECTION, subjectId == null ? Map.of("view", view) : Map.of("view", view, "record", subjectId.toString()));
        return me;
    }

    /** The child's record may be read, without writing a view. */
    StaffSummary check(UUID childId) {
        StaffSummary me = currentStaff.require();
        people.check(childId, CHILD_PROTECTION);
        return me;
    }

    /** The child's record may be changed by the signed-in person. */
    StaffSummary edit(UUID childId) {
        StaffSummary me = currentStaff.require();
        people.checkEdit(childId, CHILD_PROTECTION);
        return me;
    }
}
