package uk.org.beacon.planning;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.org.beacon.audit.AuditAction;
import uk.org.beacon.audit.AuditEntry;
import uk.org.beacon.audit.AuditTrail;
import uk.org.beacon.identity.CurrentStaff;
import uk.org.beacon.identity.Staff;
import uk.org.beacon.person.People;
import uk.org.beacon.person.RecordPart;
import uk.org.beacon.web.EditConflictException;
import uk.org.beacon.web.FieldDifference;
import uk.org.beacon.web.NotFoundException;
import uk.org.beacon.web.RuleViolationException;

/**
 * Plans made of outcomes and SMART actions, for any module that owns a plan. The owner creates the
 * plan for its subject and closes it when its plan ends; workers add and reword outcomes and actions
 * (each edit checked against the version they read, the previous wording kept), withdraw actions with a
 * reason (never delete them) and append progress. Vague wording is held back until the worker confirms
 * it. Every change is checked against the child's record access and audited.
 */
@Service
public class Plans {

    static final String WRITERS = "hasAnyRole('SOCIAL_WORKER','TEAM_MANAGER','CP_CHAIR')";
    static final String READERS = "hasAnyRole('SCREENER','SOCIAL_WORKER','TEAM_MANAGER','CP_CHAIR','QUALITY_PERFORMANCE','SENIOR_LEADER')";
    private static final String AUDIT_SUBJECT = "PLAN";

    private final JdbcClient jdbc;
    private final People people;
    private final CurrentStaff currentStaff;
    private final AuditTrail audit;
    private final Staff staff;
    private final Clock clock;

    Plans(JdbcClient jdbc, People people, CurrentStaff currentStaff, AuditTrail audit, Staff staff, Clock clock) {
        this.jdbc = jdbc;
        this.staff = staff;
        this.people = people;
        this.currentStaff = currentStaff;
        this.audit = audit;
        this.clock = clock;
    }

    /** Creates an empty plan for an owner module's subject (e.g. "childinneed" and the child in need plan's id). */
    @PreAuthorize(WRITERS)
    @Transactional
    public UUID create(String ownerModule, UUID subjectId, UUID childId) {
        if (ownerModule == null || ownerModule.isBlank() || subjectId == null || childId == null) {
            throw new IllegalArgumentException("A plan needs its owner, subject and child");
        }
        editable(childId);
        UUID id = UUID.randomUUID();
        UUID me = currentStaff.id().orElse(null);
        jdbc.sql("""
                INSERT INTO planning.plan (id, owner_module, subject_id, child_id, created_at, created_by)
                VALUES (:id, :owner, :subject, :child, :at, :by)
                """).param("id", id).param("owner", ownerModule).param("subject", subjectId).param("child", childId)
                .param("at", Timestamp.from(clock.instant())).param("by", me).update();
        audit.record(new AuditEntry(me, AuditAction.CREATED, AUDIT_SUBJECT, id, null, Map.of("owner", ownerModule, "child", childId.toString())));
        return id;
    }

    /** The plan in full; access to the child's record is checked (the caller audits the view of its own page). */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public PlanDetails find(UUID planId) {
        PlanRow plan = plan(planId);
        readable(plan.childId);
        return details(plan);
    }

    /** Adds an outcome at the end of the plan. */
    @PreAuthorize(WRITERS)
    @Transactional
    public PlanDetails addOutcome(UUID planId, long expectedVersion, String outcome) {
        PlanRow plan = openPlan(planId, expectedVersion);
        refuseIf(PlanRules.checkOutcome(outcome));
        int position = jdbc.sql("SELECT coalesce(max(position), 0) + 1 FROM planning.plan_outcome WHERE plan_id = :p").param("p", planId)
                .query(Integer.class).single();
        UUID id = UUID.randomUUID();
        UUID me = currentStaff.id().orElse(null);
        jdbc.sql("""
                INSERT INTO planning.plan_outcome (id, plan_id, position, outcome, added_at, added_by) VALUES (:id, :p, :pos, :o, :at, :by)
                """).param("id", id).param("p", planId).param("pos", position).param("o", outcome.strip())
                .param("at", Timestamp.from(clock.instant())).param("by", me).update();
        touch(plan);
        audit.record(new AuditEntry(me, AuditAction.CHANGED, AUDIT_SUBJECT, planId, null, Map.of("outcomeAdded", id.toString())));
        return details(plan(planId));
    }

    /** Rewords an outcome (checked against the version read). */
    @PreAuthorize(WRITERS)
    @Transactional
    public PlanDetails editOutcome(UUID outcomeId, long expectedVersion, String outcome) {
        OutcomeRow o = outcome(outcomeId);
        PlanRow plan = openPlan(o.planId, null);
        if (o.version != expectedVersion) {
            throw new EditConflictException(List.of(new FieldDifference("Outcome", o.outcome, outcome == null ? "" : outcome)), o.version);
        }
        if (o.withdrawn) {
            throw new RuleViolationException(Map.of("outcome", "This outcome was withdrawn and cannot be changed"));
        }
        refuseIf(PlanRules.checkOutcome(outcome));
        jdbc.sql("UPDATE planning.plan_outcome SET outcome = :o, version = version + 1 WHERE id = :id").param("o", outcome.strip())
                .param("id", outcomeId).update();
        touch(plan);
        audit.record(new AuditEntry(currentStaff.id().orElse(null), AuditAction.CHANGED, AUDIT_SUBJECT, plan.id, null,
                Map.of("outcomeChanged", outcomeId.toString(), "was", o.outcome)));
        return details(plan(plan.id));
    }

    /** Withdraws an outcome that no longer applies, with its open actions; kept on the plan as withdrawn. */
    @PreAuthorize(WRITERS)
    @Transactional
    public PlanDetails withdrawOutcome(UUID outcomeId, long expectedVersion, String reason) {
        OutcomeRow o = outcome(outcomeId);
        PlanRow plan = openPlan(o.planId, null);
        if (o.version != expectedVersion) {
            throw new EditConflictException(List.of(new FieldDifference("Outcome", "changed since you opened it", o.outcome)), o.version);
        }
        if (PlanRules.blank(reason)) {
            throw new RuleViolationException(Map.of("withdrawnReason", "Give the reason the outcome no longer applies"));
        }
        UUID me = currentStaff.id().orElse(null);
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                UPDATE planning.plan_outcome SET withdrawn_at = :at, withdrawn_by = :by, withdrawn_reason = :r, version = version + 1
                WHERE id = :id AND withdrawn_at IS NULL
                """).param("at", now).param("by", me).param("r", reason.strip()).param("id", outcomeId).update();
        jdbc.sql("""
                UPDATE planning.plan_action SET withdrawn_at = :at, withdrawn_by = :by, withdrawn_reason = :r, version = version + 1
                WHERE outcome_id = :id AND withdrawn_at IS NULL
                """).param("at", now).param("by", me).param("r", "Outcome withdrawn: " + reason.strip()).param("id", outcomeId).update();
        touch(plan);
        audit.record(new AuditEntry(me, AuditAction.CHANGED, AUDIT_SUBJECT, plan.id, reason.strip(), Map.of("outcomeWithdrawn", outcomeId.toString())));
        return details(plan(plan.id));
    }

    /**
     * Adds an action to an outcome. Refused at the field without what, who, what will be different or
     * a due date (not past); held back (nothing saved, warnings returned) when its wording is vague and
     * the worker has not confirmed it.
     */
    @PreAuthorize(WRITERS)
    @Transactional
    public ActionSaved addAction(UUID outcomeId, long expectedPlanVersion, PlanActionContent content) {
        OutcomeRow o = outcome(outcomeId);
        PlanRow plan = openPlan(o.planId, expectedPlanVersion);
        if (o.withdrawn) {
            throw new RuleViolationException(Map.of("action", "This outcome was withdrawn: add the action to a current outcome"));
        }
        refuseIf(PlanRules.checkAction(content, today(), true));
        List<String> warnings = PlanRules.vagueWording(content);
        if (!warnings.isEmpty() && !content.wordingConfirmed()) {
            return new ActionSaved(null, warnings);
        }
        int position = jdbc.sql("SELECT coalesce(max(position), 0) + 1 FROM planning.plan_action WHERE outcome_id = :o").param("o", outcomeId)
                .query(Integer.class).single();
        UUID id = UUID.randomUUID();
        UUID me = currentStaff.id().orElse(null);
        jdbc.sql("""
                INSERT INTO planning.plan_action (id, outcome_id, position, action, owner_name, owner_role, owner_staff_id, difference, due_on,
                                                  wording_confirmed, added_at, added_by)
                VALUES (:id, :o, :pos, :action, :owner, :role, :staff, :diff, :due, :confirmed, :at, :by)
                """).param("id", id).param("o", outcomeId).param("pos", position).param("action", content.action().strip())
                .param("owner", ownerName(content)).param("role", strip(content.ownerRole())).param("staff", content.ownerStaffId())
                .param("diff", content.difference().strip()).param("due", content.dueOn()).param("confirmed", !warnings.isEmpty())
                .param("at", Timestamp.from(clock.instant())).param("by", me).update();
        touch(plan);
        audit.record(new AuditEntry(me, AuditAction.CHANGED, AUDIT_SUBJECT, plan.id, null, Map.of("actionAdded", id.toString())));
        return new ActionSaved(action(id), warnings);
    }

    /** Rewords an action (the previous wording is kept); the same checks as adding it, except a due date already past may stay. */
    @PreAuthorize(WRITERS)
    @Transactional
    public ActionSaved editAction(UUID actionId, long expectedVersion, PlanActionContent content) {
        PlanActionSummary current = action(actionId);
        OutcomeRow o = outcome(current.outcomeId());
        PlanRow plan = openPlan(o.planId, null);
        if (current.version() != expectedVersion) {
            throw new EditConflictException(differences(current, content), current.version());
        }
        if (current.withdrawn()) {
            throw new RuleViolationException(Map.of("action", "This action was withdrawn and cannot be changed"));
        }
        boolean dateChanged = content != null && !Objects.equals(content.dueOn(), current.dueOn());
        refuseIf(PlanRules.checkAction(content, today(), dateChanged));
        List<String> warnings = PlanRules.vagueWording(content);
        if (!warnings.isEmpty() && !content.wordingConfirmed()) {
            return new ActionSaved(null, warnings);
        }
        UUID me = currentStaff.id().orElse(null);
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                INSERT INTO planning.plan_action_history (action_id, action, owner_name, owner_role, owner_staff_id, difference, due_on, version,
                                                          replaced_at, replaced_by)
                SELECT id, action, owner_name, owner_role, owner_staff_id, difference, due_on, version, :at, :by FROM planning.plan_action WHERE id = :id
                """).param("at", now).param("by", me).param("id", actionId).update();
        jdbc.sql("""
                UPDATE planning.plan_action SET action = :action, owner_name = :owner, owner_role = :role, owner_staff_id = :staff,
                       difference = :diff, due_on = :due, wording_confirmed = :confirmed, version = version + 1
                WHERE id = :id
                """).param("action", content.action().strip()).param("owner", ownerName(content)).param("role", strip(content.ownerRole()))
                .param("staff", content.ownerStaffId()).param("diff", content.difference().strip()).param("due", content.dueOn())
                .param("confirmed", !warnings.isEmpty()).param("id", actionId).update();
        touch(plan);
        audit.record(new AuditEntry(me, AuditAction.CHANGED, AUDIT_SUBJECT, plan.id, null,
                Map.of("actionChanged", actionId.toString(), "fromVersion", current.version())));
        return new ActionSaved(action(actionId), warnings);
    }

    /** Withdraws an action that no longer applies, with the reason; it stays on the plan, marked withdrawn. */
    @PreAuthorize(WRITERS)
    @Transactional
    public PlanActionSummary withdrawAction(UUID actionId, long expectedVersion, String reason) {
        PlanActionSummary current = action(actionId);
        PlanRow plan = openPlan(outcome(current.outcomeId()).planId, null);
        if (current.version() != expectedVersion) {
            throw new EditConflictException(List.of(new FieldDifference("Action", "changed since you opened it", current.action())),
                    current.version());
        }
        if (current.withdrawn()) {
            throw new RuleViolationException(Map.of("withdrawnReason", "This action has already been withdrawn"));
        }
        if (PlanRules.blank(reason)) {
            throw new RuleViolationException(Map.of("withdrawnReason", "Give the reason the action no longer applies"));
        }
        UUID me = currentStaff.id().orElse(null);
        jdbc.sql("""
                UPDATE planning.plan_action SET withdrawn_at = :at, withdrawn_by = :by, withdrawn_reason = :r, version = version + 1 WHERE id = :id
                """).param("at", Timestamp.from(clock.instant())).param("by", me).param("r", reason.strip()).param("id", actionId).update();
        touch(plan);
        audit.record(new AuditEntry(me, AuditAction.CHANGED, AUDIT_SUBJECT, plan.id, reason.strip(), Map.of("actionWithdrawn", actionId.toString())));
        return action(actionId);
    }

    /** Appends a progress note to an action and sets where it stands. */
    @PreAuthorize(WRITERS)
    @Transactional
    public PlanActionSummary recordProgress(UUID actionId, long expectedVersion, PlanActionStatus status, String note, LocalDate on) {
        PlanActionSummary current = action(actionId);
        PlanRow plan = openPlan(outcome(current.outcomeId()).planId, null);
        if (current.version() != expectedVersion) {
            throw new EditConflictException(List.of(new FieldDifference("Action", "progress recorded since you opened it",
                    status == null ? "" : status.label())), current.version());
        }
        if (current.withdrawn()) {
            throw new RuleViolationException(Map.of("note", "This action was withdrawn: progress is not recorded on it"));
        }
        refuseIf(PlanRules.checkProgress(status, note, on, today()));
        UUID me = currentStaff.id().orElse(null);
        jdbc.sql("""
                INSERT INTO planning.plan_action_progress (id, action_id, status, note, recorded_on, recorded_at, recorded_by)
                VALUES (:id, :a, :s, :n, :on, :at, :by)
                """).param("id", UUID.randomUUID()).param("a", actionId).param("s", status.name()).param("n", note.strip()).param("on", on)
                .param("at", Timestamp.from(clock.instant())).param("by", me).update();
        jdbc.sql("UPDATE planning.plan_action SET status = :s, version = version + 1 WHERE id = :id").param("s", status.name())
                .param("id", actionId).update();
        touch(plan);
        audit.record(new AuditEntry(me, AuditAction.CHANGED, AUDIT_SUBJECT, plan.id, null,
                Map.of("actionProgress", actionId.toString(), "status", status.name())));
        return action(actionId);
    }

    /** The owner ended its plan: from now on the plan is read-only. */
    @PreAuthorize(WRITERS)
    @Transactional
    public void close(UUID planId, LocalDate on) {
        PlanRow plan = plan(planId);
        editable(plan.childId);
        if (plan.closedOn != null) {
            return;
        }
        jdbc.sql("UPDATE planning.plan SET closed_on = :on, version = version + 1 WHERE id = :id").param("on", on).param("id", planId).update();
        audit.record(new AuditEntry(currentStaff.id().orElse(null), AuditAction.CHANGED, AUDIT_SUBJECT, planId, null, Map.of("closedOn", on.toString())));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private PlanRow openPlan(UUID planId, Long expectedVersion) {
        PlanRow plan = jdbc.sql("SELECT id, owner_module, subject_id, child_id, closed_on, version FROM planning.plan WHERE id = :id FOR UPDATE")
                .param("id", planId).query(Plans::planRow).optional().orElseThrow(() -> new NotFoundException("No such plan"));
        editable(plan.childId);
        if (plan.closedOn != null) {
            throw new RuleViolationException(Map.of("plan", "This plan ended on " + plan.closedOn + ": it can no longer be changed"));
        }
        if (expectedVersion != null && plan.version != expectedVersion) {
            throw new EditConflictException(List.of(new FieldDifference("Plan", "changed since you opened it", "your change")), plan.version);
        }
        return plan;
    }

    private void touch(PlanRow plan) {
        jdbc.sql("UPDATE planning.plan SET version = version + 1 WHERE id = :id").param("id", plan.id).update();
    }

    private static final RecordPart PLANS = RecordPart.staffOnly("plans");

    private void editable(UUID childId) {
        people.checkEdit(childId, PLANS);
    }

    private void readable(UUID childId) {
        people.check(childId, PLANS);
    }

    record PlanRow(UUID id, String ownerModule, UUID subjectId, UUID childId, LocalDate closedOn, long version) {}

    record OutcomeRow(UUID id, UUID planId, int position, String outcome, long version, boolean withdrawn) {}

    private static PlanRow planRow(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new PlanRow(rs.getObject("id", UUID.class), rs.getString("owner_module"), rs.getObject("subject_id", UUID.class),
                rs.getObject("child_id", UUID.class), rs.getObject("closed_on", LocalDate.class), rs.getLong("version"));
    }

    private PlanRow plan(UUID planId) {
        return jdbc.sql("SELECT id, owner_module, subject_id, child_id, closed_on, version FROM planning.plan WHERE id = :id")
                .param("id", planId).query(Plans::planRow).optional().orElseThrow(() -> new NotFoundException("No such plan"));
    }

    private OutcomeRow outcome(UUID outcomeId) {
        return jdbc.sql("SELECT id, plan_id, position, outcome, version, withdrawn_at IS NOT NULL AS w FROM planning.plan_outcome WHERE id = :id")
                .param("id", outcomeId)
                .query((rs, n) -> new OutcomeRow(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getInt(3), rs.getString(4),
                        rs.getLong(5), rs.getBoolean(6)))
                .optional().orElseThrow(() -> new NotFoundException("No such outcome"));
    }

    private static final String ACTIONS = """
            SELECT a.id, a.outcome_id, a.position, a.action, a.owner_name, a.owner_role, a.owner_staff_id, a.difference, a.due_on, a.status,
                   a.wording_confirmed, a.version, a.withdrawn_at, a.withdrawn_reason,
                   (SELECT count(*) FROM planning.plan_action_history h WHERE h.action_id = a.id) AS earlier
            FROM planning.plan_action a
            """;

    private PlanActionSummary action(UUID actionId) {
        List<PlanActionSummary> found = actions(ACTIONS + " WHERE a.id = :id", Map.of("id", actionId));
        if (found.isEmpty()) {
            throw new NotFoundException("No such action");
        }
        return found.get(0);
    }

    private List<PlanActionSummary> actions(String sql, Map<String, Object> params) {
        List<Object[]> rows = jdbc.sql(sql).params(params).query((rs, n) -> new Object[] {rs.getObject("id", UUID.class),
                rs.getObject("outcome_id", UUID.class), rs.getInt("position"), rs.getString("action"), rs.getString("owner_name"),
                rs.getString("owner_role"), rs.getObject("owner_staff_id", UUID.class), rs.getString("difference"),
                rs.getObject("due_on", LocalDate.class), rs.getString("status"), rs.getBoolean("wording_confirmed"), rs.getLong("version"),
                rs.getTimestamp("withdrawn_at"), rs.getString("withdrawn_reason"), rs.getInt("earlier")}).list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<PlanActionProgress>> progress = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT action_id, recorded_on, status, note, recorded_by FROM planning.plan_action_progress
                WHERE action_id IN (:ids) ORDER BY recorded_on, recorded_at
                """).param("ids", rows.stream().map(r -> r[0]).toList())
                .query((rs, n) -> progress.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                        .add(new PlanActionProgress(rs.getObject(2, LocalDate.class), PlanActionStatus.valueOf(rs.getString(3)), rs.getString(4),
                                rs.getObject(5, UUID.class))))
                .list();
        List<PlanActionSummary> out = new ArrayList<>();
        for (Object[] r : rows) {
            String action = (String) r[3];
            String difference = (String) r[7];
            List<String> warnings = PlanRules.vagueWording(new PlanActionContent(action, null, null, null, difference, null, false));
            Timestamp withdrawn = (Timestamp) r[12];
            out.add(new PlanActionSummary((UUID) r[0], (UUID) r[1], (int) r[2], action, (String) r[4], (String) r[5], (UUID) r[6], difference,
                    (LocalDate) r[8], PlanActionStatus.valueOf((String) r[9]), (boolean) r[10], warnings, (long) r[11],
                    withdrawn == null ? null : withdrawn.toInstant(), (String) r[13], (int) r[14], progress.getOrDefault((UUID) r[0], List.of())));
        }
        return out;
    }

    private PlanDetails details(PlanRow plan) {
        List<PlanActionSummary> all = actions(ACTIONS + """
                 JOIN planning.plan_outcome o ON o.id = a.outcome_id WHERE o.plan_id = :plan ORDER BY a.outcome_id, a.position
                """, Map.of("plan", plan.id));
        List<PlanOutcomeDetails> outcomes = jdbc.sql("""
                SELECT id, position, outcome, version, withdrawn_at, withdrawn_reason FROM planning.plan_outcome WHERE plan_id = :p ORDER BY position
                """).param("p", plan.id).query((rs, n) -> {
                    UUID id = rs.getObject(1, UUID.class);
                    Timestamp w = rs.getTimestamp(5);
                    return new PlanOutcomeDetails(id, rs.getInt(2), rs.getString(3), rs.getLong(4), w == null ? null : w.toInstant(),
                            rs.getString(6), all.stream().filter(a -> a.outcomeId().equals(id)).toList());
                }).list();
        return new PlanDetails(plan.id, plan.ownerModule, plan.subjectId, plan.childId, plan.closedOn, plan.version, outcomes);
    }

    private static List<FieldDifference> differences(PlanActionSummary saved, PlanActionContent yours) {
        List<FieldDifference> d = new ArrayList<>();
        if (yours == null) {
            return d;
        }
        diff(d, "What will be done", saved.action(), yours.action());
        diff(d, "Who", saved.ownerName(), yours.ownerName());
        diff(d, "Role or agency", saved.ownerRole(), yours.ownerRole());
        diff(d, "What will be different", saved.difference(), yours.difference());
        diff(d, "Due", saved.dueOn(), yours.dueOn());
        return d;
    }

    private static void diff(List<FieldDifference> d, String field, Object saved, Object yours) {
        if (!Objects.equals(saved, yours)) {
            d.add(new FieldDifference(field, saved == null ? "" : saved.toString(), yours == null ? "" : yours.toString()));
        }
    }

    private String ownerName(PlanActionContent c) {
        if (PlanRules.blank(c.ownerName())) {
            return staff.displayNames(List.of(c.ownerStaffId())).getOrDefault(c.ownerStaffId(), "Member of staff");
        }
        return c.ownerName().strip();
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static void refuseIf(Map<String, String> errors) {
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
    }
}
