package uk.org.beacon.casework;

import static uk.org.beacon.casework.CaseworkRoles.MANAGERS;
import static uk.org.beacon.casework.CaseworkRoles.STAFF;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.org.beacon.audit.AuditAction;
import uk.org.beacon.audit.AuditEntry;
import uk.org.beacon.audit.AuditTrail;
import uk.org.beacon.frontdoor.Contacts;
import uk.org.beacon.frontdoor.ReferralSummary;
import uk.org.beacon.identity.CurrentStaff;
import uk.org.beacon.identity.Staff;
import uk.org.beacon.identity.StaffSummary;
import uk.org.beacon.identity.TeamSummary;
import uk.org.beacon.identity.Teams;
import uk.org.beacon.person.People;
import uk.org.beacon.person.PersonBrief;
import uk.org.beacon.timescales.Clocks;
import uk.org.beacon.timescales.LateReason;
import uk.org.beacon.web.EditConflictException;
import uk.org.beacon.web.FieldDifference;
import uk.org.beacon.web.NotFoundException;
import uk.org.beacon.web.RestrictedRecordException;
import uk.org.beacon.web.RuleViolationException;

/**
 * Allocation of children's cases: one case-holding team at a time with its key worker (or none
 * yet: the case is then on the team manager's unallocated list), co-workers from other teams (a
 * disability-team worker alongside the safeguarding lead), and transfers between teams, requested
 * by the sending team's manager and accepted by the receiving team's manager, who allocates a
 * worker; local rule L1 runs from the request. Every period is kept with who, when and why:
 * nothing is lost in a transfer, and the earlier team keeps read access to its history of the case.
 * Team managers allocate within their own team.
 */
@Service
public class Allocations {

    /** Local rule: the receiving team accepts a transfer within 5 working days. */
    public static final String TRANSFER_RULE = "L1";

    /** How far back the unallocated list looks for referred children not yet held by a team. */
    static final int REFERRALS_WAITING_DAYS = 90;

    private final JdbcClient jdbc;
    private final CaseworkAccess access;
    private final CurrentStaff currentStaff;
    private final Staff staff;
    private final Teams teams;
    private final People people;
    private final Contacts contacts;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clocks clocks;
    private final Clock clock;

    Allocations(JdbcClient jdbc, CaseworkAccess access, CurrentStaff currentStaff, Staff staff, Teams teams, People people, Contacts contacts,
            AuditTrail audit, ApplicationEventPublisher events, Clocks clocks, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.currentStaff = currentStaff;
        this.staff = staff;
        this.teams = teams;
        this.people = people;
        this.contacts = contacts;
        this.audit = audit;
        this.events = events;
        this.clocks = clocks;
        this.clock = clock;
    }

    /** The child's allocation, current and past, with transfers; the view is audited. */
    @PreAuthorize(STAFF)
    @Transactional(noRollbackFor = {RestrictedRecordException.class, AccessDeniedException.class})
    public CaseAllocation open(UUID childId) {
        access.read(childId, "allocation");
        return read(childId);
    }

    /** Allocates the child's key worker from the manager's team (the case moves to the team if no team holds it yet). */
    @PreAuthorize(MANAGERS)
    @Transactional
    public CaseAllocation allocate(UUID childId, long expectedVersion, UUID workerId, LocalDate allocatedOn, String reason) {
        StaffSummary me = access.edit(childId);
        CaseAllocation before = read(childId);
        advance(before, expectedVersion, "Key worker", workerName(workerId));
        Map<String, String> errors = new LinkedHashMap<>();
        StaffSummary worker = worker(workerId, "workerId", errors);
        AllocationRules.checkDate(allocatedOn, "allocatedOn", "the allocation", today(), before.lead() == null ? null : before.lead().allocatedFrom(), errors);
        AllocationRules.checkReason(reason, "reason", "Enter why the case is allocated to this worker", errors);
        if (before.openTransfer() != null) {
            errors.put("workerId", "The case is being transferred to " + before.openTransfer().toTeamName() + ": the receiving team allocates a worker when it accepts");
        } else if (worker != null) {
            UUID holdingTeam = before.lead() == null ? null : before.lead().teamId();
            AllocationRules.checkLeadWorker(me, worker, holdingTeam, before.lead() == null ? null : before.lead().workerId(),
                    before.coWorkers().stream().map(AllocationSummary::workerId).toList(), teamName(holdingTeam), errors);
        }
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
        UUID id = replaceLead(before, worker.teamId(), worker.id(), allocatedOn, reason.trim(), me.id(), null,
                "Key worker changed to " + worker.displayName());
        audited(me, childId, reason.trim(), Map.of("allocated", id.toString(), "lead", true));
        events.publishEvent(new CaseAllocated(id, childId, worker.teamId(), worker.id(), true, allocatedOn, me.id()));
        return read(childId);
    }

    /** The key worker's allocation ends (they leave, or the case needs someone else); the team keeps the case, unallocated. */
    @PreAuthorize(MANAGERS)
    @Transactional
    public CaseAllocation unallocate(UUID childId, long expectedVersion, LocalDate endedOn, String reason) {
        StaffSummary me = access.edit(childId);
        CaseAllocation before = read(childId);
        advance(before, expectedVersion, "Key worker", "none");
        Map<String, String> errors = new LinkedHashMap<>();
        if (before.lead() == null || before.lead().workerId() == null) {
            errors.put("endedOn", "No key worker is allocated to this child");
        } else if (!Objects.equals(me.teamId(), before.lead().teamId())) {
            errors.put("endedOn", "Only a manager of " + before.lead().teamName() + " can end this allocation");
        }
        AllocationRules.checkDate(endedOn, "endedOn", "the end of the allocation", today(), before.lead() == null ? null : before.lead().allocatedFrom(), errors);
        AllocationRules.checkReason(reason, "endReason", "Enter why the key worker's allocation ends", errors);
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
        UUID id = replaceLead(before, before.lead().teamId(), null, endedOn, reason.trim(), me.id(), null, reason.trim());
        audited(me, childId, reason.trim(), Map.of("unallocated", id.toString()));
        return read(childId);
    }

    /** A worker from another team co-works the child alongside the key worker (for example the disability team in a section 47 enquiry). */
    @PreAuthorize(MANAGERS)
    @Transactional
    public CaseAllocation addCoWorker(UUID childId, long expectedVersion, UUID workerId, LocalDate from, String reason) {
        StaffSummary me = access.edit(childId);
        CaseAllocation before = read(childId);
        advance(before, expectedVersion, "Co-worker", workerName(workerId));
        Map<String, String> errors = new LinkedHashMap<>();
        StaffSummary worker = worker(workerId, "coWorkerId", errors);
        AllocationRules.checkDate(from, "coWorkingFrom", "the co-working", today(), null, errors);
        AllocationRules.checkReason(reason, "coWorkingReason", "Enter why this worker co-works the case", errors);
        if (worker != null) {
            AllocationRules.checkCoWorker(me, worker, before.lead(), before.coWorkers().stream().map(AllocationSummary::workerId).toList(), errors);
        }
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
        UUID id = insert(childId, worker.teamId(), worker.id(), false, from, reason.trim(), me.id(), null);
        audited(me, childId, reason.trim(), Map.of("allocated", id.toString(), "lead", false));
        events.publishEvent(new CaseAllocated(id, childId, worker.teamId(), worker.id(), false, from, me.id()));
        return read(childId);
    }

    /** Co-working ends; the period stays in the history. */
    @PreAuthorize(MANAGERS)
    @Transactional
    public CaseAllocation endCoWorking(UUID childId, long expectedVersion, UUID allocationId, LocalDate endedOn, String reason) {
        StaffSummary me = access.edit(childId);
        CaseAllocation before = read(childId);
        AllocationSummary coWorking = before.coWorkers().stream().filter(a -> a.id().equals(allocationId)).findFirst().orElse(null);
        advance(before, expectedVersion, "Co-worker", coWorking == null ? "" : coWorking.workerName() + " ends");
        Map<String, String> errors = new LinkedHashMap<>();
        if (coWorking == null) {
            throw new NotFoundException("No such co-working on this child's case");
        }
        UUID holdingTeam = before.lead() == null ? null : before.lead().teamId();
        if (!Objects.equals(me.teamId(), coWorking.teamId()) && !Objects.equals(me.teamId(), holdingTeam)) {
            errors.put("endedOn", "Only a manager of " + coWorking.teamName() + " or of the case-holding team can end this co-working");
        }
        AllocationRules.checkDate(endedOn, "endedOn", "the end of the co-working", today(), coWorking.allocatedFrom(), errors);
        AllocationRules.checkReason(reason, "endReason", "Enter why the co-working ends", errors);
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
        end(allocationId, endedOn, me.id(), reason.trim());
        audited(me, childId, reason.trim(), Map.of("coWorkingEnded", allocationId.toString()));
        return read(childId);
    }

    /** The sending team's manager asks another team to take the case, with the reason; the transfer clock (L1) starts. */
    @PreAuthorize(MANAGERS)
    @Transactional
    public TransferSummary requestTransfer(UUID childId, long expectedVersion, UUID toTeamId, LocalDate requestedOn, String reason) {
        StaffSummary me = access.edit(childId);
        CaseAllocation before = read(childId);
        advance(before, expectedVersion, "Transfer", "to " + teamName(toTeamId));
        Map<String, String> errors = new LinkedHashMap<>();
        TeamSummary to = toTeamId == null ? null : teams.find(toTeamId).orElse(null);
        if (before.lead() == null) {
            errors.put("toTeamId", "No team holds this child's case yet: allocate a worker instead");
        } else if (!Objects.equals(me.teamId(), before.lead().teamId())) {
            errors.put("toTeamId", "Only a manager of " + before.lead().teamName() + ", which holds the case, can request a transfer");
        } else if (before.openTransfer() != null) {
            errors.put("toTeamId", "A transfer to " + before.openTransfer().toTeamName() + " is already waiting for acceptance");
        } else if (to == null || to.retired()) {
            errors.put("toTeamId", "Select the team the case transfers to");
        } else if (to.id().equals(before.lead().teamId())) {
            errors.put("toTeamId", "Select a different team: the case is already held by " + to.name());
        }
        AllocationRules.checkDate(requestedOn, "requestedOn", "the transfer request", today(), before.lead() == null ? null : before.lead().allocatedFrom(), errors);
        AllocationRules.checkReason(reason, "transferReason", "Enter why the case transfers to this team", errors);
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO casework.transfer (id, child_id, from_team_id, to_team_id, reason, requested_on, requested_by, requested_at, status)
                VALUES (:id, :child, :from, :to, :reason, :on, :by, :at, 'REQUESTED')
                """)
                .param("id", id).param("child", childId).param("from", before.lead().teamId()).param("to", toTeamId)
                .param("reason", reason.trim()).param("on", requestedOn).param("by", me.id()).param("at", Timestamp.from(clock.instant()))
                .update();
        UUID clockId = clocks.start(TRANSFER_RULE, childId, "TRANSFER", id, requestedOn);
        jdbc.sql("UPDATE casework.transfer SET clock_id = :clock WHERE id = :id").param("clock", clockId).param("id", id).update();
        audited(me, childId, reason.trim(), Map.of("transferRequested", id.toString(), "toTeam", toTeamId.toString()));
        return transfer(id);
    }

    /**
     * The receiving team's manager accepts the transfer and allocates a worker from their team on
     * {@code acceptedOn}; the case, its history and its notes stay with the child. An acceptance after
     * the transfer clock's due day needs the late reason.
     */
    @PreAuthorize(MANAGERS)
    @Transactional
    public TransferSummary acceptTransfer(UUID transferId, long expectedVersion, UUID workerId, LocalDate acceptedOn, String lateReasonCode,
            String lateReasonText) {
        TransferSummary transfer = transfer(transferId);
        UUID childId = transfer.childId();
        StaffSummary me = access.edit(childId);
        CaseAllocation before = read(childId);
        advance(before, expectedVersion, "Transfer", "accepted by " + teamName(transfer.toTeamId()));
        Map<String, String> errors = new LinkedHashMap<>();
        if (!transfer.open()) {
            throw new EditConflictException(List.of(new FieldDifference("Transfer", "accepted on " + transfer.acceptedOn(), "accept")), before.version());
        }
        if (!Objects.equals(me.teamId(), transfer.toTeamId())) {
            errors.put("acceptWorkerId", "Only a manager of " + transfer.toTeamName() + " can accept this transfer");
        }
        StaffSummary worker = worker(workerId, "acceptWorkerId", errors);
        if (worker != null && !errors.containsKey("acceptWorkerId") && !Objects.equals(worker.teamId(), transfer.toTeamId())) {
            errors.put("acceptWorkerId", "Select a worker in " + transfer.toTeamName());
        }
        AllocationRules.checkDate(acceptedOn, "acceptedOn", "the acceptance", today(), transfer.requestedOn(), errors);
        boolean late = !errors.containsKey("acceptedOn") && transfer.clockId() != null && clocks.lateIfStoppedOn(transfer.clockId(), acceptedOn);
        if (late) {
            if (lateReasonCode == null || lateReasonCode.isBlank() || !clocks.lateReasons().isActive(lateReasonCode)) {
                errors.put("lateReasonCode", "The transfer was due to be accepted by "
                        + clocks.find(transfer.clockId(), acceptedOn).due().format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy"))
                        + ": choose why it is accepted late");
            }
            if (lateReasonText == null || lateReasonText.isBlank()) {
                errors.put("lateReasonText", "Explain in your own words why the transfer is accepted late");
            }
        }
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
        UUID allocationId = replaceLead(before, transfer.toTeamId(), worker.id(), acceptedOn,
                "Transferred from " + transfer.fromTeamName() + ": " + transfer.reason(), me.id(), transferId,
                "Transferred to " + transfer.toTeamName());
        jdbc.sql("""
                UPDATE casework.transfer SET status = 'ACCEPTED', accepted_on = :on, accepted_by = :by, accepted_at = :at, to_worker_id = :worker,
                    late_reason_code = :code, late_reason_text = :text, version = version + 1
                WHERE id = :id AND status = 'REQUESTED'
                """)
                .param("on", acceptedOn).param("by", me.id()).param("at", Timestamp.from(clock.instant())).param("worker", worker.id())
                .param("code", late ? lateReasonCode.trim() : null).param("text", late ? lateReasonText.trim() : null).param("id", transferId)
                .update();
        if (transfer.clockId() != null) {
            clocks.stop(transfer.clockId(), acceptedOn, late ? new LateReason(lateReasonCode.trim(), lateReasonText.trim()) : null);
        }
        audited(me, childId, null, Map.of("transferAccepted", transferId.toString(), "allocated", allocationId.toString()));
        events.publishEvent(new CaseTransferred(transferId, childId, transfer.fromTeamId(), transfer.toTeamId(), worker.id(), acceptedOn,
                transfer.reason()));
        events.publishEvent(new CaseAllocated(allocationId, childId, transfer.toTeamId(), worker.id(), true, acceptedOn, me.id()));
        return transfer(transferId);
    }

    /**
     * The signed-in manager's team's children waiting for a worker: held by the team without one,
     * transferred to the team and not yet accepted, and (for every manager) children referred at the
     * front door in the last 90 days whom no team holds yet. Longest waiting first.
     */
    @PreAuthorize(MANAGERS)
    @Transactional(readOnly = true)
    public List<UnallocatedChild> unallocated() {
        StaffSummary me = currentStaff.require();
        LocalDate today = today();
        List<UnallocatedChild> result = new ArrayList<>();
        Map<UUID, TeamSummary> teamsById = teams.byId();
        List<Object[]> held = jdbc.sql("""
                        SELECT child_id, team_id, allocated_from FROM casework.allocation
                        WHERE lead AND worker_id IS NULL AND allocated_to IS NULL AND team_id = :team
                        """)
                .param("team", me.teamId())
                .query((rs, i) -> new Object[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getDate(3).toLocalDate()})
                .list();
        List<TransferSummary> incoming = jdbc.sql(TRANSFERS + " WHERE to_team_id = :team AND status = 'REQUESTED'")
                .param("team", me.teamId())
                .query(this::transferRow).list();
        List<ReferralSummary> referrals = contacts.referralsBetween(today.minusDays(REFERRALS_WAITING_DAYS), today);
        Set<UUID> referredChildren = new HashSet<>(referrals.stream().map(ReferralSummary::childId).toList());
        Set<UUID> heldAnywhere = referredChildren.isEmpty() ? Set.of() : new HashSet<>(jdbc.sql("""
                        SELECT DISTINCT child_id FROM casework.allocation WHERE lead AND allocated_to IS NULL AND child_id IN (:ids)
                        """)
                .param("ids", referredChildren).query(UUID.class).list());
        Map<UUID, ReferralSummary> waitingReferrals = new LinkedHashMap<>();
        for (ReferralSummary r : referrals) {
            if (!heldAnywhere.contains(r.childId())) {
                waitingReferrals.putIfAbsent(r.childId(), r);
            }
        }
        Set<UUID> children = new HashSet<>();
        held.forEach(h -> children.add((UUID) h[0]));
        incoming.forEach(t -> children.add(t.childId()));
        children.addAll(waitingReferrals.keySet());
        Map<UUID, PersonBrief> briefs = people.briefs(children);
        for (Object[] h : held) {
            UUID childId = (UUID) h[0];
            LocalDate since = (LocalDate) h[2];
            TeamSummary team = teamsById.get((UUID) h[1]);
            result.add(unallocatedChild(briefs.get(childId), childId, UnallocatedChild.Why.HELD_BY_TEAM, since, today, team, null, null));
        }
        for (TransferSummary t : incoming) {
            result.add(unallocatedChild(briefs.get(t.childId()), t.childId(), UnallocatedChild.Why.TRANSFER_IN, t.requestedOn(), today,
                    teamsById.get(t.fromTeamId()), t.id(), "From " + t.fromTeamName() + ": " + t.reason()));
        }
        for (ReferralSummary r : waitingReferrals.values()) {
            result.add(unallocatedChild(briefs.get(r.childId()), r.childId(), UnallocatedChild.Why.REFERRED, r.referralDate(), today, null, null,
                    r.route().label() + " (" + r.contactReference() + ")"));
        }
        result.sort((a, b) -> a.since().compareTo(b.since()));
        return result;
    }

    private static UnallocatedChild unallocatedChild(PersonBrief brief, UUID childId, UnallocatedChild.Why why, LocalDate since, LocalDate today,
            TeamSummary team, UUID transferId, String detail) {
        return new UnallocatedChild(childId, brief == null ? "Unknown" : brief.name(), brief == null ? null : brief.dateOfBirth(),
                brief != null && brief.restricted(), why, since, (int) ChronoUnit.DAYS.between(since, today), team == null ? null : team.id(),
                team == null ? null : team.name(), transferId, detail);
    }

    /** The child's allocation without an access check or audit (for pages that checked and audited once). */
    CaseAllocation read(UUID childId) {
        List<AllocationSummary> history = named(jdbc.sql(ALLOCATIONS + " WHERE child_id = :child ORDER BY allocated_from DESC, recorded_at DESC")
                .param("child", childId)
                .query(Allocations::allocationRow)
                .list());
        List<TransferSummary> transfers = jdbc.sql(TRANSFERS + " WHERE child_id = :child ORDER BY requested_on DESC, requested_at DESC")
                .param("child", childId)
                .query(this::transferRow).list();
        long version = jdbc.sql("SELECT version FROM casework.child_case WHERE child_id = :child").param("child", childId)
                .query(Long.class).optional().orElse(0L);
        AllocationSummary lead = history.stream().filter(a -> a.lead() && a.current()).findFirst().orElse(null);
        List<AllocationSummary> coWorkers = history.stream().filter(a -> !a.lead() && a.current()).toList();
        return new CaseAllocation(childId, lead, coWorkers, history, transfers, version);
    }

    TransferSummary transfer(UUID transferId) {
        return jdbc.sql(TRANSFERS + " WHERE id = :id").param("id", transferId).query(this::transferRow).optional()
                .orElseThrow(() -> new NotFoundException("No such transfer"));
    }

    /** Children whose case this member of staff held (as key worker or co-worker) on {@code asAt}. */
    Set<UUID> childrenAllocatedTo(UUID staffId, LocalDate asAt) {
        return new HashSet<>(jdbc.sql("""
                        SELECT DISTINCT child_id FROM casework.allocation
                        WHERE worker_id = :staff AND allocated_from <= :asAt AND (allocated_to IS NULL OR allocated_to > :asAt)
                        """)
                .param("staff", staffId).param("asAt", asAt).query(UUID.class).list());
    }

    /** The team's allocations current on {@code asAt}: the cases it held (with or without a worker) and its co-workers. */
    List<AllocationSummary> teamAllocations(UUID teamId, LocalDate asAt) {
        return named(jdbc.sql(ALLOCATIONS + """
                         WHERE team_id = :team AND allocated_from <= :asAt AND (allocated_to IS NULL OR allocated_to > :asAt)
                        ORDER BY child_id, lead DESC
                        """)
                .param("team", teamId).param("asAt", asAt)
                .query(Allocations::allocationRow).list());
    }

    /** Every allocation current on {@code asAt} for these children (lead first). */
    List<AllocationSummary> allocationsAsAt(Collection<UUID> childIds, LocalDate asAt) {
        if (childIds.isEmpty()) {
            return List.of();
        }
        return named(jdbc.sql(ALLOCATIONS + """
                         WHERE child_id IN (:children) AND allocated_from <= :asAt AND (allocated_to IS NULL OR allocated_to > :asAt)
                        ORDER BY child_id, lead DESC
                        """)
                .param("children", childIds).param("asAt", asAt)
                .query(Allocations::allocationRow).list());
    }

    private void advance(CaseAllocation before, long expectedVersion, String what, String yours) {
        jdbc.sql("INSERT INTO casework.child_case (child_id, version) VALUES (:child, 0) ON CONFLICT (child_id) DO NOTHING")
                .param("child", before.childId()).update();
        int moved = jdbc.sql("UPDATE casework.child_case SET version = version + 1 WHERE child_id = :child AND version = :expected")
                .param("child", before.childId()).param("expected", expectedVersion).update();
        if (moved == 0) {
            List<FieldDifference> differences = new ArrayList<>();
            differences.add(new FieldDifference("Key worker", before.lead() == null ? "None"
                    : (before.lead().workerName() == null ? "None" : before.lead().workerName()) + ", " + before.lead().teamName(),
                    "Key worker".equals(what) ? yours : "(unchanged)"));
            differences.add(new FieldDifference("Co-workers", String.join(", ", before.coWorkers().stream().map(AllocationSummary::workerName).toList()),
                    "Co-worker".equals(what) ? yours : "(unchanged)"));
            TransferSummary open = before.openTransfer();
            differences.add(new FieldDifference("Transfer", open == null ? "None" : "Requested to " + open.toTeamName(),
                    "Transfer".equals(what) ? yours : "(unchanged)"));
            throw new EditConflictException(differences, before.version());
        }
    }

    private UUID replaceLead(CaseAllocation before, UUID teamId, UUID workerId, LocalDate on, String reason, UUID by, UUID transferId,
            String endReason) {
        if (before.lead() != null) {
            end(before.lead().id(), on, by, endReason);
        }
        return insert(before.childId(), teamId, workerId, true, on, reason, by, transferId);
    }

    private UUID insert(UUID childId, UUID teamId, UUID workerId, boolean lead, LocalDate from, String reason, UUID by, UUID transferId) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO casework.allocation (id, child_id, team_id, worker_id, lead, allocated_from, reason, allocated_by, recorded_at, transfer_id)
                VALUES (:id, :child, :team, :worker, :lead, :from, :reason, :by, :at, :transfer)
                """)
                .param("id", id).param("child", childId).param("team", teamId).param("worker", workerId).param("lead", lead)
                .param("from", from).param("reason", reason).param("by", by).param("at", Timestamp.from(clock.instant()))
                .param("transfer", transferId)
                .update();
        return id;
    }

    private void end(UUID allocationId, LocalDate on, UUID by, String reason) {
        jdbc.sql("""
                UPDATE casework.allocation SET allocated_to = :on, ended_by = :by, ended_at = :at, end_reason = :reason, version = version + 1
                WHERE id = :id AND allocated_to IS NULL
                """)
                .param("on", on).param("by", by).param("at", Timestamp.from(clock.instant())).param("reason", reason).param("id", allocationId)
                .update();
    }

    private void audited(StaffSummary me, UUID childId, String reason, Map<String, Object> detail) {
        audit.record(new AuditEntry(me.id(), AuditAction.CHANGED, "PERSON", childId, reason, detail));
    }

    private StaffSummary worker(UUID workerId, String field, Map<String, String> errors) {
        if (workerId == null) {
            errors.put(field, "Select the worker");
            return null;
        }
        StaffSummary worker = staff.find(workerId).orElse(null);
        if (worker == null || !worker.active() || !AllocationRules.holdsCases(worker)) {
            errors.put(field, "Select a social worker or manager who can hold cases");
            return null;
        }
        return worker;
    }

    private String workerName(UUID id) {
        return id == null ? "" : staff.displayNames(List.of(id)).getOrDefault(id, "");
    }

    private String teamName(UUID id) {
        return id == null ? "" : teams.find(id).map(TeamSummary::name).orElse("");
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static final String ALLOCATIONS = """
            SELECT id, child_id, team_id, worker_id, lead, allocated_from, allocated_to, reason, allocated_by, end_reason, ended_by, transfer_id
            FROM casework.allocation""";

    private static final String TRANSFERS = """
            SELECT id, child_id, from_team_id, to_team_id, reason, requested_on, requested_by, status, accepted_on, accepted_by, to_worker_id,
                   late_reason_code, late_reason_text, clock_id, version
            FROM casework.transfer""";

    private static AllocationSummary allocationRow(ResultSet rs, int row) throws SQLException {
        return new AllocationSummary(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class), null,
                rs.getObject(4, UUID.class), null, rs.getBoolean(5), date(rs.getDate(6)), date(rs.getDate(7)), rs.getString(8),
                rs.getObject(9, UUID.class), null, rs.getString(10), rs.getObject(11, UUID.class), null, rs.getObject(12, UUID.class));
    }

    /** The same rows with staff and team names filled in. */
    private List<AllocationSummary> named(List<AllocationSummary> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        Map<UUID, String> names = staff.displayNames(rows.stream()
                .flatMap(a -> Stream.of(a.workerId(), a.allocatedBy(), a.endedBy())).filter(Objects::nonNull).toList());
        Map<UUID, TeamSummary> teamsById = teams.byId();
        return rows.stream().map(a -> new AllocationSummary(a.id(), a.childId(), a.teamId(), teamLabel(teamsById, a.teamId()), a.workerId(),
                        names.get(a.workerId()), a.lead(), a.allocatedFrom(), a.allocatedTo(), a.reason(), a.allocatedBy(), names.get(a.allocatedBy()),
                        a.endReason(), a.endedBy(), names.get(a.endedBy()), a.transferId()))
                .toList();
    }

    private TransferSummary transferRow(ResultSet rs, int row) throws SQLException {
        UUID from = rs.getObject(3, UUID.class);
        UUID to = rs.getObject(4, UUID.class);
        UUID requestedBy = rs.getObject(7, UUID.class);
        UUID acceptedBy = rs.getObject(10, UUID.class);
        UUID toWorker = rs.getObject(11, UUID.class);
        Map<UUID, String> names = staff.displayNames(new ArrayList<>(Stream.of(requestedBy, acceptedBy, toWorker).filter(Objects::nonNull).toList()));
        Map<UUID, TeamSummary> teamsById = teams.byId();
        return new TransferSummary(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), from, teamLabel(teamsById, from), to,
                teamLabel(teamsById, to), rs.getString(5), date(rs.getDate(6)), requestedBy, names.get(requestedBy), rs.getString(8),
                date(rs.getDate(9)), acceptedBy, names.get(acceptedBy), toWorker, names.get(toWorker), rs.getString(12), rs.getString(13),
                rs.getObject(14, UUID.class), rs.getLong(15));
    }

    private static String teamLabel(Map<UUID, TeamSummary> teamsById, UUID id) {
        TeamSummary t = id == null ? null : teamsById.get(id);
        return t == null ? null : t.name();
    }

    private static LocalDate date(Date d) {
        return d == null ? null : d.toLocalDate();
    }
}
