package uk.org.beacon.casework;

import static uk.org.beacon.casework.CaseworkRoles.MANAGERS;
import static uk.org.beacon.casework.CaseworkRoles.PRACTITIONERS;
import static uk.org.beacon.casework.CaseworkRoles.STAFF;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.org.beacon.audit.AuditAction;
import uk.org.beacon.audit.AuditEntry;
import uk.org.beacon.audit.AuditTrail;
import uk.org.beacon.identity.Staff;
import uk.org.beacon.identity.StaffSummary;
import uk.org.beacon.web.NotFoundException;
import uk.org.beacon.web.RestrictedRecordException;
import uk.org.beacon.web.RuleViolationException;

/**
 * Management decisions on a child's record: a manager records what was decided, the rationale and
 * the next steps, with the practice time of the decision apart from when it was typed up. A
 * decision is finalised when recorded and never changes; a later word is an appendment. Decisions
 * appear on the child's record and in the chronology ({@code ManagementDecisionRecorded}).
 */
@Service
public class ManagementDecisions {

    private final JdbcClient jdbc;
    private final CaseworkAccess access;
    private final OversightAppendments appendments;
    private final Staff staff;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ManagementDecisions(JdbcClient jdbc, CaseworkAccess access, OversightAppendments appendments, Staff staff, AuditTrail audit,
            ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.appendments = appendments;
        this.staff = staff;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @PreAuthorize(MANAGERS)
    @Transactional
    public ManagementDecisionSummary record(UUID childId, ManagementDecisionRecord record) {
        StaffSummary me = access.edit(childId);
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES);
        Map<String, String> errors = OversightRules.checkDecision(record, now);
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
        UUID id = UUID.randomUUID();
        LocalDateTime decidedAt = record.decidedAt() == null ? now : record.decidedAt();
        jdbc.sql("""
                INSERT INTO casework.management_decision (id, child_id, decided_at, decision, rationale, next_steps, decided_by, recorded_by, recorded_at)
                VALUES (:id, :child, :decidedAt, :decision, :rationale, :next, :by, :by, :at)
                """)
                .param("id", id).param("child", childId).param("decidedAt", decidedAt).param("decision", record.decision().trim())
                .param("rationale", record.rationale().trim()).param("next", blankToNull(record.nextSteps())).param("by", me.id())
                .param("at", Timestamp.from(clock.instant()))
                .update();
        audit.record(new AuditEntry(me.id(), AuditAction.CHANGED, "PERSON", childId, null, Map.of("managementDecision", id.toString())));
        events.publishEvent(new ManagementDecisionRecorded(id, childId, decidedAt, record.decision().trim(), record.rationale().trim(),
                blankToNull(record.nextSteps()), me.id()));
        return find(id);
    }

    /** Adds a later word to a decision (a correction, what happened next); the decision itself never changes. */
    @PreAuthorize(PRACTITIONERS)
    @Transactional
    public ManagementDecisionSummary append(UUID decisionId, String text) {
        ManagementDecisionSummary decision = find(decisionId);
        StaffSummary me = access.edit(decision.childId());
        UUID id = appendments.append(OversightAppendments.DECISION, decisionId, decision.childId(), text, me.id());
        audit.record(new AuditEntry(me.id(), AuditAction.CHANGED, "PERSON", decision.childId(), null,
                Map.of("managementDecision", decisionId.toString(), "appendment", id.toString())));
        return find(decisionId);
    }

    /** The child's management decisions, newest first; the view is audited. */
    @PreAuthorize(STAFF)
    @Transactional(noRollbackFor = {RestrictedRecordException.class, AccessDeniedException.class})
    public List<ManagementDecisionSummary> forChild(UUID childId) {
        access.read(childId, "management decisions");
        return read(childId);
    }

    /** Without access check or audit, for pages that checked once. */
    List<ManagementDecisionSummary> read(UUID childId) {
        return withNames(jdbc.sql(SELECT + " WHERE child_id = :child ORDER BY decided_at DESC, recorded_at DESC")
                .param("child", childId).query(ManagementDecisions::row).list());
    }

    ManagementDecisionSummary find(UUID id) {
        return withNames(jdbc.sql(SELECT + " WHERE id = :id").param("id", id).query(ManagementDecisions::row).list()).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("No such management decision"));
    }

    private List<ManagementDecisionSummary> withNames(List<ManagementDecisionSummary> rows) {
        Map<UUID, String> names = staff.displayNames(rows.stream().map(ManagementDecisionSummary::decidedBy).toList());
        Map<UUID, List<Appendment>> added = appendments.of(rows.stream().map(ManagementDecisionSummary::id).toList());
        return rows.stream().map(d -> new ManagementDecisionSummary(d.id(), d.childId(), d.decidedAt(), d.decision(), d.rationale(), d.nextSteps(),
                d.decidedBy(), names.get(d.decidedBy()), d.recordedAt(), added.getOrDefault(d.id(), List.of()))).toList();
    }

    private static final String SELECT = """
            SELECT id, child_id, decided_at, decision, rationale, next_steps, decided_by, recorded_at FROM casework.management_decision""";

    private static ManagementDecisionSummary row(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new ManagementDecisionSummary(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getTimestamp(3).toLocalDateTime(),
                rs.getString(4), rs.getString(5), rs.getString(6), rs.getObject(7, UUID.class), null, rs.getTimestamp(8).toInstant(), List.of());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
