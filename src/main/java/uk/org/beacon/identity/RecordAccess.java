package uk.org.beacon.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.org.beacon.web.RuleViolationException;

/**
 * The one policy for who may open a person's record. Access follows role first (administrators
 * manage the system, not children's records; partner professionals see only the children they
 * are involved with). A restricted record opens only to the staff named on it and to those who
 * hold the child's case ({@link CaseHolders}: the allocated workers and their team's managers;
 * read-only once the case has moved to another team); anyone else with a practice role sees that
 * it exists and may break the glass, giving a reason, which opens it to them for
 * {@link #BROKEN_GLASS_LASTS} and alerts their managers.
 */
@Component
public class RecordAccess {

    public static final Duration BROKEN_GLASS_LASTS = Duration.ofHours(8);

    private final JdbcClient jdbc;
    private final CurrentStaff currentStaff;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ObjectProvider<CaseHolders> caseHolders;

    RecordAccess(JdbcClient jdbc, CurrentStaff currentStaff, ApplicationEventPublisher events, Clock clock,
            ObjectProvider<CaseHolders> caseHolders) {
        this.jdbc = jdbc;
        this.currentStaff = currentStaff;
        this.events = events;
        this.clock = clock;
        this.caseHolders = caseHolders;
    }

    /**
     * @param partnerInvolved whether the person's record links the signed-in partner professional
     *     to this child (only consulted for partner-agency accounts)
     */
    @Transactional(readOnly = true)
    public AccessDecision decide(UUID personId, boolean partnerInvolved) {
        StaffSummary staff = currentStaff.get().orElse(null);
        if (staff == null || !staff.readsChildRecords()) {
            return AccessDecision.denied();
        }
        if (staff.isPartner() && !partnerInvolved) {
            return AccessDecision.denied();
        }
        boolean restricted = isRestricted(personId);
        if (!restricted) {
            return new AccessDecision(AccessDecision.Outcome.ALLOWED, false, false, staff.editsChildRecords());
        }
        if (isNamed(personId, staff.id())) {
            return new AccessDecision(AccessDecision.Outcome.ALLOWED, true, false, staff.editsChildRecords());
        }
        CaseHolders.Holding holding = holdings(List.of(personId), staff).getOrDefault(personId, CaseHolders.Holding.NONE);
        if (holding == CaseHolders.Holding.CURRENT) {
            return new AccessDecision(AccessDecision.Outcome.ALLOWED, true, false, staff.editsChildRecords());
        }
        if (hasOpenBrokenGlass(personId, staff.id())) {
            return new AccessDecision(AccessDecision.Outcome.ALLOWED, true, true, staff.editsChildRecords());
        }
        if (holding == CaseHolders.Holding.FORMER) {
            return new AccessDecision(AccessDecision.Outcome.ALLOWED, true, false, false);
        }
        return new AccessDecision(AccessDecision.Outcome.RESTRICTED, true, false, false);
    }

    /** Of these records, the ones restricted and not open to the signed-in person (for search results). */
    @Transactional(readOnly = true)
    public Set<UUID> hiddenAmong(Collection<UUID> personIds) {
        if (personIds.isEmpty()) {
            return Set.of();
        }
        StaffSummary staff = currentStaff.get().orElse(null);
        UUID staffId = staff == null ? null : staff.id();
        Set<UUID> hidden = new HashSet<>(jdbc.sql("""
                        SELECT r.person_id FROM identity.record_restriction r
                        WHERE r.person_id IN (:ids) AND r.lifted_at IS NULL
                          AND NOT EXISTS (SELECT 1 FROM identity.restriction_member m WHERE m.person_id = r.person_id AND m.staff_id = :staff)
                          AND NOT EXISTS (SELECT 1 FROM identity.break_glass b WHERE b.person_id = r.person_id AND b.staff_id = :staff AND b.expires_at > :now)
                        """)
                .param("ids", personIds)
                .param("staff", staffId)
                .param("now", Timestamp.from(clock.instant()))
                .query(UUID.class)
                .list());
        if (!hidden.isEmpty() && staff != null) {
            hidden.removeAll(holdings(hidden, staff).keySet());
        }
        return hidden;
    }

    /** Of these records, the ones under a restriction (whether or not open to the signed-in person). */
    @Transactional(readOnly = true)
    public Set<UUID> restrictedAmong(Collection<UUID> personIds) {
        if (personIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("SELECT person_id FROM identity.record_restriction WHERE person_id IN (:ids) AND lifted_at IS NULL")
                .param("ids", personIds).query(UUID.class).list());
    }

    @Transactional(readOnly = true)
    public boolean isRestricted(UUID personId) {
        return jdbc.sql("SELECT count(*) FROM identity.record_restriction WHERE person_id = :p AND lifted_at IS NULL")
                        .param("p", personId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    @Transactional(readOnly = true)
    public Set<UUID> namedStaff(UUID personId) {
        return new LinkedHashSet<>(jdbc.sql("SELECT staff_id FROM identity.restriction_member WHERE person_id = :p")
                .param("p", personId)
                .query(UUID.class)
                .list());
    }

    /** Restricts a record to named staff. The manager or administrator restricting it is always named. */
    @PreAuthorize("hasAnyRole('TEAM_MANAGER','ADMINISTRATOR')")
    @Transactional
    public void restrict(UUID personId, String reason, Set<UUID> staffIds) {
        if (reason == null || reason.isBlank()) {
            throw new RuleViolationException(Map.of("reason", "Enter why this record is restricted"));
        }
        StaffSummary by = currentStaff.require();
        Set<UUID> named = new LinkedHashSet<>(staffIds);
        named.add(by.id());
        Instant now = clock.instant();
        jdbc.sql("""
                INSERT INTO identity.record_restriction (person_id, reason, restricted_by, restricted_at)
                VALUES (:p, :reason, :by, :at)
                ON CONFLICT (person_id) DO UPDATE SET reason = EXCLUDED.reason, restricted_by = EXCLUDED.restricted_by,
                    restricted_at = EXCLUDED.restricted_at, lifted_at = NULL, lifted_by = NULL
                """)
                .param("p", personId).param("reason", reason.trim()).param("by", by.id()).param("at", Timestamp.from(now))
                .update();
        jdbc.sql("DELETE FROM identity.restriction_member WHERE person_id = :p").param("p", personId).update();
        for (UUID staffId : named) {
            jdbc.sql("INSERT INTO identity.restriction_member (person_id, staff_id) VALUES (:p, :s)")
                    .param("p", personId).param("s", staffId).update();
        }
        events.publishEvent(new RecordRestricted(personId, by.id(), false, Set.copyOf(named), reason.trim()));
    }

    @PreAuthorize("hasAnyRole('TEAM_MANAGER','ADMINISTRATOR')")
    @Transactional
    public void lift(UUID personId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new RuleViolationException(Map.of("reason", "Enter why the restriction is no longer needed"));
        }
        StaffSummary by = currentStaff.require();
        jdbc.sql("UPDATE identity.record_restriction SET lifted_at = :at, lifted_by = :by WHERE person_id = :p AND lifted_at IS NULL")
                .param("p", personId).param("by", by.id()).param("at", Timestamp.from(clock.instant()))
                .update();
        events.publishEvent(new RecordRestricted(personId, by.id(), true, Set.of(), reason));
    }

    /**
     * Opens a restricted record to the signed-in person for a limited time. The reason is kept,
     * the audit trail records it, and every team manager of their team (or, failing that, every
     * administrator) is alerted.
     */
    @Transactional
    public void breakGlass(UUID personId, String reason) {
        StaffSummary staff = currentStaff.require();
        if (!staff.readsChildRecords() || staff.isPartner()) {
            throw new AccessDeniedException("Your role cannot open restricted records");
        }
        if (reason == null || reason.trim().length() < 10) {
            throw new RuleViolationException(Map.of("reason", "Explain in at least 10 characters why you need to open this restricted record"));
        }
        Instant now = clock.instant();
        Instant until = now.plus(BROKEN_GLASS_LASTS);
        jdbc.sql("""
                INSERT INTO identity.break_glass (id, person_id, staff_id, reason, opened_at, expires_at)
                VALUES (:id, :p, :s, :reason, :now, :until)
                """)
                .param("id", UUID.randomUUID()).param("p", personId).param("s", staff.id()).param("reason", reason.trim())
                .param("now", Timestamp.from(now)).param("until", Timestamp.from(until))
                .update();
        List<UUID> managers = jdbc.sql("""
                        SELECT s.id FROM identity.staff_member s JOIN identity.staff_role r ON r.staff_member = s.id
                        WHERE s.active AND r.role = 'TEAM_MANAGER' AND s.team_id = :team AND s.id <> :me
                        """)
                .param("team", staff.teamId()).param("me", staff.id())
                .query(UUID.class).list();
        if (managers.isEmpty()) {
            managers = jdbc.sql("""
                            SELECT s.id FROM identity.staff_member s JOIN identity.staff_role r ON r.staff_member = s.id
                            WHERE s.active AND r.role = 'ADMINISTRATOR'
                            """)
                    .query(UUID.class).list();
        }
        for (UUID manager : managers) {
            jdbc.sql("""
                    INSERT INTO identity.alert (id, recipient_staff_id, kind, about_staff_id, about_person_id, message, raised_at)
                    VALUES (:id, :to, 'BROKEN_GLASS', :staff, :person, :message, :now)
                    """)
                    .param("id", UUID.randomUUID()).param("to", manager).param("staff", staff.id()).param("person", personId)
                    .param("message", "Opened a restricted record. Reason given: " + reason.trim())
                    .param("now", Timestamp.from(now))
                    .update();
        }
        events.publishEvent(new GlassBroken(personId, staff.id(), reason.trim(), until));
    }

    /** Unacknowledged alerts for the signed-in person. */
    @Transactional(readOnly = true)
    public List<AlertSummary> myAlerts() {
        UUID me = currentStaff.id().orElse(null);
        if (me == null) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT id, kind, about_staff_id, about_person_id, message, raised_at FROM identity.alert
                        WHERE recipient_staff_id = :me AND acknowledged_at IS NULL ORDER BY raised_at DESC LIMIT 50
                        """)
                .param("me", me)
                .query((rs, i) -> new AlertSummary(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class),
                        rs.getObject(4, UUID.class), rs.getString(5), rs.getTimestamp(6).toInstant()))
                .list();
    }

    @Transactional
    public void acknowledge(UUID alertId) {
        UUID me = currentStaff.require().id();
        jdbc.sql("UPDATE identity.alert SET acknowledged_at = :now WHERE id = :id AND recipient_staff_id = :me")
                .param("now", Timestamp.from(clock.instant())).param("id", alertId).param("me", me)
                .update();
    }

    private Map<UUID, CaseHolders.Holding> holdings(Collection<UUID> personIds, StaffSummary staff) {
        CaseHolders holders = caseHolders.getIfAvailable();
        if (holders == null || staff.isPartner()) {
            return Map.of();
        }
        Map<UUID, CaseHolders.Holding> found = new java.util.HashMap<>(holders.holdings(personIds, staff));
        found.values().removeIf(h -> h == CaseHolders.Holding.NONE);
        return found;
    }

    private boolean isNamed(UUID personId, UUID staffId) {
        return jdbc.sql("SELECT count(*) FROM identity.restriction_member WHERE person_id = :p AND staff_id = :s")
                        .param("p", personId).param("s", staffId)
                        .query(Long.class).single() > 0;
    }

    private boolean hasOpenBrokenGlass(UUID personId, UUID staffId) {
        return jdbc.sql("SELECT count(*) FROM identity.break_glass WHERE person_id = :p AND staff_id = :s AND expires_at > :now")
                        .param("p", personId).param("s", staffId).param("now", Timestamp.from(clock.instant()))
                        .query(Long.class).single() > 0;
    }
}
