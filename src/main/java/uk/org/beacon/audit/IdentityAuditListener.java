package uk.org.beacon.audit;

import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import uk.org.beacon.identity.GlassBroken;
import uk.org.beacon.identity.RecordRestricted;
import uk.org.beacon.identity.StaffAccountChanged;

/** Writes identity's facts (restrictions, broken glass, staff account changes) to the audit trail, in the same transaction. */
@Component
class IdentityAuditListener {

    private final AuditTrail trail;

    IdentityAuditListener(AuditTrail trail) {
        this.trail = trail;
    }

    @EventListener
    void on(GlassBroken event) {
        trail.record(new AuditEntry(event.staffId(), AuditAction.BROKE_GLASS, "PERSON", event.personId(), event.reason(),
                Map.of("until", event.until().toString())));
    }

    @EventListener
    void on(RecordRestricted event) {
        trail.record(new AuditEntry(event.restrictedBy(), event.lifted() ? AuditAction.RESTRICTION_LIFTED : AuditAction.RESTRICTED,
                "PERSON", event.personId(), event.reason(), Map.of("namedStaff", event.namedStaff().stream().map(Object::toString).sorted().toList())));
    }

    @EventListener
    void on(StaffAccountChanged event) {
        trail.record(new AuditEntry(event.changedBy(), event.created() ? AuditAction.CREATED : AuditAction.CHANGED, "STAFF",
                event.staffId(), null, Map.of("fields", event.fields())));
    }
}
