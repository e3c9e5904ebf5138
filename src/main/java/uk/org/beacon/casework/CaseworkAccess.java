package uk.org.beacon.casework;

import java.util.UUID;
import org.springframework.stereotype.Component;
import uk.org.beacon.identity.CurrentStaff;
import uk.org.beacon.identity.StaffSummary;
import uk.org.beacon.person.People;
import uk.org.beacon.person.RecordPart;

/**
 * Casework's door to a child's record: the person register's one access check (role, partner
 * involvement, restriction, broken glass; refusals and views audited). Casework records are for
 * children's services staff only. Pages that compose several casework reads check once and audit once.
 */
@Component
class CaseworkAccess {

    private final People people;
    private final CurrentStaff currentStaff;

    CaseworkAccess(People people, CurrentStaff currentStaff) {
        this.people = people;
        this.currentStaff = currentStaff;
    }

    /** The child's record may be read by the signed-in person; the view is audited with what was read. */
    StaffSummary read(UUID childId, String view) {
        StaffSummary me = currentStaff.require();
        people.read(childId, RecordPart.staffOnly(view));
        return me;
    }

    /** The child's record may be read, without writing a view (the caller audits, or is about to change it). */
    StaffSummary check(UUID childId) {
        StaffSummary me = currentStaff.require();
        people.check(childId, RecordPart.staffOnly("casework"));
        return me;
    }

    /** The child's record may be changed by the signed-in person. */
    StaffSummary edit(UUID childId) {
        StaffSummary me = currentStaff.require();
        people.checkEdit(childId, RecordPart.staffOnly("casework"));
        return me;
    }
}
