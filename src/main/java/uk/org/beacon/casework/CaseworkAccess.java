package uk.org.beacon.casework;

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
 * Casework's one door to a child's record: the person register's access decision (which is
 * {@code RecordAccess} with partner involvement), refusals and views written to the audit trail.
 * Pages that compose several casework reads check once and audit once.
 */
@Component
class CaseworkAccess {

    private final People people;
    private final CurrentStaff currentStaff;
    private final AuditTrail audit;

    CaseworkAccess(People people, CurrentStaff currentStaff, AuditTrail audit) {
        this.people = people;
        this.currentStaff = currentStaff;
        this.audit = audit;
    }

    /** The child's record may be read by the signed-in person; the view is audited with what was read. */
    StaffSummary read(UUID childId, String view) {
        StaffSummary me = check(childId);
        audit.record(new AuditEntry(me.id(), AuditAction.VIEWED, "PERSON", childId, null, Map.of("view", view)));
        return me;
    }

    /** The child's record may be read, without writing a view (the caller audits, or is about to change it). */
    StaffSummary check(UUID childId) {
        StaffSummary me = currentStaff.require();
        if (!people.exists(childId)) {
            throw new NotFoundException("No such child");
        }
        if (me.isPartner()) {
            throw new AccessDeniedException("Casework records are for children's services staff");
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
