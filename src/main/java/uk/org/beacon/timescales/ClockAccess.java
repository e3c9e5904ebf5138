package uk.org.beacon.timescales;

import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import uk.org.beacon.audit.AuditAction;
import uk.org.beacon.audit.AuditEntry;
import uk.org.beacon.audit.AuditTrail;
import uk.org.beacon.identity.AccessDecision;
import uk.org.beacon.identity.CurrentStaff;
import uk.org.beacon.identity.RecordAccess;
import uk.org.beacon.web.RestrictedRecordException;

/** A child's clocks are part of the child's record: the same access policy, and every read audited. */
@Component
class ClockAccess {

    private final RecordAccess access;
    private final AuditTrail audit;
    private final CurrentStaff currentStaff;

    ClockAccess(RecordAccess access, AuditTrail audit, CurrentStaff currentStaff) {
        this.access = access;
        this.audit = audit;
        this.currentStaff = currentStaff;
    }

    /** Refuses (and records the refusal) unless the signed-in person may open the child's record; records the view when asked. */
    void check(UUID childId, String what, boolean recordView) {
        AccessDecision decision = access.decide(childId, false);
        UUID actor = currentStaff.id().orElse(null);
        if (!decision.allowed()) {
            audit.record(new AuditEntry(actor, AuditAction.REFUSED, "PERSON", childId, null, Map.of("clocks", what)));
            if (decision.restricted()) {
                throw new RestrictedRecordException(childId);
            }
            throw new AccessDeniedException("You do not have access to this child's record");
        }
        if (recordView) {
            audit.record(new AuditEntry(actor, AuditAction.VIEWED, "PERSON", childId, null, Map.of("clocks", what)));
        }
    }
}
