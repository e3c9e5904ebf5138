package uk.org.beacon.childprotection;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import uk.org.beacon.codes.CodeSet;
import uk.org.beacon.identity.CurrentStaff;
import uk.org.beacon.identity.Role;
import uk.org.beacon.identity.Staff;
import uk.org.beacon.identity.StaffSummary;
import uk.org.beacon.identity.TeamSummary;
import uk.org.beacon.identity.Teams;
import uk.org.beacon.person.People;
import uk.org.beacon.person.PersonBrief;
import uk.org.beacon.timescales.ClockSummary;
import uk.org.beacon.timescales.Clocks;
import uk.org.beacon.web.EditConflictException;
import uk.org.beacon.web.FieldDifference;
import uk.org.beacon.web.NotFoundException;
import uk.org.beacon.web.RuleViolationException;

/**
 * Section 47 enquiries (Children Act 1989 s47). An enquiry starts only from the strategy discussion
 * that decided it, which is marked as the initiating one; starting it starts the initial conference
 * clock T5 from that discussion's date (CIN census {@code InitialCPCtarget}). Its steps are recorded
 * in one place, in sequence, by the lead key worker and co-workers (a disabled child's enquiry is
 * often co-worked by the disability team) and their managers; each step shows who recorded it and
 * their team. Managers of either team record oversight. The workers record the outcome and a
 * manager other than the lead worker signs it off: an outcome needing no conference ends T5
 * ({@code ICPCnotRequired}); one needing a conference leaves it running for the conference.
 * Announces {@link Section47EnquiryStarted} and {@link Section47EnquiryConcluded}.
 */
@Service
public class Section47Enquiries {

    static final String SUBJECT = "SECTION_47";

    private final JdbcClient jdbc;
    private final StrategyDiscussions discussions;
    private final ChildProtectionAccess access;
    private final CurrentStaff currentStaff;
    private final Staff staff;
    private final Teams teams;
    private final People people;
    private final Clocks clocks;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Section47Enquiries(JdbcClient jdbc, StrategyDiscussions discussions, ChildProtectionAccess access, CurrentStaff currentStaff, Staff staff,
            Teams teams, People people, Clocks clocks, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.discussions = discussions;
        this.access = access;
        this.currentStaff = currentStaff;
        this.staff = staff;
        this.teams = teams;
        this.people = people;
        this.clocks = clocks;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Starts the enquiry decided by a strategy discussion, led by {@code leadWorkerId} (the signed-in
     * worker when null) in their team. Refused, with the reason at the field, without a discussion
     * that decided one, before the discussion or the referral, or while another is in progress.
     */
    @PreAuthorize(ChildProtectionAccess.ENQUIRY_WORKERS)
    @Transactional
    public Section47Details start(UUID childId, UUID strategyDiscussionId, LocalDate startedOn, UUID leadWorkerId) {
        StaffSummary me = access.edit(childId);
        StrategyDiscussionDetails discussion = null;
        if (strategyDiscussionId != null) {
            discussions.lock(strategyDiscussionId);
            discussion = discussions.load(strategyDiscussionId).filter(d -> d.childId().equals(childId)).orElse(null);
        }
        LocalDate referralDate = discussion == null ? null : referralDate(discussion);
        Section47Rules.Initiating initiating = discussion == null ? null
                : new Section47Rules.Initiating(discussion.section47(), discussion.initiatedEnquiryId(), discussion.heldAt().toLocalDate(),
                        referralDate);
        boolean another = jdbc.sql("SELECT count(*) FROM childprotection.section47_enquiry WHERE child_id = :child AND status <> 'CONCLUDED'")
                .param("child", childId).query(Long.class).single() > 0;
        Map<String, String> errors = Section47Rules.checkStart(initiating, startedOn, today(), another);
        StaffSummary lead = leadWorkerId == null ? me : staff.find(leadWorkerId).orElse(null);
        if (lead == null || !lead.active() || !(lead.has(Role.SOCIAL_WORKER) || lead.has(Role.TEAM_MANAGER))) {
            errors.put("leadWorkerId", "Choose a social worker or manager to lead the enquiry");
        }
        refuseIf(errors);
        UUID id = UUID.randomUUID();
        LocalDate heldOn = discussion.heldAt().toLocalDate();
        // the initial conference is due 15 working days from the initiating discussion (T5)
        UUID t5 = clocks.start(Section47Rules.T5, childId, SUBJECT, id, heldOn);
        LocalDate due = clocks.find(t5, today()).due();
        jdbc.sql("""
                INSERT INTO childprotection.section47_enquiry (id, child_id, referral_id, strategy_discussion_id, started_on, joint_enquiry,
                       lead_worker_id, lead_team_id, status, t5_clock_id, initial_conference_due, created_by, created_at)
                VALUES (:id, :child, :referral, :discussion, :started, :joint, :lead, :team, 'OPEN', :t5, :due, :by, :at)
                """)
                .param("id", id).param("child", childId).param("referral", discussion.referralId()).param("discussion", discussion.id())
                .param("started", startedOn).param("joint", discussion.jointEnquiry()).param("lead", lead.id()).param("team", lead.teamId())
                .param("t5", t5).param("due", due).param("by", me.id()).param("at", Timestamp.from(clock.instant()))
                .update();
        if (!discussions.markInitiated(discussion.id(), discussion.version(), id)) {
            throw new EditConflictException(List.of(new FieldDifference("Strategy discussion", "changed since you opened it", "")),
                    discussion.version());
        }
        audit.record(new AuditEntry(me.id(), AuditAction.CREATED, "SECTION_47_ENQUIRY", id, null,
                Map.of("child", childId.toString(), "strategyDiscussion", discussion.id().toString(), "lead", lead.id().toString())));
        audit.record(new AuditEntry(me.id(), AuditAction.CHANGED, "PERSON", childId, null, Map.of("section47Enquiry", id.toString())));
        events.publishEvent(new Section47EnquiryStarted(id, childId, discussion.referralId(), discussion.id(), startedOn, due));
        return details(load(id), me);
    }

    /** Appends a step to the enquiry's record (never edited afterwards); by the lead worker, a co-worker or their managers. */
    @PreAuthorize(ChildProtectionAccess.ENQUIRY_WORKERS)
    @Transactional
    public Section47Details recordStep(UUID enquiryId, Section47StepRecord step) {
        Row e = lock(enquiryId);
        StaffSummary me = access.edit(e.childId);
        mayRecordOrRefuse(e, me);
        if ("CONCLUDED".equals(e.status)) {
            throw new RuleViolationException(Map.of("detail", "This enquiry is concluded: nothing more is recorded on it"));
        }
        refuseIf(Section47Rules.checkStep(step, e.startedOn, discussions.now(), agencies()));
        int sequence = jdbc.sql("SELECT coalesce(max(sequence), 0) + 1 FROM childprotection.section47_step WHERE enquiry_id = :id")
                .param("id", enquiryId).query(Integer.class).single();
        UUID id = UUID.randomUUID();
        boolean check = "AGENCY_CHECK".equals(step.kind());
        jdbc.sql("""
                INSERT INTO childprotection.section47_step (id, enquiry_id, sequence, occurred_at, kind, agency, check_done, detail, child_seen,
                       child_seen_alone, recorded_by, recorded_team_id, recorded_at)
                VALUES (:id, :enquiry, :sequence, :at, :kind, :agency, :done, :detail, :seen, :alone, :by, :team, :now)
                """)
                .param("id", id).param("enquiry", enquiryId).param("sequence", sequence).param("at", Timestamp.valueOf(step.occurredAt()))
                .param("kind", step.kind()).param("agency", StrategyDiscussions.blankToNull(step.agency()))
                .param("done", check ? step.checkDone() : null).param("detail", step.detail().strip()).param("seen", step.childSeen())
                .param("alone", step.childSeen() && step.childSeenAlone()).param("by", me.id()).param("team", me.teamId())
                .param("now", Timestamp.from(clock.instant()))
                .update();
        audit.record(new AuditEntry(me.id(), AuditAction.CHANGED, "SECTION_47_ENQUIRY", enquiryId, null,
                Map.of("step", id.toString(), "kind", step.kind(), "sequence", sequence)));
        return details(load(enquiryId), me);
    }

    /** Voids a step recorded in error, with the reason; it stays on the record, struck through. */
    @PreAuthorize(ChildProtectionAccess.ENQUIRY_WORKERS)
    @Transactional
    public Section47Details voidStep(UUID enquiryId, UUID stepId, String reason) {
        Row e = lock(enquiryId);
        StaffSummary me = access.edit(e.childId);
        mayRecordOrRefuse(e, me);
        if (reason == null || reason.strip().length() < 5) {
            throw new RuleViolationException(Map.of("voidReason", "Give the reason the step is voided (at least 5 characters)"));
        }
        int changed = jdbc.sql("""
                UPDATE childprotection.section47_step SET voided_by = :by, voided_at = :at, void_reason = :reason
                WHERE id = :step AND enquiry_id = :enquiry AND voided_at IS NULL
                """).param("by", me.id()).param("at", Timestamp.from(clock.instant())).param("reason", reason.strip()).param("step", stepId)
                .param("enquiry", enquiryId).update();
        if (changed == 0) {
            throw new NotFoundException("No such step, or it is already voided");
        }
        audit.record(new AuditEntry(me.id(), AuditAction.CHANGED, "SECTION_47_ENQUIRY", enquiryId, reason.strip(),
                Map.of("voidedStep", stepId.toString())));
        return details(load(enquiryId), me);
    }

    /**
     * Adds a co-worker (for example from the disability team) with the reason: they see the enquiry
     * in their worklist and record on it jointly with the lead worker.
     */
    @PreAuthorize(ChildProtectionAccess.ENQUIRY_WORKERS)
    @Transactional
    public Section47Details addCoworker(UUID enquiryId, long expectedVersion, UUID staffId, String reason) {
        Row e = lock(enquiryId);
        StaffSummary me = access.edit(e.childId);
        if (!me.has(Role.TEAM_MANAGER)) {
            mayRecordOrRefuse(e, me);
        }
        checkVersion(e, expectedVersion);
        Map<String, String> errors = new LinkedHashMap<>();
        StaffSummary coworker = staffId == null ? null : staff.find(staffId).orElse(null);
        if (coworker == null || !coworker.active() || !(coworker.has(Role.SOCIAL_WORKER) || coworker.has(Role.TEAM_MANAGER))) {
            errors.put("staffId", "Choose a social worker or manager to co-work the enquiry");
        } else if (coworker.id().equals(e.leadWorkerId)) {
            errors.put("staffId", "They lead the enquiry already");
        } else if (currentCoworkers(enquiryId).contains(coworker.id())) {
            errors.put("staffId", "They co-work the enquiry already");
        }
        if (reason == null || reason.strip().length() < 10) {
            errors.put("reason", "Say why they co-work the enquiry (at least 10 characters)");
        }
        if ("CONCLUDED".equals(e.status)) {
            errors.put("staffId", "This enquiry is concluded");
        }
        refuseIf(errors);
        jdbc.sql("""
                INSERT INTO childprotection.section47_coworker (id, enquiry_id, staff_id, team_id, reason, added_by, added_at)
                VALUES (:id, :enquiry, :staff, :team, :reason, :by, :at)
                """).param("id", UUID.randomUUID()).param("enquiry", enquiryId).param("staff", coworker.id()).param("team", coworker.teamId())
                .param("reason", reason.strip()).param("by", me.id()).param("at", Timestamp.from(clock.instant())).update();
        bump(enquiryId);
        audit.record(new AuditEntry(me.id(), AuditAction.CHANGED, "SECTION_47_ENQUIRY", enquiryId, reason.strip(),
                Map.of("coworkerAdded", coworker.id().toString())));
        return details(load(enquiryId), me);
    }

    /** Ends a co-worker's part in the enquiry, with the reason (what they recorded stays). */
    @PreAuthorize(ChildProtectionAccess.ENQUIRY_WORKERS)
    @Transactional
    public Section47Details removeCoworker(UUID enquiryId, long expectedVersion, UUID staffId, String reason) {
        Row e = lock(enquiryId);
        StaffSummary me = access.edit(e.childId);
        if (!me.has(Role.TEAM_MANAGER)) {
            mayRecordOrRefuse(e, me);
        }
        checkVersion(e, expectedVersion);
        if (reason == null || reason.strip().length() < 5) {
            throw new RuleViolationException(Map.of("removalReason", "Say why they no longer co-work the enquiry (at least 5 characters)"));
        }
        int changed = jdbc.sql("""
                UPDATE childprotection.section47_coworker SET removed_by = :by, removed_at = :at, removal_reason = :reason
                WHERE enquiry_id = :enquiry AND staff_id = :staff AND removed_at IS NULL
                """).param("by", me.id()).param("at", Timestamp.from(clock.instant())).param("reason", reason.strip())
                .param("enquiry", enquiryId).param("staff", staffId).update();
        if (changed == 0) {
            throw new RuleViolationException(Map.of("staffId", "They do not co-work the enquiry"));
        }
        bump(enquiryId);
        audit.record(new AuditEntry(me.id(), AuditAction.CHANGED, "SECTION_47_ENQUIRY", enquiryId, reason.strip(),
                Map.of("coworkerRemoved", staffId.toString())));
        return details(load(enquiryId), me);
    }

    /** A manager of the lead team or a co-working team records their oversight of the enquiry. */
    @PreAuthorize(ChildProtectionAccess.MANAGERS)
    @Transactional
    public Section47Details recordOversight(UUID enquiryId, String note) {
        Row e = lock(enquiryId);
        StaffSummary me = access.edit(e.childId);
        if (!mayOversee(e, me)) {
            throw new AccessDeniedException("Only a manager of the lead team or a co-working team records oversight of this enquiry");
        }
        if (note == null || note.strip().length() < Section47Rules.MIN_RATIONALE) {
            throw new RuleViolationException(Map.of("note", "Write your oversight in at least " + Section47Rules.MIN_RATIONALE + " characters"));
        }
        jdbc.sql("""
                INSERT INTO childprotection.section47_oversight (id, enquiry_id, manager_id, team_id, note, recorded_at)
                VALUES (:id, :enquiry, :manager, :team, :note, :at)
                """).param("id", UUID.randomUUID()).param("enquiry", enquiryId).param("manager", me.id()).param("team", me.teamId())
                .param("note", note.strip()).param("at", Timestamp.from(clock.instant())).update();
        audit.record(new AuditEntry(me.id(), AuditAction.CHANGED, "SECTION_47_ENQUIRY", enquiryId, null, Map.of("oversight", true)));
        return details(load(enquiryId), me);
    }

    /** The workers record the outcome; it then waits for a manager's sign-off. */
    @PreAuthorize(ChildProtectionAccess.ENQUIRY_WORKERS)
    @Transactional
    public Section47Details recordOutcome(UUID enquiryId, long expectedVersion, String outcome, LocalDate concludedOn, String summary) {
        Row e = lock(enquiryId);
        StaffSummary me = access.edit(e.childId);
        mayRecordOrRefuse(e, me);
        checkVersion(e, expectedVersion);
        if (!Section47Rules.allowed(Section47Rules.Status.valueOf(e.status), Section47Rules.Status.AWAITING_SIGN_OFF)) {
            throw new RuleViolationException(Map.of("outcome", "The outcome has already been recorded"));
        }
        refuseIf(Section47Rules.checkOutcome(outcome, concludedOn, summary, e.startedOn, today()));
        jdbc.sql("""
                UPDATE childprotection.section47_enquiry SET status = 'AWAITING_SIGN_OFF', outcome = :outcome, concluded_on = :on,
                       outcome_summary = :summary, outcome_recorded_by = :by, outcome_recorded_at = :at, version = version + 1
                WHERE id = :id
                """).param("outcome", outcome).param("on", concludedOn).param("summary", summary.strip()).param("by", me.id())
                .param("at", Timestamp.from(clock.instant())).param("id", enquiryId).update();
        audit.record(new AuditEntry(me.id(), AuditAction.CHANGED, "SECTION_47_ENQUIRY", enquiryId, null, Map.of("outcome", outcome)));
        return details(load(enquiryId), me);
    }

    /** A manager returns the outcome to the workers with the reason; the enquiry is in progress again. */
    @PreAuthorize(ChildProtectionAccess.MANAGERS)
    @Transactional
    public Section47Details returnOutcome(UUID enquiryId, long expectedVersion, String reason) {
        Row e = lock(enquiryId);
        StaffSummary me = access.edit(e.childId);
        checkVersion(e, expectedVersion);
        if (!"AWAITING_SIGN_OFF".equals(e.status)) {
            throw new RuleViolationException(Map.of("managerRationale", "There is no outcome waiting for sign-off"));
        }
        if (reason == null || reason.strip().length() < Section47Rules.MIN_RATIONALE) {
            throw new RuleViolationException(Map.of("managerRationale", "Say what needs to change, in at least " + Section47Rules.MIN_RATIONALE
                    + " characters"));
        }
        jdbc.sql("""
                UPDATE childprotection.section47_enquiry SET status = 'OPEN', outcome = NULL, concluded_on = NULL, outcome_summary = NULL,
                       outcome_recorded_by = NULL, outcome_recorded_at = NULL, version = version + 1
                WHERE id = :id
                """).param("id", enquiryId).update();
        jdbc.sql("""
                INSERT INTO childprotection.section47_oversight (id, enquiry_id, manager_id, team_id, note, recorded_at)
                VALUES (:id, :enquiry, :manager, :team, :note, :at)
                """).param("id", UUID.randomUUID()).param("enquiry", enquiryId).param("manager", me.id()).param("team", me.teamId())
                .param("note", "Outcome returned: " + reason.strip()).param("at", Timestamp.from(clock.instant())).update();
        audit.record(new AuditEntry(me.id(), AuditAction.CHANGED, "SECTION_47_ENQUIRY", enquiryId, reason.strip(), Map.of("returned", true)));
        return details(load(enquiryId), me);
    }

    /**
     * A manager (not the lead worker) signs off the outcome with their rationale. No conference
     * needed: the T5 clock ends and {@code ICPCnotRequired} is set. Conference needed: T5 keeps
     * running to the initial conference.
     */
    @PreAuthorize(ChildProtectionAccess.MANAGERS)
    @Transactional
    public Section47Details signOff(UUID enquiryId, long expectedVersion, String rationale) {
        Row e = lock(enquiryId);
        StaffSummary me = access.edit(e.childId);
        checkVersion(e, expectedVersion);
        if (!Section47Rules.allowed(Section47Rules.Status.valueOf(e.status), Section47Rules.Status.CONCLUDED)) {
            throw new RuleViolationException(Map.of("managerRationale", "CONCLUDED".equals(e.status) ? "This enquiry is already signed off"
                    : "The workers have not recorded the outcome yet"));
        }
        refuseIf(Section47Rules.checkSignOff(rationale, me.id(), e.leadWorkerId));
        Section47Outcome outcome = Section47Outcome.valueOf(e.outcome);
        boolean notRequired = !outcome.conferenceNeeded();
        if (notRequired) {
            ClockSummary t5 = clocks.find(e.t5ClockId, today());
            if (t5.open()) {
                clocks.end(t5.id(), t5.version(), e.concludedOn, "Section 47 enquiry concluded: " + outcome.label().toLowerCase()
                        + "; no initial child protection conference");
            }
        }
        jdbc.sql("""
                UPDATE childprotection.section47_enquiry SET status = 'CONCLUDED', manager_rationale = :rationale, signed_off_by = :by,
                       signed_off_at = :at, icpc_not_required = :notRequired, version = version + 1
                WHERE id = :id
                """).param("rationale", rationale.strip()).param("by", me.id()).param("at", Timestamp.from(clock.instant()))
                .param("notRequired", notRequired).param("id", enquiryId).update();
        audit.record(new AuditEntry(me.id(), AuditAction.CHANGED, "SECTION_47_ENQUIRY", enquiryId, rationale.strip(),
                Map.of("signedOff", outcome.name())));
        events.publishEvent(new Section47EnquiryConcluded(enquiryId, e.childId, e.referralId, e.startedOn, e.concludedOn, outcome,
                e.initialConferenceDue));
        return details(load(enquiryId), me);
    }

    /** The enquiry in full; the view of the child's record is audited. */
    @PreAuthorize(ChildProtectionAccess.READERS)
    @Transactional
    public Section47Details open(UUID enquiryId) {
        Row e = load(enquiryId);
        StaffSummary me = access.read(e.childId, "section 47 enquiry", enquiryId);
        return details(e, me);
    }

    /** The child's enquiries, latest first (for the record page, which has audited its view). */
    @PreAuthorize(ChildProtectionAccess.READERS)
    @Transactional(readOnly = true)
    public List<Section47Summary> forChild(UUID childId) {
        access.check(childId);
        return summaries(jdbc.sql(SUMMARY + " WHERE e.child_id = :child ORDER BY e.started_on DESC, e.created_at DESC").param("child", childId)
                .query(Section47Enquiries::summaryRow).list(), null);
    }

    /** Enquiries in progress that this member of staff leads or co-works ("Section 47 enquiries I work on"). */
    @PreAuthorize(ChildProtectionAccess.READERS)
    @Transactional(readOnly = true)
    public List<Section47Summary> workedBy(UUID staffId) {
        return summaries(jdbc.sql(SUMMARY + """
                         WHERE e.status <> 'CONCLUDED' AND (e.lead_worker_id = :staff OR EXISTS (SELECT 1 FROM childprotection.section47_coworker c
                               WHERE c.enquiry_id = e.id AND c.staff_id = :staff AND c.removed_at IS NULL))
                         ORDER BY e.initial_conference_due, e.started_on
                        """).param("staff", staffId).query(Section47Enquiries::summaryRow).list(), staffId);
    }

    /** Enquiries in progress that the team leads or co-works. */
    @PreAuthorize(ChildProtectionAccess.READERS)
    @Transactional(readOnly = true)
    public List<Section47Summary> forTeam(UUID teamId) {
        return summaries(jdbc.sql(SUMMARY + """
                         WHERE e.status <> 'CONCLUDED' AND (e.lead_team_id = :team OR EXISTS (SELECT 1 FROM childprotection.section47_coworker c
                               WHERE c.enquiry_id = e.id AND c.team_id = :team AND c.removed_at IS NULL))
                         ORDER BY e.initial_conference_due, e.started_on
                        """).param("team", teamId).query(Section47Enquiries::summaryRow).list(), null);
    }

    /** Outcomes waiting for a manager's sign-off, oldest first (for the authorisations list). */
    @PreAuthorize(ChildProtectionAccess.MANAGERS)
    @Transactional(readOnly = true)
    public List<Section47Summary> awaitingSignOff() {
        return summaries(jdbc.sql(SUMMARY + " WHERE e.status = 'AWAITING_SIGN_OFF' ORDER BY e.outcome_recorded_at")
                .query(Section47Enquiries::summaryRow).list(), null);
    }

    /** Staff who may co-work an enquiry (social workers and managers), by team name then name. */
    @PreAuthorize(ChildProtectionAccess.READERS)
    @Transactional(readOnly = true)
    public List<StaffSummary> possibleCoworkers() {
        Map<UUID, TeamSummary> byId = teams.byId();
        return staff.all().stream()
                .filter(s -> s.active() && (s.has(Role.SOCIAL_WORKER) || s.has(Role.TEAM_MANAGER)) && s.teamId() != null)
                .sorted(java.util.Comparator.comparing((StaffSummary s) -> byId.containsKey(s.teamId()) ? byId.get(s.teamId()).name() : "")
                        .thenComparing(StaffSummary::displayName))
                .toList();
    }

    /** The child whose record the enquiry is on; nothing audited. */
    @Transactional(readOnly = true)
    UUID childOf(UUID enquiryId) {
        return load(enquiryId).childId;
    }

    /** Team names by id (for pages listing staff by team). */
    public Map<UUID, String> teamNames() {
        Map<UUID, String> names = new LinkedHashMap<>();
        teams.all().forEach(t -> names.put(t.id(), t.name()));
        return names;
    }

    public CodeSet agencies() {
        return discussions.agencies();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    // ---- access and loading

    private void mayRecordOrRefuse(Row e, StaffSummary me) {
        if (!mayRecord(e, me)) {
            throw new AccessDeniedException("Only the lead worker, co-workers and their managers record on this enquiry");
        }
    }

    private boolean mayRecord(Row e, StaffSummary me) {
        if (me.id().equals(e.leadWorkerId) || currentCoworkers(e.id).contains(me.id())) {
            return true;
        }
        return mayOversee(e, me);
    }

    private boolean mayOversee(Row e, StaffSummary me) {
        if (!me.has(Role.TEAM_MANAGER) || me.teamId() == null) {
            return false;
        }
        return me.teamId().equals(e.leadTeamId) || workingTeams(e.id).contains(me.teamId());
    }

    private Set<UUID> currentCoworkers(UUID enquiryId) {
        return new HashSet<>(jdbc.sql("SELECT staff_id FROM childprotection.section47_coworker WHERE enquiry_id = :id AND removed_at IS NULL")
                .param("id", enquiryId).query(UUID.class).list());
    }

    private Set<UUID> workingTeams(UUID enquiryId) {
        return new HashSet<>(jdbc.sql("""
                SELECT team_id FROM childprotection.section47_coworker WHERE enquiry_id = :id AND removed_at IS NULL AND team_id IS NOT NULL
                """).param("id", enquiryId).query(UUID.class).list());
    }

    private LocalDate referralDate(StrategyDiscussionDetails d) {
        return discussions.referralDate(d.childId(), d.referralId());
    }

    private void checkVersion(Row e, long expectedVersion) {
        if (e.version != expectedVersion) {
            throw new EditConflictException(List.of(new FieldDifference("Enquiry", "changed since you opened it", "")), e.version);
        }
    }

    private void bump(UUID enquiryId) {
        jdbc.sql("UPDATE childprotection.section47_enquiry SET version = version + 1 WHERE id = :id").param("id", enquiryId).update();
    }

    private record Row(UUID id, UUID childId, UUID referralId, UUID discussionId, LocalDate startedOn, boolean joint, UUID leadWorkerId,
            UUID leadTeamId, String status, UUID t5ClockId, LocalDate initialConferenceDue, String outcome, String outcomeSummary,
            LocalDate concludedOn, UUID outcomeRecordedBy, String managerRationale, UUID signedOffBy, Instant signedOffAt,
            Boolean icpcNotRequired, LocalDate dateOfInitialConference, long version) {}

    private Row lock(UUID enquiryId) {
        jdbc.sql("SELECT id FROM childprotection.section47_enquiry WHERE id = :id FOR UPDATE").param("id", enquiryId).query(UUID.class)
                .optional().orElseThrow(Section47Enquiries::noSuchEnquiry);
        return load(enquiryId);
    }

    private Row load(UUID enquiryId) {
        return jdbc.sql("""
                SELECT id, child_id, referral_id, strategy_discussion_id, started_on, joint_enquiry, lead_worker_id, lead_team_id, status,
                       t5_clock_id, initial_conference_due, outcome, outcome_summary, concluded_on, outcome_recorded_by, manager_rationale,
                       signed_off_by, signed_off_at, icpc_not_required, date_of_initial_conference, version
                FROM childprotection.section47_enquiry WHERE id = :id
                """).param("id", enquiryId).query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class), rs.getObject(4, UUID.class), rs.getObject(5, LocalDate.class), rs.getBoolean(6),
                        rs.getObject(7, UUID.class), rs.getObject(8, UUID.class), rs.getString(9), rs.getObject(10, UUID.class),
                        rs.getObject(11, LocalDate.class), rs.getString(12), rs.getString(13), rs.getObject(14, LocalDate.class),
                        rs.getObject(15, UUID.class), rs.getString(16), rs.getObject(17, UUID.class),
                        rs.getTimestamp(18) == null ? null : rs.getTimestamp(18).toInstant(), (Boolean) rs.getObject(19),
                        rs.getObject(20, LocalDate.class), rs.getLong(21)))
                .optional().orElseThrow(Section47Enquiries::noSuchEnquiry);
    }

    private Section47Details details(Row e, StaffSummary me) {
        CodeSet agencies = agencies();
        Map<UUID, String> teamNames = teamNames();
        record StepRow(UUID id, int sequence, LocalDateTime at, String kind, String agency, Boolean done, String detail, boolean seen,
                boolean alone, UUID by, UUID team, Instant recordedAt, UUID voidedBy, Instant voidedAt, String voidReason) {}
        List<StepRow> steps = jdbc.sql("""
                SELECT id, sequence, occurred_at, kind, agency, check_done, detail, child_seen, child_seen_alone, recorded_by, recorded_team_id,
                       recorded_at, voided_by, voided_at, void_reason
                FROM childprotection.section47_step WHERE enquiry_id = :id ORDER BY occurred_at, sequence
                """).param("id", e.id).query((rs, n) -> new StepRow(rs.getObject(1, UUID.class), rs.getInt(2), rs.getTimestamp(3).toLocalDateTime(),
                        rs.getString(4), rs.getString(5), (Boolean) rs.getObject(6), rs.getString(7), rs.getBoolean(8), rs.getBoolean(9),
                        rs.getObject(10, UUID.class), rs.getObject(11, UUID.class), rs.getTimestamp(12).toInstant(), rs.getObject(13, UUID.class),
                        rs.getTimestamp(14) == null ? null : rs.getTimestamp(14).toInstant(), rs.getString(15)))
                .list();
        record CoRow(UUID staffId, UUID teamId, String reason, UUID addedBy, Instant addedAt, Instant removedAt, String removalReason) {}
        List<CoRow> coworkers = jdbc.sql("""
                SELECT staff_id, team_id, reason, added_by, added_at, removed_at, removal_reason FROM childprotection.section47_coworker
                WHERE enquiry_id = :id ORDER BY added_at, id
                """).param("id", e.id).query((rs, n) -> new CoRow(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                        rs.getObject(4, UUID.class), rs.getTimestamp(5).toInstant(),
                        rs.getTimestamp(6) == null ? null : rs.getTimestamp(6).toInstant(), rs.getString(7)))
                .list();
        record OvRow(UUID manager, UUID team, String note, Instant at) {}
        List<OvRow> oversight = jdbc.sql("""
                SELECT manager_id, team_id, note, recorded_at FROM childprotection.section47_oversight WHERE enquiry_id = :id ORDER BY recorded_at, id
                """).param("id", e.id).query((rs, n) -> new OvRow(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                        rs.getTimestamp(4).toInstant()))
                .list();
        Set<UUID> ids = new HashSet<>();
        ids.add(e.leadWorkerId);
        if (e.outcomeRecordedBy != null) {
            ids.add(e.outcomeRecordedBy);
        }
        if (e.signedOffBy != null) {
            ids.add(e.signedOffBy);
        }
        steps.forEach(s -> {
            ids.add(s.by());
            if (s.voidedBy() != null) {
                ids.add(s.voidedBy());
            }
        });
        coworkers.forEach(c -> {
            ids.add(c.staffId());
            ids.add(c.addedBy());
        });
        oversight.forEach(o -> ids.add(o.manager()));
        Map<UUID, String> names = staff.displayNames(ids);
        List<Section47Details.Step> stepViews = steps.stream().map(s -> new Section47Details.Step(s.id(), s.sequence(), s.at(), s.kind(),
                kindLabel(s.kind()), s.agency(), s.agency() == null ? null : agencies.labelOrCode(s.agency()), s.done(), s.detail(), s.seen(),
                s.alone(), names.get(s.by()), s.team() == null ? null : teamNames.get(s.team()), s.recordedAt(),
                s.voidedBy() == null ? null : names.get(s.voidedBy()), s.voidedAt(), s.voidReason())).toList();
        Map<String, Section47Details.AgencyCheck> checks = new LinkedHashMap<>();
        for (String agency : List.of("POLICE", "HEALTH_GP", "HEALTH_VISITOR", "HEALTH_SCHOOL_NURSE", "EDUCATION")) {
            checks.put(agency, new Section47Details.AgencyCheck(agency, agencies.labelOrCode(agency), false, null, 0));
        }
        for (Section47Details.Step s : stepViews) {
            if (!"AGENCY_CHECK".equals(s.kind()) || s.voided()) {
                continue;
            }
            Section47Details.AgencyCheck before = checks.get(s.agency());
            int count = before == null ? 0 : before.checks();
            boolean done = (before != null && before.done()) || Boolean.TRUE.equals(s.checkDone());
            checks.put(s.agency(), new Section47Details.AgencyCheck(s.agency(), s.agencyLabel(), done, s.occurredAt(), count + 1));
        }
        List<Section47Details.Coworker> coViews = coworkers.stream().map(c -> new Section47Details.Coworker(c.staffId(), names.get(c.staffId()),
                c.teamId(), c.teamId() == null ? null : teamNames.get(c.teamId()), c.reason(), names.get(c.addedBy()), c.addedAt(), c.removedAt(),
                c.removalReason())).toList();
        List<Section47Details.Oversight> ovViews = oversight.stream().map(o -> new Section47Details.Oversight(names.get(o.manager()),
                o.team() == null ? null : teamNames.get(o.team()), o.note(), o.at())).toList();
        StrategyDiscussionDetails discussion = discussions.load(e.discussionId).orElseThrow();
        ClockSummary t5 = clocks.find(e.t5ClockId, today());
        boolean mayRecord = !"CONCLUDED".equals(e.status) && me.editsChildRecords() && mayRecord(e, me);
        boolean mayOversee = mayOversee(e, me);
        boolean maySignOff = "AWAITING_SIGN_OFF".equals(e.status) && me.has(Role.TEAM_MANAGER) && !me.id().equals(e.leadWorkerId);
        return new Section47Details(e.id, e.childId, e.referralId, e.discussionId, discussion.heldAt(), e.startedOn, e.joint, e.leadWorkerId,
                names.get(e.leadWorkerId), e.leadTeamId, e.leadTeamId == null ? null : teamNames.get(e.leadTeamId), e.status,
                e.initialConferenceDue, t5, e.outcome == null ? null : Section47Outcome.valueOf(e.outcome), e.outcomeSummary, e.concludedOn,
                e.outcomeRecordedBy == null ? null : names.get(e.outcomeRecordedBy), e.managerRationale,
                e.signedOffBy == null ? null : names.get(e.signedOffBy), e.signedOffAt, e.icpcNotRequired, e.dateOfInitialConference, stepViews,
                new ArrayList<>(checks.values()), coViews, ovViews, mayRecord, mayOversee, maySignOff, e.version);
    }

    static String kindLabel(String kind) {
        return switch (kind) {
            case "VISIT" -> "Visit";
            case "AGENCY_CHECK" -> "Check with an agency";
            case "INTERVIEW" -> "Interview";
            case "MEDICAL" -> "Medical assessment";
            default -> "Other";
        };
    }

    private static final String SUMMARY = """
            SELECT e.id, e.child_id, e.started_on, e.initial_conference_due, e.status, e.outcome, e.concluded_on, e.joint_enquiry,
                   e.lead_worker_id, e.lead_team_id,
                   (SELECT count(*) FROM childprotection.section47_coworker c WHERE c.enquiry_id = e.id AND c.removed_at IS NULL),
                   e.outcome_recorded_by, e.outcome_recorded_at
            FROM childprotection.section47_enquiry e""";

    private static Section47Summary summaryRow(ResultSet rs, int n) throws SQLException {
        String outcome = rs.getString(6);
        return new Section47Summary(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), null, rs.getObject(3, LocalDate.class),
                rs.getObject(4, LocalDate.class), rs.getString(5), outcome == null ? null : Section47Outcome.valueOf(outcome),
                rs.getObject(7, LocalDate.class), rs.getBoolean(8), rs.getObject(9, UUID.class), null, rs.getObject(10, UUID.class), null,
                rs.getInt(11), null, rs.getObject(12, UUID.class), rs.getTimestamp(13) == null ? null : rs.getTimestamp(13).toInstant());
    }

    private List<Section47Summary> summaries(List<Section47Summary> list, UUID asking) {
        if (list.isEmpty()) {
            return list;
        }
        Map<UUID, PersonBrief> children = people.briefs(list.stream().map(Section47Summary::childId).distinct().toList());
        Map<UUID, String> names = staff.displayNames(list.stream().map(Section47Summary::leadWorkerId).distinct().toList());
        Map<UUID, String> teamNames = teamNames();
        return list.stream().map(s -> new Section47Summary(s.id(), s.childId(),
                children.containsKey(s.childId()) ? children.get(s.childId()).name() : "Child", s.startedOn(), s.initialConferenceDue(),
                s.status(), s.outcome(), s.concludedOn(), s.jointEnquiry(), s.leadWorkerId(), names.get(s.leadWorkerId()), s.leadTeamId(),
                s.leadTeamId() == null ? null : teamNames.get(s.leadTeamId()), s.coworkers(),
                asking == null ? null : asking.equals(s.leadWorkerId()) ? "Lead" : "Co-worker", s.outcomeRecordedBy(), s.outcomeRecordedAt()))
                .toList();
    }

    private static void refuseIf(Map<String, String> errors) {
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
    }

    static NotFoundException noSuchEnquiry() {
        return new NotFoundException("No such section 47 enquiry");
    }

    /** The initial conference was held: its date is the enquiry's {@code DateOfInitialCPC} (set once; never moved). */
    @Transactional
    void conferenceHeld(UUID enquiryId, LocalDate heldOn) {
        int updated = jdbc.sql("""
                UPDATE childprotection.section47_enquiry SET date_of_initial_conference = :held, version = version + 1
                WHERE id = :id AND date_of_initial_conference IS NULL
                """).param("held", heldOn).param("id", enquiryId).update();
        if (updated > 0) {
            audit.record(new AuditEntry(null, AuditAction.CHANGED, "SECTION_47_ENQUIRY", enquiryId, null,
                    Map.of("dateOfInitialConference", heldOn.toString())));
        }
    }
}
