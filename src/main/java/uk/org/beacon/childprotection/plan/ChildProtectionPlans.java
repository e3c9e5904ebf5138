package uk.org.beacon.childprotection.plan;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.org.beacon.audit.AuditAction;
import uk.org.beacon.audit.AuditEntry;
import uk.org.beacon.audit.AuditTrail;
import uk.org.beacon.childprotection.conference.ConferenceDetails;
import uk.org.beacon.childprotection.conference.Conferences;
import uk.org.beacon.childprotection.conference.InitialConferenceHeld;
import uk.org.beacon.codes.CodeSet;
import uk.org.beacon.codes.Codes;
import uk.org.beacon.identity.CurrentStaff;
import uk.org.beacon.identity.Role;
import uk.org.beacon.identity.Staff;
import uk.org.beacon.identity.StaffSummary;
import uk.org.beacon.person.People;
import uk.org.beacon.person.PersonDetails;
import uk.org.beacon.person.RecordPart;
import uk.org.beacon.planning.ActionSaved;
import uk.org.beacon.planning.PlanActionContent;
import uk.org.beacon.planning.PlanActionStatus;
import uk.org.beacon.planning.PlanActionSummary;
import uk.org.beacon.planning.PlanDetails;
import uk.org.beacon.planning.PlanOutcomeDetails;
import uk.org.beacon.planning.Plans;
import uk.org.beacon.planning.SmartPlans;
import uk.org.beacon.timescales.ClockSummary;
import uk.org.beacon.timescales.Clocks;
import uk.org.beacon.timescales.LateReason;
import uk.org.beacon.web.EditConflictException;
import uk.org.beacon.web.FieldDifference;
import uk.org.beacon.web.NotFoundException;
import uk.org.beacon.web.RuleViolationException;

/**
 * Child protection plans. An initial conference that decides on a plan starts it on the conference's date
 * with the category of abuse (one open plan per child); the first core group (T6), the first review
 * conference (T8) and the visiting clock (T9) start with it. A core group meeting records who attended and
 * progress on each SMART action, and stops T6 (the first) or T7, starting the next T7; a review conference
 * stops T8 or T8a and either continues the plan (the next T8a starts) or ends it with the reason and the
 * step-down, which ends the plan's open clocks and closes its SMART plan. Every view and change is audited;
 * every change checks the version the worker saw.
 */
@Service
public class ChildProtectionPlans implements SmartPlans {

    static final String READERS = "hasAnyRole('SOCIAL_WORKER','TEAM_MANAGER','CP_CHAIR','QUALITY_PERFORMANCE','SENIOR_LEADER')";
    static final String WRITERS = "hasAnyRole('SOCIAL_WORKER','TEAM_MANAGER','CP_CHAIR')";
    static final String CHAIRS = "hasAnyRole('CP_CHAIR','TEAM_MANAGER')";
    static final String SUBJECT = "CP_PLAN";
    static final String OWNER = "childprotection";
    static final String T6 = "T6";
    static final String T7 = "T7";
    static final String T8 = "T8";
    static final String T8A = "T8a";
    static final String T9 = "T9";
    static final String TRANSFERRED_REASON = "Transferred to another local authority";
    static final ZoneId UK = ZoneId.of("Europe/London");
    static final RecordPart PART = RecordPart.staffOnly("child protection plan");
    private static final Logger log = LoggerFactory.getLogger(ChildProtectionPlans.class);

    private final JdbcClient jdbc;
    private final People people;
    private final Staff staff;
    private final CurrentStaff currentStaff;
    private final AuditTrail audit;
    private final Codes codes;
    private final Clocks clocks;
    private final Plans plans;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Conferences conferences;
    private final ChildProtectionPlanPdf familyPdf;
    private final String authorityName;

    ChildProtectionPlans(JdbcClient jdbc, People people, Staff staff, CurrentStaff currentStaff, AuditTrail audit, Codes codes, Clocks clocks,
            Plans plans, ApplicationEventPublisher events, Clock clock, Conferences conferences, ChildProtectionPlanPdf familyPdf,
            @Value("${beacon.authority-name:Beacon}") String authorityName) {
        this.conferences = conferences;
        this.familyPdf = familyPdf;
        this.authorityName = authorityName;
        this.jdbc = jdbc;
        this.people = people;
        this.staff = staff;
        this.currentStaff = currentStaff;
        this.audit = audit;
        this.codes = codes;
        this.clocks = clocks;
        this.plans = plans;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public CodeSet categories() {
        return codes.abuseCategory();
    }

    public CodeSet lateReasons() {
        return clocks.lateReasons();
    }

    /**
     * An initial conference decided on a plan: the plan starts as the conference's chair. A refusal (a
     * second open plan, no category) is written to the audit trail with its reason and the event is done.
     */
    @ApplicationModuleListener
    void on(InitialConferenceHeld e) {
        if (!e.planDecided()) {
            return;
        }
        currentStaff.actingAs(e.chairId(), Role.CP_CHAIR, () -> {
            try {
                return start(e.conferenceId(), e.childId(), e.referralId(), e.heldOn(), e.category());
            } catch (RuleViolationException refused) {
                log.warn("Child protection plan not started for conference {}: {}", e.conferenceId(), refused.fieldErrors());
                audit.record(new AuditEntry(e.chairId(), AuditAction.REFUSED, SUBJECT, e.conferenceId(),
                        String.join("; ", refused.fieldErrors().values()), Map.of("child", e.childId().toString(), "conference",
                        e.conferenceId().toString())));
                return null;
            }
        });
    }

    /**
     * Starts the child's plan from an initial conference on its date with the category of abuse. Refused
     * while the child has an open plan, or without a category.
     */
    @PreAuthorize(WRITERS)
    @Transactional
    public ChildProtectionPlanSummary start(UUID conferenceId, UUID childId, UUID referralId, LocalDate startedOn, String category) {
        people.checkEdit(childId, PART);
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(:child))").param("child", "cp-plan-" + childId).query(Object.class).list();
        Optional<UUID> existing = jdbc.sql("SELECT id FROM childprotection.cp_plan WHERE conference_id = :c").param("c", conferenceId)
                .query(UUID.class).optional();
        if (existing.isPresent()) {
            return summary(existing.get());
        }
        LocalDate openSince = jdbc.sql("SELECT started_on FROM childprotection.cp_plan WHERE child_id = :c AND ended_on IS NULL")
                .param("c", childId).query(LocalDate.class).optional().orElse(null);
        CodeSet categories = categories();
        Map<String, String> errors = ChildProtectionPlanRules.checkStart(true, category, categories::contains, openSince, startedOn);
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
        return summary(begin(conferenceId, childId, referralId, startedOn, category, null, null));
    }

    /**
     * A transfer-in conference: a child who arrived on another authority's child protection plan; the conference here
     * continues the plan, which starts here on its date with the category, naming the authority the child came from and
     * the date the plan started there. Refused at the fields (a plan running here, dates, category, the chair's reasons).
     */
    @PreAuthorize(CHAIRS)
    @Transactional
    public ChildProtectionPlanSummary transferIn(UUID childId, UUID referralId, ChildProtectionPlanRules.TransferIn t, String managerRationale) {
        people.checkEdit(childId, PART);
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(:child))").param("child", "cp-plan-" + childId).query(Object.class).list();
        LocalDate openSince = jdbc.sql("SELECT started_on FROM childprotection.cp_plan WHERE child_id = :c AND ended_on IS NULL")
                .param("c", childId).query(LocalDate.class).optional().orElse(null);
        LocalDate lastEnded = jdbc.sql("SELECT max(ended_on) FROM childprotection.cp_plan WHERE child_id = :c").param("c", childId)
                .query(LocalDate.class).optional().orElse(null);
        CodeSet categories = categories();
        Map<String, String> errors = ChildProtectionPlanRules.checkTransferIn(t, categories::contains, openSince, lastEnded, today());
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
        StaffSummary me = currentStaff.require();
        UUID conference = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO childprotection.cp_transfer_in (id, child_id, referral_id, held_on, chair_id, category, previous_authority,
                                                            previous_plan_started_on, chair_rationale, manager_rationale, recorded_at, recorded_by)
                VALUES (:id, :child, :ref, :on, :chair, :cat, :from, :since, :why, :manager, :at, :by)
                """).param("id", conference).param("child", childId).param("ref", referralId).param("on", t.heldOn()).param("chair", me.id())
                .param("cat", t.category()).param("from", t.previousAuthority().strip()).param("since", t.previousPlanStartedOn())
                .param("why", t.chairRationale().strip()).param("manager", ChildProtectionPlanRules.blank(managerRationale) ? null
                        : managerRationale.strip()).param("at", Timestamp.from(clock.instant())).param("by", me.id()).update();
        return summary(begin(conference, childId, referralId, t.heldOn(), t.category(), t.previousAuthority().strip(), t.previousPlanStartedOn()));
    }

    private UUID begin(UUID conferenceId, UUID childId, UUID referralId, LocalDate startedOn, String category, String transferredInFrom,
            LocalDate transferredInPlanStartedOn) {
        int[] earlier = jdbc.sql("SELECT count(*), count(transferred_in_from) FROM childprotection.cp_plan WHERE child_id = :c AND started_on < :on")
                .param("c", childId).param("on", startedOn).query((rs, n) -> new int[] {rs.getInt(1), rs.getInt(2)}).single();
        int previous = ChildProtectionPlanRules.previousPlans(earlier[0], earlier[1], transferredInFrom != null);
        UUID id = UUID.randomUUID();
        UUID planId = plans.create(OWNER, id, childId);
        UUID me = currentStaff.id().orElse(null);
        jdbc.sql("""
                INSERT INTO childprotection.cp_plan (id, child_id, referral_id, conference_id, plan_id, started_on, initial_category,
                                                     latest_category, previous_plans, started_at, started_by, transferred_in_from,
                                                     transferred_in_plan_started_on)
                VALUES (:id, :child, :ref, :conf, :plan, :on, :cat, :cat, :prev, :at, :by, :from, :since)
                """).param("id", id).param("child", childId).param("ref", referralId).param("conf", conferenceId).param("plan", planId)
                .param("on", startedOn).param("cat", category).param("prev", previous).param("at", Timestamp.from(clock.instant()))
                .param("by", me).param("from", transferredInFrom).param("since", transferredInPlanStartedOn).update();
        clocks.start(T6, childId, SUBJECT, id, startedOn);
        clocks.start(T8, childId, SUBJECT, id, startedOn);
        clocks.start(T9, childId, SUBJECT, id, startedOn);
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("child", childId.toString());
        detail.put(transferredInFrom == null ? "conference" : "transferInConference", conferenceId.toString());
        detail.put("startedOn", startedOn.toString());
        detail.put("category", category);
        if (transferredInFrom != null) {
            detail.put("transferredInFrom", transferredInFrom);
            detail.put("previousPlanStartedOn", transferredInPlanStartedOn.toString());
        }
        audit.record(new AuditEntry(me, AuditAction.CREATED, SUBJECT, id, null, detail));
        events.publishEvent(new ChildProtectionPlanStarted(id, childId, referralId, startedOn, category, transferredInFrom));
        return id;
    }

    /** The plan in full (the view of the child's record is audited). */
    @PreAuthorize(READERS)
    @Transactional
    public ChildProtectionPlanDetails find(UUID cpPlanId) {
        ChildProtectionPlanSummary s = summary(cpPlanId);
        people.read(s.childId(), PART, Map.of("view", "child protection plan", "plan", cpPlanId.toString()));
        return details(s);
    }

    /** The plan in full for a page that has already checked access and audits its own view. */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public ChildProtectionPlanDetails detailsOf(UUID cpPlanId) {
        ChildProtectionPlanSummary s = summary(cpPlanId);
        people.check(s.childId(), PART);
        return details(s);
    }

    /** The child's plans, newest first (the caller's page audits its view). */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public List<ChildProtectionPlanSummary> forChild(UUID childId) {
        people.check(childId, PART);
        return jdbc.sql("SELECT id FROM childprotection.cp_plan WHERE child_id = :c ORDER BY started_on DESC").param("c", childId)
                .query(UUID.class).list().stream().map(this::summary).toList();
    }

    /**
     * The plan as a document for the family (PDF): the conference's and the latest review's reasons, the outcomes and
     * actions, the core group and the next dates, without what other people told us. The print is audited.
     */
    @PreAuthorize(READERS)
    @Transactional
    public byte[] familyCopy(UUID cpPlanId) {
        ChildProtectionPlanSummary s = summary(cpPlanId);
        people.read(s.childId(), PART, Map.of("view", "child protection plan", "plan", cpPlanId.toString(), "printed", "family copy"));
        PersonDetails child = people.open(s.childId());
        ChildProtectionPlanPdf.Decision decision = s.transferredIn() ? transferInDecision(s.conferenceId()) : initialDecision(s.conferenceId());
        return familyPdf.render(new ChildProtectionPlanPdf.Document(authorityName, child.fullName(), child.dateOfBirth(), details(s),
                categories().labelOrCode(s.latestCategory()), decision, clock.instant().atZone(UK), currentStaff.require().displayName()));
    }

    private ChildProtectionPlanPdf.Decision initialDecision(UUID conferenceId) {
        ConferenceDetails c = conferences.open(conferenceId);
        return new ChildProtectionPlanPdf.Decision("initial child protection conference", c.heldOn(), c.chairName(), c.chairRationale(),
                c.managerRationale());
    }

    private ChildProtectionPlanPdf.Decision transferInDecision(UUID transferInId) {
        return jdbc.sql("SELECT held_on, chair_id, chair_rationale, manager_rationale FROM childprotection.cp_transfer_in WHERE id = :id")
                .param("id", transferInId).query((rs, n) -> {
                    UUID chair = rs.getObject("chair_id", UUID.class);
                    return new ChildProtectionPlanPdf.Decision("transfer-in conference", rs.getObject("held_on", LocalDate.class),
                            chair == null ? null : staff.find(chair).map(StaffSummary::displayName).orElse(null), rs.getString("chair_rationale"),
                            rs.getString("manager_rationale"));
                }).single();
    }

    // ---- the SMART plan ----------------------------------------------------------------------------------------

    @PreAuthorize(WRITERS)
    @Transactional
    @Override
    public PlanDetails addOutcome(UUID cpPlanId, long expectedPlanVersion, String outcome) {
        return plans.addOutcome(running(cpPlanId).planId(), expectedPlanVersion, outcome);
    }

    @PreAuthorize(WRITERS)
    @Transactional
    @Override
    public ActionSaved addAction(UUID cpPlanId, UUID outcomeId, long expectedPlanVersion, PlanActionContent content) {
        ChildProtectionPlanSummary s = running(cpPlanId);
        if (plans.find(s.planId()).outcomes().stream().noneMatch(o -> o.id().equals(outcomeId))) {
            throw new NotFoundException("No such outcome on this plan");
        }
        return plans.addAction(outcomeId, expectedPlanVersion, content);
    }

    @PreAuthorize(WRITERS)
    @Transactional
    @Override
    public ActionSaved editAction(UUID cpPlanId, UUID actionId, long expectedVersion, PlanActionContent content) {
        ownAction(running(cpPlanId), actionId);
        return plans.editAction(actionId, expectedVersion, content);
    }

    @PreAuthorize(WRITERS)
    @Transactional
    @Override
    public PlanActionSummary withdrawAction(UUID cpPlanId, UUID actionId, long expectedVersion, String reason) {
        ownAction(running(cpPlanId), actionId);
        return plans.withdrawAction(actionId, expectedVersion, reason);
    }

    @PreAuthorize(WRITERS)
    @Transactional
    @Override
    public PlanActionSummary recordProgress(UUID cpPlanId, UUID actionId, long expectedVersion, PlanActionStatus status, String note, LocalDate on) {
        ownAction(running(cpPlanId), actionId);
        return plans.recordProgress(actionId, expectedVersion, status, note, on);
    }

    // ---- the core group ----------------------------------------------------------------------------------------

    /** Adds a member to the core group: a name and agency or role, with the person or member of staff when known. */
    @PreAuthorize(WRITERS)
    @Transactional
    public ChildProtectionPlanDetails addMember(UUID cpPlanId, long expectedVersion, String name, String agencyRole, UUID personId, UUID staffId) {
        ChildProtectionPlanSummary s = locked(cpPlanId, expectedVersion);
        Map<String, String> errors = new LinkedHashMap<>();
        if (!s.open()) {
            errors.put("plan", "This plan ended on " + s.endedOn() + ": it can no longer be changed");
        }
        if (ChildProtectionPlanRules.blank(name)) {
            errors.put("memberName", "Enter the core group member's name");
        }
        if (ChildProtectionPlanRules.blank(agencyRole)) {
            errors.put("agencyRole", "Enter the member's agency or role");
        }
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
        UUID me = currentStaff.id().orElse(null);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO childprotection.core_group_member (id, cp_plan_id, name, agency_role, person_id, staff_id, added_on, added_at, added_by)
                VALUES (:id, :p, :n, :a, :person, :staff, :on, :at, :by)
                """).param("id", id).param("p", cpPlanId).param("n", name.strip()).param("a", agencyRole.strip()).param("person", personId)
                .param("staff", staffId).param("on", today()).param("at", Timestamp.from(clock.instant())).param("by", me).update();
        touch(cpPlanId);
        audit.record(new AuditEntry(me, AuditAction.CHANGED, SUBJECT, cpPlanId, null, Map.of("coreGroupMemberAdded", id.toString())));
        return details(summary(cpPlanId));
    }

    /**
     * Records a core group meeting with who attended, what it found and progress on the plan's actions;
     * the first meeting stops T6, later ones T7, and the next T7 starts from the meeting (late needs a reason).
     */
    @PreAuthorize(WRITERS)
    @Transactional
    public ChildProtectionPlanDetails recordCoreGroup(UUID cpPlanId, long expectedVersion, LocalDate heldOn, String attendees, String summary,
            List<ActionProgressEntry> progress, LateReason lateReason) {
        ChildProtectionPlanSummary s = locked(cpPlanId, expectedVersion);
        Map<String, String> errors = ChildProtectionPlanRules.checkCoreGroup(s.startedOn(), s.endedOn(), heldOn, attendees, summary, today());
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
        int reviewed = 0;
        for (ActionProgressEntry p : progress == null ? List.<ActionProgressEntry>of() : progress) {
            if (p.status() == null && ChildProtectionPlanRules.blank(p.note())) {
                continue;
            }
            ownAction(s, p.actionId());
            try {
                plans.recordProgress(p.actionId(), p.actionVersion(), p.status(), p.note(), heldOn);
            } catch (RuleViolationException e) {
                Map<String, String> fields = new LinkedHashMap<>();
                e.fieldErrors().forEach((k, v) -> fields.put(k + "-" + p.actionId(), v));
                throw new RuleViolationException(fields);
            }
            reviewed++;
        }
        boolean late = false;
        boolean first = false;
        for (ClockSummary c : clocks.openForSubject(SUBJECT, cpPlanId, heldOn)) {
            if (T6.equals(c.ruleId()) || T7.equals(c.ruleId())) {
                first |= T6.equals(c.ruleId());
                late |= clocks.lateIfStoppedOn(c.id(), heldOn);
                clocks.stop(c.id(), heldOn, lateReason);
            }
        }
        clocks.start(T7, s.childId(), SUBJECT, cpPlanId, heldOn);
        UUID me = currentStaff.id().orElse(null);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO childprotection.core_group_meeting (id, cp_plan_id, held_on, attendees, summary, actions_reviewed, late_reason,
                                                                recorded_at, recorded_by)
                VALUES (:id, :p, :on, :att, :sum, :n, :late, :at, :by)
                """).param("id", id).param("p", cpPlanId).param("on", heldOn).param("att", attendees.strip()).param("sum", summary.strip())
                .param("n", reviewed).param("late", late && lateReason != null ? lateReason.text() : null)
                .param("at", Timestamp.from(clock.instant())).param("by", me).update();
        touch(cpPlanId);
        audit.record(new AuditEntry(me, AuditAction.CHANGED, SUBJECT, cpPlanId, null,
                Map.of("coreGroupMeeting", id.toString(), "heldOn", heldOn.toString(), "first", first, "actionsReviewed", reviewed)));
        return details(summary(cpPlanId));
    }

    // ---- review conferences and the end ------------------------------------------------------------------------

    /**
     * Records a review conference chaired by the signed-in chair: on a weekday within the plan; it stops T8
     * (the first) or T8a. Continuing starts the next T8a (and may change the category); ending needs the
     * reason and the step-down (early help needs the named lead professional): the plan ends on the
     * review's date, its clocks end, its SMART plan closes and {@link ChildProtectionPlanEnded} is announced.
     */
    @PreAuthorize(CHAIRS)
    @Transactional
    public ChildProtectionPlanDetails recordReview(UUID cpPlanId, long expectedVersion, LocalDate heldOn, ReviewDecision decision, String summary,
            String categoryTo, String endReason, StepDown stepDown, String leadName, String leadAgency, LateReason lateReason) {
        ChildProtectionPlanSummary s = locked(cpPlanId, expectedVersion);
        CodeSet categories = categories();
        LocalDate lastReviewOn = jdbc.sql("SELECT max(held_on) FROM childprotection.cp_review WHERE cp_plan_id = :p").param("p", cpPlanId)
                .query(LocalDate.class).optional().orElse(null);
        Map<String, String> errors = ChildProtectionPlanRules.checkReview(s.startedOn(), s.endedOn(), lastReviewOn, heldOn, decision, summary,
                categoryTo,
                categories::contains, endReason, stepDown, leadName, leadAgency, today());
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
        boolean late = false;
        for (ClockSummary c : clocks.openForSubject(SUBJECT, cpPlanId, heldOn)) {
            if (T8.equals(c.ruleId()) || T8A.equals(c.ruleId())) {
                late |= clocks.lateIfStoppedOn(c.id(), heldOn);
                clocks.stop(c.id(), heldOn, lateReason);
            }
        }
        String newCategory = ChildProtectionPlanRules.blank(categoryTo) || categoryTo.equals(s.latestCategory()) ? null : categoryTo;
        StaffSummary me = currentStaff.require();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO childprotection.cp_review (id, cp_plan_id, held_on, decision, category_from, category_to, chair_id, summary, late_reason,
                                                       recorded_at, recorded_by)
                VALUES (:id, :p, :on, :d, :from, :to, :chair, :sum, :late, :at, :by)
                """).param("id", id).param("p", cpPlanId).param("on", heldOn).param("d", decision.name())
                .param("from", newCategory == null ? null : s.latestCategory()).param("to", newCategory).param("chair", me.id())
                .param("sum", summary.strip()).param("late", late && lateReason != null ? lateReason.text() : null)
                .param("at", Timestamp.from(clock.instant())).param("by", me.id()).update();
        if (newCategory != null) {
            jdbc.sql("UPDATE childprotection.cp_plan SET latest_category = :c WHERE id = :id").param("c", newCategory).param("id", cpPlanId).update();
        }
        if (decision == ReviewDecision.CONTINUE) {
            clocks.start(T8A, s.childId(), SUBJECT, cpPlanId, heldOn);
        } else {
            end(s, heldOn, endReason.strip(), stepDown, stepDown == StepDown.EARLY_HELP ? leadName.strip() : null,
                    stepDown == StepDown.EARLY_HELP ? leadAgency.strip() : null, null, me.id());
        }
        touch(cpPlanId);
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("review", id.toString());
        detail.put("heldOn", heldOn.toString());
        detail.put("decision", decision.name());
        if (newCategory != null) {
            detail.put("categoryTo", newCategory);
        }
        if (decision == ReviewDecision.END) {
            detail.put("stepDown", stepDown.name());
        }
        audit.record(new AuditEntry(me.id(), AuditAction.CHANGED, SUBJECT, cpPlanId, decision == ReviewDecision.END ? endReason.strip() : null,
                detail));
        return details(summary(cpPlanId));
    }

    /**
     * The child moved to another authority, whose transfer-in conference took the plan over: the plan ends here on the
     * date of that conference with the reason "transferred to another local authority" and the receiving authority
     * named; its clocks end, its SMART plan closes and {@link ChildProtectionPlanEnded} is announced (the episode can
     * then close with RC5).
     */
    @PreAuthorize(CHAIRS)
    @Transactional
    public ChildProtectionPlanDetails transferOut(UUID cpPlanId, long expectedVersion, String receivingAuthority, LocalDate conferenceOn) {
        ChildProtectionPlanSummary s = locked(cpPlanId, expectedVersion);
        LocalDate lastReviewOn = jdbc.sql("SELECT max(held_on) FROM childprotection.cp_review WHERE cp_plan_id = :p").param("p", cpPlanId)
                .query(LocalDate.class).optional().orElse(null);
        Map<String, String> errors = ChildProtectionPlanRules.checkTransferOut(s.status(), s.startedOn(), lastReviewOn, receivingAuthority,
                conferenceOn, today());
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
        StaffSummary me = currentStaff.require();
        String to = receivingAuthority.strip();
        end(s, conferenceOn, TRANSFERRED_REASON + ": " + to, StepDown.TRANSFERRED, null, null, to, me.id());
        touch(cpPlanId);
        audit.record(new AuditEntry(me.id(), AuditAction.CHANGED, SUBJECT, cpPlanId, TRANSFERRED_REASON,
                Map.of("transferredTo", to, "conferenceOn", conferenceOn.toString(), "child", s.childId().toString())));
        return details(summary(cpPlanId));
    }

    /** Ends the plan on {@code on}: the record, its clocks, its SMART plan, and the announcement. */
    private void end(ChildProtectionPlanSummary s, LocalDate on, String reason, StepDown stepDown, String leadName, String leadAgency,
            String transferredTo, UUID by) {
        ChildProtectionPlanRules.Status to = stepDown == StepDown.TRANSFERRED ? ChildProtectionPlanRules.Status.TRANSFERRED_OUT
                : ChildProtectionPlanRules.Status.ENDED;
        if (!ChildProtectionPlanRules.allowed(s.status(), to)) {
            throw new RuleViolationException(Map.of("plan", "This plan has already ended: it cannot end again"));
        }
        jdbc.sql("""
                UPDATE childprotection.cp_plan SET ended_on = :on, end_reason = :r, step_down = :sd, lead_professional_name = :ln,
                       lead_professional_agency = :la, transferred_to = :to, transferred_to_conference_on = :toOn, ended_at = :at, ended_by = :by
                WHERE id = :id
                """).param("on", on).param("r", reason).param("sd", stepDown.name()).param("ln", leadName).param("la", leadAgency)
                .param("to", transferredTo).param("toOn", transferredTo == null ? null : on).param("at", Timestamp.from(clock.instant()))
                .param("by", by).param("id", s.id()).update();
        for (ClockSummary c : clocks.openForSubject(SUBJECT, s.id(), today())) {
            clocks.end(c.id(), c.version(), on.isBefore(c.startedOn()) ? c.startedOn() : on, "The child protection plan ended");
        }
        plans.close(s.planId(), on);
        events.publishEvent(new ChildProtectionPlanEnded(s.id(), s.childId(), s.referralId(), on, reason, stepDown, leadName, leadAgency,
                transferredTo, by));
    }

    // ---- internals ---------------------------------------------------------------------------------------------

    private ChildProtectionPlanSummary running(UUID cpPlanId) {
        ChildProtectionPlanSummary s = summary(cpPlanId);
        people.checkEdit(s.childId(), PART);
        if (!s.open()) {
            throw new RuleViolationException(Map.of("plan", "This plan ended on " + s.endedOn() + ": it can no longer be changed"));
        }
        return s;
    }

    private ChildProtectionPlanSummary locked(UUID cpPlanId, long expectedVersion) {
        Long version = jdbc.sql("SELECT version FROM childprotection.cp_plan WHERE id = :id FOR UPDATE").param("id", cpPlanId).query(Long.class)
                .optional().orElseThrow(() -> new NotFoundException("No such child protection plan"));
        ChildProtectionPlanSummary s = summary(cpPlanId);
        people.checkEdit(s.childId(), PART);
        if (version != expectedVersion) {
            throw new EditConflictException(List.of(new FieldDifference("Plan", "changed since you opened it", "your change")), version);
        }
        return s;
    }

    private void touch(UUID cpPlanId) {
        jdbc.sql("UPDATE childprotection.cp_plan SET version = version + 1 WHERE id = :id").param("id", cpPlanId).update();
    }

    private void ownAction(ChildProtectionPlanSummary s, UUID actionId) {
        boolean ours = plans.find(s.planId()).outcomes().stream().map(PlanOutcomeDetails::actions).flatMap(List::stream)
                .anyMatch(a -> a.id().equals(actionId));
        if (!ours) {
            throw new NotFoundException("No such action on this plan");
        }
    }

    private ChildProtectionPlanSummary summary(UUID cpPlanId) {
        return jdbc.sql("""
                SELECT p.id, p.child_id, p.referral_id, p.conference_id, p.plan_id, p.started_on, p.initial_category, p.latest_category,
                       p.previous_plans, p.ended_on, p.end_reason, p.step_down, p.lead_professional_name, p.lead_professional_agency, p.version,
                       r.second_or_subsequent, r.subsequent_within_two_years, p.transferred_in_from,
                       p.transferred_in_plan_started_on, p.transferred_to, p.transferred_to_conference_on
                FROM childprotection.cp_plan p JOIN reporting.cp_plan r ON r.cp_plan_id = p.id WHERE p.id = :id
                """).param("id", cpPlanId).query(this::summaryRow).optional()
                .orElseThrow(() -> new NotFoundException("No such child protection plan"));
    }

    /** A plan as it stands today (by the injected clock): whether it has lasted two years or more is worked out as at today. */
    private ChildProtectionPlanSummary summaryRow(ResultSet rs, int n) throws SQLException {
        String stepDown = rs.getString("step_down");
        LocalDate startedOn = rs.getObject("started_on", LocalDate.class);
        LocalDate endedOn = rs.getObject("ended_on", LocalDate.class);
        return new ChildProtectionPlanSummary(rs.getObject("id", UUID.class), rs.getObject("child_id", UUID.class),
                rs.getObject("referral_id", UUID.class), rs.getObject("conference_id", UUID.class), rs.getObject("plan_id", UUID.class),
                startedOn, rs.getString("initial_category"), rs.getString("latest_category"), rs.getInt("previous_plans"), endedOn,
                rs.getString("end_reason"),
                stepDown == null ? null : StepDown.valueOf(stepDown), rs.getString("lead_professional_name"),
                rs.getString("lead_professional_agency"), rs.getLong("version"),
                ChildProtectionPlanRules.lastedTwoYearsOrMore(startedOn, endedOn, today()),
                rs.getBoolean("second_or_subsequent"), rs.getBoolean("subsequent_within_two_years"), rs.getString("transferred_in_from"),
                rs.getObject("transferred_in_plan_started_on", LocalDate.class), rs.getString("transferred_to"),
                rs.getObject("transferred_to_conference_on", LocalDate.class));
    }

    private ChildProtectionPlanDetails details(ChildProtectionPlanSummary s) {
        List<CoreGroupMember> members = jdbc.sql("""
                SELECT id, name, agency_role, person_id, staff_id, added_on FROM childprotection.core_group_member
                WHERE cp_plan_id = :p AND left_on IS NULL ORDER BY added_at
                """).param("p", s.id()).query((rs, n) -> new CoreGroupMember(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                rs.getObject(4, UUID.class), rs.getObject(5, UUID.class), rs.getObject(6, LocalDate.class))).list();
        List<CoreGroupMeeting> meetings = jdbc.sql("""
                SELECT id, held_on, attendees, summary, actions_reviewed, late_reason FROM childprotection.core_group_meeting
                WHERE cp_plan_id = :p ORDER BY held_on, recorded_at
                """).param("p", s.id()).query((rs, n) -> new CoreGroupMeeting(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class),
                rs.getString(3), rs.getString(4), rs.getInt(5), rs.getString(6))).list();
        List<ChildProtectionReview> reviews = jdbc.sql("""
                SELECT id, held_on, decision, category_from, category_to, chair_id, summary, late_reason FROM childprotection.cp_review
                WHERE cp_plan_id = :p ORDER BY held_on, recorded_at
                """).param("p", s.id()).query((rs, n) -> new ChildProtectionReview(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class),
                ReviewDecision.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5), rs.getObject(6, UUID.class), rs.getString(7),
                rs.getString(8))).list();
        List<ClockSummary> open = new ArrayList<>(clocks.openForSubject(SUBJECT, s.id(), today()));
        return new ChildProtectionPlanDetails(s, plans.find(s.planId()), members, meetings, reviews, open);
    }
}
