package uk.org.beacon.childprotection;

import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import uk.org.beacon.audit.AuditAction;
import uk.org.beacon.audit.AuditEntry;
import uk.org.beacon.audit.AuditTrail;
import uk.org.beacon.identity.AccessDecision;
import uk.org.beacon.identity.CurrentStaff;
import uk.org.beacon.identity.StaffSummary;
import uk.org.beacon.person.People;
import uk.org.beacon.web.NotFoundException;
import uk.org.beacon.web.RestrictedRecordException;

/**
 * Child protection's one door to a child's record: the person register's access decision, refusals
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

    private final People people;
    private final CurrentStaff currentStaff;
    private final AuditTrail audit;

    ChildProtectionAccess(People people, CurrentStaff currentStaff, AuditTrail audit) {
        this.people = people;
        this.currentStaff = currentStaff;
        this.audit = audit;
    }

    /** The child's record may be read; the view is audited with what was read. */
    StaffSummary read(UUID childId, String view, UUID subjectId) {
        StaffSummary me = check(childId);
        audit.record(new AuditEntry(me.id(), AuditAction.VIEWED, "PERSON", childId, null,
                subjectId == null ? Map.of("view", view) : Map.of("view", view, "record", subjectId.toString())));
        return me;
    }

    /** The child's record may be read, without writing a view. */
    StaffSummary check(UUID childId) {
        StaffSummary me = currentStaff.require();
        if (!people.exists(childId)) {
            throw new NotFoundException("No such child");
        }
        if (me.isPartner()) {
            throw new AccessDeniedException("Child protection records are for children's services staff");
        }
        AccessDecision decision = people.decide(childId);
        if (decision.outcome() == AccessDecision.Outcome.RESTRICTED) {
            audit.record(new AuditEntry(me.id(), AuditAction.REFUSED, "PERSON", childId, null, Map.of("why", "restricted")));
            throw new RestrictedRecordException(childId);
        }
        if (!decision.allowed()) {
            audit.record(new AuditEntry(me.id(), AuditAction.REFUSED, "PERSON", childId, null, Map.of("why", "role")));
            throw new AccessDeniedException("You do not have access to this record");
        }
        return me;
    }

    /** The child's record may be changed by the signed-in person. */
    StaffSummary edit(UUID childId) {
        StaffSummary me = currentStaff.require();
        if (!people.exists(childId)) {
            throw new NotFoundException("No such child");
        }
        AccessDecision decision = people.decide(childId);
        if (decision.outcome() == AccessDecision.Outcome.RESTRICTED) {
            throw new RestrictedRecordException(childId);
        }
        if (!decision.allowed() || !decision.mayEdit() || me.isPartner()) {
            throw new AccessDeniedException("You may not change this record");
        }
        return me;
    }
}
