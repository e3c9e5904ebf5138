package uk.org.beacon.frontdoor;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.org.beacon.audit.AuditAction;
import uk.org.beacon.audit.AuditEntry;
import uk.org.beacon.audit.AuditTrail;
import uk.org.beacon.identity.CurrentStaff;
import uk.org.beacon.web.RuleViolationException;

/**
 * The authority's own front-door settings, held as data so an administrator can change them (with
 * a reason, audited) without a redeployment. The first is whether a screener's decision needs a
 * manager's agreement before anything follows from it; the start-up default comes from
 * {@code beacon.frontdoor.decisions-need-authorisation}.
 */
@Component
public class FrontDoorSettings {

    static final String DECISIONS_NEED_AUTHORISATION = "decisions-need-authorisation";

    private final JdbcClient jdbc;
    private final CurrentStaff currentStaff;
    private final AuditTrail audit;
    private final Clock clock;
    private final boolean defaultNeedsAuthorisation;

    FrontDoorSettings(JdbcClient jdbc, CurrentStaff currentStaff, AuditTrail audit, Clock clock,
            @Value("${beacon.frontdoor.decisions-need-authorisation:false}") boolean defaultNeedsAuthorisation) {
        this.jdbc = jdbc;
        this.currentStaff = currentStaff;
        this.audit = audit;
        this.clock = clock;
        this.defaultNeedsAuthorisation = defaultNeedsAuthorisation;
    }

    @Transactional(readOnly = true)
    public boolean decisionsNeedAuthorisation() {
        return jdbc.sql("SELECT value FROM frontdoor.setting WHERE key = :k").param("k", DECISIONS_NEED_AUTHORISATION)
                .query(String.class).optional().map(Boolean::parseBoolean).orElse(defaultNeedsAuthorisation);
    }

    @PreAuthorize("hasRole('ADMINISTRATOR')")
    @Transactional
    public void setDecisionsNeedAuthorisation(boolean required, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new RuleViolationException(Map.of("reason", "Give the reason for the change (for example, the decision of the service's leadership)"));
        }
        boolean before = decisionsNeedAuthorisation();
        UUID actor = currentStaff.id().orElse(null);
        jdbc.sql("""
                INSERT INTO frontdoor.setting (key, value, reason, changed_by, changed_at) VALUES (:k, :v, :r, :by, :at)
                ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, reason = EXCLUDED.reason, changed_by = EXCLUDED.changed_by, changed_at = EXCLUDED.changed_at
                """)
                .param("k", DECISIONS_NEED_AUTHORISATION).param("v", String.valueOf(required)).param("r", reason.trim())
                .param("by", actor).param("at", Timestamp.from(clock.instant()))
                .update();
        audit.record(new AuditEntry(actor, AuditAction.CHANGED, "FRONT_DOOR_SETTING", null, reason.trim(),
                Map.of("setting", DECISIONS_NEED_AUTHORISATION, "from", before, "to", required)));
    }
}
