package uk.org.beacon.childinneed;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.org.beacon.audit.AuditAction;
import uk.org.beacon.audit.AuditEntry;
import uk.org.beacon.audit.AuditTrail;
import uk.org.beacon.identity.CurrentStaff;
import uk.org.beacon.planning.ActionSaved;
import uk.org.beacon.planning.PlanActionContent;
import uk.org.beacon.planning.PlanActionStatus;
import uk.org.beacon.planning.PlanActionSummary;
import uk.org.beacon.planning.PlanDetails;
import uk.org.beacon.planning.PlanOutcomeDetails;
import uk.org.beacon.person.People;
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
 * Child in need plans. A plan starts within the child's open episode (after the assessment asked for
 * one), one at a time and never while a child protection plan runs ({@link EpisodeRules}); its outcomes
 * and SMART actions are a {@code planning} plan. Starting it starts the review clock (T10-review, a
 * local setting, default every 3 months) and the visiting clock (T10); a review stops and restarts the
 * review clock, a visit recorded in casework restarts the visiting clock, and ending the plan with a
 * reason ends both and closes the SMART plan.
 */
@Service
public class ChildInNeedPlans implements SmartPlans {

    static final String SUBJECT = "CHILD_IN_NEED_PLAN";
    static final String REVIEW_RULE = "T10-review";
    static final String VISIT_RULE = "T10";
    static final String OWNER = "childinneed";

    private final JdbcClient jdbc;
    private final Episodes episodes;
    private final Plans plans;
    private final Clocks clocks;
    private final CurrentStaff currentStaff;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final People people;
    private static final Logger log = LoggerFactory.getLogger(ChildInNeedPlans.class);

    ChildInNeedPlans(JdbcClient jdbc, Episodes episodes, Plans plans, Clocks clocks, CurrentStaff currentStaff, AuditTrail audit,
            ApplicationEventPublisher events, Clock clock, People people) {
        this.people = people;
        this.jdbc = jdbc;
        this.episodes = episodes;
        this.plans = plans;
        this.clocks = clocks;
        this.currentStaff = currentStaff;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Starts a child in need plan in the child's open episode; its SMART plan starts empty. */
    @PreAuthorize(Episodes.WRITERS)
    @Transactional
    public ChildInNeedPlanDetails start(UUID childId, LocalDate startedOn) {
        episodes.access(childId, true);
        return details(begin(childId, startedOn, currentStaff.id().orElse(null), null));
    }

    /**
     * A child protection plan ended with a step-down to a child in need plan: the plan starts in the child's open
     * episode on the day the child protection plan ended (delivered after commit, without a signed-in person; the
     * chair who ended the plan is the one recorded). If the rules refuse it, the refusal is audited and the episode
     * prompts the worker to start the plan instead.
     */
    @Transactional
    void startOnStepDown(UUID childId, UUID referralId, LocalDate endedOn, UUID cpPlanId, UUID endedBy) {
        try {
            begin(childId, endedOn, endedBy, cpPlanId);
        } catch (RuleViolationException refused) {
            log.warn("Child in need plan not started on the step-down from child protection plan {}: {}", cpPlanId, refused.fieldErrors());
            audit.record(new AuditEntry(endedBy, AuditAction.REFUSED, SUBJECT, cpPlanId, String.join("; ", refused.fieldErrors().values()),
                    Map.of("child", childId.toString(), "steppedDownFrom", cpPlanId.toString())));
            episodes.promptPlan(childId, referralId, endedOn, cpPlanId);
        }
    }

    private UUID begin(UUID childId, LocalDate startedOn, UUID by, UUID steppedDownFrom) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(:child))").param("child", childId.toString()).query(Object.class).list();
        Optional<Object[]> episode = jdbc.sql("SELECT id, referral_date FROM childinneed.episode WHERE child_id = :c AND closed_on IS NULL")
                .param("c", childId).query((rs, n) -> new Object[] {rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class)}).optional();
        List<EpisodeRules.PlanPeriod> cin = periods("SELECT started_on, ended_on FROM childinneed.cin_plan WHERE child_id = :c", childId);
        List<EpisodeRules.PlanPeriod> cp = periods("""
                SELECT a.started_on, a.ended_on FROM childinneed.episode_activity a JOIN childinneed.episode e ON e.id = a.episode_id
                WHERE e.child_id = :c AND a.kind = 'CP_PLAN'
                """, childId);
        Map<String, String> errors = EpisodeRules.checkPlanStart(episode.map(e -> (LocalDate) e[1]).orElse(null), episode.isPresent(), startedOn,
                cin, cp, today());
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
        UUID episodeId = (UUID) episode.get()[0];
        UUID id = UUID.randomUUID();
        UUID planId = plans.create(OWNER, id, childId);
        jdbc.sql("""
                INSERT INTO childinneed.cin_plan (id, episode_id, child_id, plan_id, started_on, started_at, started_by)
                VALUES (:id, :e, :c, :p, :on, :at, :by)
                """).param("id", id).param("e", episodeId).param("c", childId).param("p", planId).param("on", startedOn)
                .param("at", Timestamp.from(clock.instant())).param("by", by).update();
        episodes.activity("CIN_PLAN", id, childId, null, startedOn, null, null, null, null, null, null);
        jdbc.sql("UPDATE childinneed.episode SET prompt = NULL, version = version + 1 WHERE id = :e AND prompt IS NOT NULL").param("e", episodeId)
                .update();
        clocks.start(REVIEW_RULE, childId, SUBJECT, id, startedOn);
        clocks.start(VISIT_RULE, childId, SUBJECT, id, startedOn);
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("child", childId.toString());
        detail.put("startedOn", startedOn.toString());
        if (steppedDownFrom != null) {
            detail.put("steppedDownFrom", steppedDownFrom.toString());
        }
        audit.record(new AuditEntry(by, AuditAction.CREATED, SUBJECT, id, null, detail));
        events.publishEvent(new ChildInNeedPlanStarted(id, childId, episodeId, planId, startedOn, by));
        return id;
    }

    /** The plan in full with its SMART plan, reviews and clocks (the view is audited). */
    @PreAuthorize(Episodes.READERS)
    @Transactional
    public ChildInNeedPlanDetails find(UUID cinPlanId) {
        ChildInNeedPlanSummary s = summary(cinPlanId);
        people.read(s.childId(), Episodes.CHILD_IN_NEED, Map.of("view", "child in need plan", "plan", cinPlanId.toString()));
        return details(cinPlanId);
    }

    /** The child's child in need plans, newest first (access is the caller's: for lists and panels). */
    @PreAuthorize(Episodes.READERS)
    @Transactional(readOnly = true)
    public List<ChildInNeedPlanSummary> forChild(UUID childId) {
        episodes.access(childId, false);
        return jdbc.sql("SELECT id FROM childinneed.cin_plan WHERE child_id = :c ORDER BY started_on DESC, started_at DESC").param("c", childId)
                .query(UUID.class).list().stream().map(this::summary).toList();
    }

    @PreAuthorize(Episodes.WRITERS)
    @Transactional
    @Override
    public PlanDetails addOutcome(UUID cinPlanId, long expectedPlanVersion, String outcome) {
        return plans.addOutcome(running(cinPlanId).planId(), expectedPlanVersion, outcome);
    }

    @PreAuthorize(Episodes.WRITERS)
    @Transactional
    @Override
    public ActionSaved addAction(UUID cinPlanId, UUID outcomeId, long expectedPlanVersion, PlanActionContent content) {
        ChildInNeedPlanSummary s = running(cinPlanId);
        ownOutcome(s, outcomeId);
        return plans.addAction(outcomeId, expectedPlanVersion, content);
    }

    @PreAuthorize(Episodes.WRITERS)
    @Transactional
    @Override
    public ActionSaved editAction(UUID cinPlanId, UUID actionId, long expectedVersion, PlanActionContent content) {
        ownAction(running(cinPlanId), actionId);
        return plans.editAction(actionId, expectedVersion, content);
    }

    @PreAuthorize(Episodes.WRITERS)
    @Transactional
    @Override
    public PlanActionSummary withdrawAction(UUID cinPlanId, UUID actionId, long expectedVersion, String reason) {
        ownAction(running(cinPlanId), actionId);
        return plans.withdrawAction(actionId, expectedVersion, reason);
    }

    @PreAuthorize(Episodes.WRITERS)
    @Transactional
    @Override
    public PlanActionSummary recordProgress(UUID cinPlanId, UUID actionId, long expectedVersion, PlanActionStatus status, String note,
            LocalDate on) {
        ownAction(running(cinPlanId), actionId);
        return plans.recordProgress(actionId, expectedVersion, status, note, on);
    }

    /**
     * Records a review held on {@code heldOn}: the review clock stops (a late review needs a reason)
     * and the next starts from the review's date.
     */
    @PreAuthorize(Episodes.WRITERS)
    @Transactional
    public ChildInNeedPlanDetails recordReview(UUID cinPlanId, long expectedVersion, LocalDate heldOn, String summary, LateReason lateReason) {
        ChildInNeedPlanSummary s = locked(cinPlanId, expectedVersion);
        Map<String, String> errors = EpisodeRules.checkReview(s.startedOn(), s.endedOn(), heldOn, summary, today());
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
        boolean late = clocks.openForSubject(SUBJECT, cinPlanId, heldOn).stream().filter(c -> REVIEW_RULE.equals(c.ruleId()))
                .anyMatch(c -> clocks.lateIfStoppedOn(c.id(), heldOn));
        List<ClockSummary> next = clocks.repeat(s.childId(), List.of(REVIEW_RULE), heldOn, lateReason);
        LocalDate nextDue = next.stream().filter(c -> cinPlanId.equals(c.subjectId())).map(ClockSummary::due).findFirst().orElse(null);
        UUID me = currentStaff.id().orElse(null);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO childinneed.cin_plan_review (id, cin_plan_id, held_on, summary, next_review_due, late_reason, recorded_at, recorded_by)
                VALUES (:id, :p, :on, :s, :next, :late, :at, :by)
                """).param("id", id).param("p", cinPlanId).param("on", heldOn).param("s", summary.strip()).param("next", nextDue)
                .param("late", late && lateReason != null ? lateReason.text() : null).param("at", Timestamp.from(clock.instant())).param("by", me)
                .update();
        jdbc.sql("UPDATE childinneed.cin_plan SET version = version + 1 WHERE id = :id").param("id", cinPlanId).update();
        audit.record(new AuditEntry(me, AuditAction.CHANGED, SUBJECT, cinPlanId, null, Map.of("review", id.toString(), "heldOn", heldOn.toString())));
        return details(cinPlanId);
    }

    /** Ends the plan with the reason: its clocks end, its SMART plan becomes read-only, and {@link ChildInNeedPlanEnded} is announced. */
    @PreAuthorize(Episodes.WRITERS)
    @Transactional
    public ChildInNeedPlanDetails end(UUID cinPlanId, long expectedVersion, LocalDate endedOn, String reason, String note) {
        ChildInNeedPlanSummary s = locked(cinPlanId, expectedVersion);
        Set<String> reasons = Arrays.stream(PlanEndReason.values()).map(Enum::name).collect(Collectors.toSet());
        Map<String, String> errors = EpisodeRules.checkPlanEnd(s.startedOn(), !s.open(), endedOn, reason, reasons, s.lastReviewOn(), today());
        if (errors.isEmpty() && PlanEndReason.OTHER.name().equals(reason) && (note == null || note.isBlank())) {
            errors.put("endNote", "Say why the plan ended");
        }
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
        return finish(s, endedOn, PlanEndReason.valueOf(reason), note);
    }

    /** Who started the child's open child in need plan (the worker holding it), if one is open. */
    @Transactional(readOnly = true)
    Optional<UUID> openPlanHolder(UUID childId) {
        return jdbc.sql("SELECT started_by FROM childinneed.cin_plan WHERE child_id = :c AND ended_on IS NULL AND started_by IS NOT NULL")
                .param("c", childId).query(UUID.class).optional();
    }

    /**
     * A child protection plan started for the child: a child in need plan still open ends that day, stepped up, because a
     * child is on one plan or the other, never both (CIN census 4001, 4017; the new plan may start on the old one's end date).
     */
    @Transactional
    void steppedUp(UUID childId, LocalDate protectionPlanStartedOn) {
        Optional<UUID> open = jdbc.sql("SELECT id FROM childinneed.cin_plan WHERE child_id = :c AND ended_on IS NULL").param("c", childId)
                .query(UUID.class).optional();
        if (open.isEmpty()) {
            return;
        }
        ChildInNeedPlanSummary s = summary(open.get());
        LocalDate on = protectionPlanStartedOn;
        if (on.isBefore(s.startedOn())) {
            on = s.startedOn();
        }
        if (s.lastReviewOn() != null && on.isBefore(s.lastReviewOn())) {
            on = s.lastReviewOn();
        }
        finish(s, on, PlanEndReason.STEPPED_UP_TO_CHILD_PROTECTION,
                "Ended when a child protection plan started on " + EpisodeRules.DAY.format(protectionPlanStartedOn));
    }

    private ChildInNeedPlanDetails finish(ChildInNeedPlanSummary s, LocalDate endedOn, PlanEndReason why, String note) {
        UUID cinPlanId = s.id();
        String reason = why.name();
        UUID me = currentStaff.id().orElse(null);
        jdbc.sql("""
                UPDATE childinneed.cin_plan SET ended_on = :on, end_reason = :r, end_note = :note, ended_at = :at, ended_by = :by, version = version + 1
                WHERE id = :id
                """).param("on", endedOn).param("r", reason).param("note", note == null || note.isBlank() ? null : note.strip())
                .param("at", Timestamp.from(clock.instant())).param("by", me).param("id", cinPlanId).update();
        jdbc.sql("UPDATE childinneed.episode_activity SET ended_on = :on WHERE kind = 'CIN_PLAN' AND source_id = :id").param("on", endedOn)
                .param("id", cinPlanId).update();
        for (ClockSummary c : clocks.openForSubject(SUBJECT, cinPlanId, today())) {
            LocalDate on = endedOn.isBefore(c.startedOn()) ? c.startedOn() : endedOn;
            clocks.end(c.id(), c.version(), on, "The child in need plan ended");
        }
        plans.close(s.planId(), endedOn);
        audit.record(new AuditEntry(me, AuditAction.CHANGED, SUBJECT, cinPlanId, note, Map.of("endedOn", endedOn.toString(), "reason", reason)));
        events.publishEvent(new ChildInNeedPlanEnded(cinPlanId, s.childId(), s.episodeId(), s.startedOn(), endedOn, why,
                note == null || note.isBlank() ? null : note.strip(), me));
        return details(cinPlanId);
    }

    @Override
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private ChildInNeedPlanSummary running(UUID cinPlanId) {
        ChildInNeedPlanSummary s = summary(cinPlanId);
        episodes.access(s.childId(), true);
        if (!s.open()) {
            throw new RuleViolationException(Map.of("plan", "This plan ended on " + s.endedOn() + ": it can no longer be changed"));
        }
        return s;
    }

    private ChildInNeedPlanSummary locked(UUID cinPlanId, long expectedVersion) {
        Long version = jdbc.sql("SELECT version FROM childinneed.cin_plan WHERE id = :id FOR UPDATE").param("id", cinPlanId).query(Long.class)
                .optional().orElseThrow(() -> new NotFoundException("No such child in need plan"));
        ChildInNeedPlanSummary s = summary(cinPlanId);
        episodes.access(s.childId(), true);
        if (version != expectedVersion) {
            throw new EditConflictException(List.of(new FieldDifference("Plan", "reviewed or ended since you opened it", "your change")), version);
        }
        return s;
    }

    private void ownOutcome(ChildInNeedPlanSummary s, UUID outcomeId) {
        if (plans.find(s.planId()).outcomes().stream().noneMatch(o -> o.id().equals(outcomeId))) {
            throw new NotFoundException("No such outcome on this plan");
        }
    }

    private void ownAction(ChildInNeedPlanSummary s, UUID actionId) {
        boolean ours = plans.find(s.planId()).outcomes().stream().map(PlanOutcomeDetails::actions).flatMap(List::stream)
                .anyMatch(a -> a.id().equals(actionId));
        if (!ours) {
            throw new NotFoundException("No such action on this plan");
        }
    }

    private List<EpisodeRules.PlanPeriod> periods(String sql, UUID childId) {
        return jdbc.sql(sql).param("c", childId)
                .query((rs, n) -> new EpisodeRules.PlanPeriod(rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class))).list();
    }

    private ChildInNeedPlanSummary summary(UUID cinPlanId) {
        ChildInNeedPlanSummary s = jdbc.sql("""
                SELECT p.id, p.episode_id, p.child_id, p.plan_id, p.started_on, p.ended_on, p.end_reason, p.end_note, p.version,
                       (SELECT max(held_on) FROM childinneed.cin_plan_review r WHERE r.cin_plan_id = p.id)
                FROM childinneed.cin_plan p WHERE p.id = :id
                """).param("id", cinPlanId)
                .query((rs, n) -> new ChildInNeedPlanSummary(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
                        rs.getObject(4, UUID.class), rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class),
                        rs.getString(7) == null ? null : PlanEndReason.valueOf(rs.getString(7)), rs.getString(8), rs.getLong(9),
                        rs.getObject(10, LocalDate.class), null, null))
                .optional().orElseThrow(() -> new NotFoundException("No such child in need plan"));
        if (!s.open()) {
            return s;
        }
        List<ClockSummary> running = clocks.openForSubject(SUBJECT, cinPlanId, today());
        LocalDate review = running.stream().filter(c -> REVIEW_RULE.equals(c.ruleId())).map(ClockSummary::due).findFirst().orElse(null);
        LocalDate visit = running.stream().filter(c -> VISIT_RULE.equals(c.ruleId())).map(ClockSummary::due).findFirst().orElse(null);
        return new ChildInNeedPlanSummary(s.id(), s.episodeId(), s.childId(), s.planId(), s.startedOn(), s.endedOn(), s.endReason(), s.endNote(),
                s.version(), s.lastReviewOn(), review, visit);
    }

    private ChildInNeedPlanDetails details(UUID cinPlanId) {
        ChildInNeedPlanSummary s = summary(cinPlanId);
        List<ChildInNeedPlanReview> reviews = jdbc.sql("""
                SELECT id, held_on, summary, next_review_due, late_reason, recorded_by FROM childinneed.cin_plan_review
                WHERE cin_plan_id = :p ORDER BY held_on, recorded_at
                """).param("p", cinPlanId)
                .query((rs, n) -> new ChildInNeedPlanReview(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getString(5), rs.getObject(6, UUID.class)))
                .list();
        return new ChildInNeedPlanDetails(s, plans.find(s.planId()), reviews);
    }
}
