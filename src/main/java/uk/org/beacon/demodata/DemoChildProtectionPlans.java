package uk.org.beacon.demodata;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import uk.org.beacon.calendar.WorkingDays;
import uk.org.beacon.childprotection.plan.ActionProgressEntry;
import uk.org.beacon.childprotection.plan.ChildProtectionPlanDetails;
import uk.org.beacon.childprotection.plan.ChildProtectionPlanRules;
import uk.org.beacon.childprotection.plan.ChildProtectionPlans;
import uk.org.beacon.childprotection.plan.ReviewDecision;
import uk.org.beacon.childprotection.plan.StepDown;
import uk.org.beacon.planning.PlanActionContent;
import uk.org.beacon.planning.PlanActionStatus;
import uk.org.beacon.planning.PlanActionSummary;
import uk.org.beacon.planning.PlanDetails;
import uk.org.beacon.web.EditConflictException;
import uk.org.beacon.web.RestrictedRecordException;
import uk.org.beacon.web.RuleViolationException;

/**
 * The demo's child protection plans. Plans start by themselves from the demo's initial conferences (child
 * protection listens to them), so this first waits for event delivery. Then, plan by plan, as the chair:
 * an outcome with two SMART actions and the core group; the first core group meeting within T6 recording
 * progress on the actions; the first review conference by T8 (the plan continues); and for plans older
 * than about nine months a second review that ends the plan with a step-down (a child in need plan, or
 * early help with a named lead professional), or, for one plan in seven, the family moves away and the
 * receiving authority's transfer-in conference takes the plan over.
 */
@Component
class DemoChildProtectionPlans {

    private static final Logger log = LoggerFactory.getLogger(DemoChildProtectionPlans.class);
    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final ChildProtectionPlans cpPlans;
    private final WorkingDays workingDays;
    private final JdbcClient jdbc;
    private final Clock clock;

    DemoChildProtectionPlans(ChildProtectionPlans cpPlans, WorkingDays workingDays, JdbcClient jdbc, Clock clock) {
        this.cpPlans = cpPlans;
        this.workingDays = workingDays;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Core groups and reviews for the plans the conferences started; returns how many plans were worked. */
    int generate(Random random, DemoShares.Share share) {
        return generate(random, share, false);
    }

    /**
     * As above. Following the national flow, each plan is given a length from the national mix of plans ending (practice
     * reference 4a: 16% within three months, 11% three to six, 44% six to twelve, 25% one to two years, 4% longer); a plan
     * whose length has passed ends at a review conference on that day (at the first review if it is the one), one in seven
     * ending plans by a transfer to another authority; the others have their reviews when due and continue.
     */
    int generate(Random random, DemoShares.Share share, boolean nationalFlow) {
        DemoEventDelivery.awaitAll(jdbc);
        LocalDate today = LocalDate.now(clock.withZone(UK));
        List<UUID> plans = jdbc.sql("SELECT id FROM childprotection.cp_plan WHERE ended_on IS NULL ORDER BY started_on, conference_id")
                .query(UUID.class).list().stream().filter(share::mine).toList();
        int worked = 0;
        for (UUID id : plans) {
            try {
                if (nationalFlow) {
                    national(id, today, random, worked % 7 == 3);
                } else {
                    work(id, today, random, worked % 7 == 3);
                }
                worked++;
            } catch (RestrictedRecordException | AccessDeniedException | RuleViolationException | EditConflictException skipped) {
                log.debug("Demo child protection plan {} left as it is: {}", id, skipped.getMessage());
            }
        }
        log.info("Demo authority: {} child protection plans with core groups and reviews", worked);
        return worked;
    }

    private void work(UUID id, LocalDate today, Random random, boolean movesAway) {
        ChildProtectionPlanDetails plan = cpPlans.find(id);
        LocalDate start = plan.summary().startedOn();
        LocalDate firstCoreGroup = workingDays.addWorkingDays(start, 5 + random.nextInt(5));
        if (firstCoreGroup.isAfter(today)) {
            return;
        }
        PlanDetails smart = cpPlans.addOutcome(id, plan.plan().version(), "The child is safe and well cared for at home");
        UUID outcome = smart.outcomes().get(0).id();
        LocalDate due = today.plusWeeks(6);
        PlanActionSummary visits = cpPlans.addAction(id, outcome, smart.version(), new PlanActionContent(
                "Attend the parenting programme every Wednesday for ten weeks", "Parent", "Mother", null,
                "The child is fed, washed and at school on time every day", due, true)).action();
        smart = cpPlans.find(id).plan();
        PlanActionSummary health = cpPlans.addAction(id, outcome, smart.version(), new PlanActionContent(
                "Book and attend the child's overdue health and dental checks", "Ms Joy Adebayo", "Health visitor", null,
                "The child's health needs are known and met", due, true)).action();
        long version = cpPlans.find(id).summary().version();
        version = cpPlans.addMember(id, version, "Ms Joy Adebayo", "Health visitor", null, null).summary().version();
        version = cpPlans.addMember(id, version, "Mr Ravi Shah", "Designated safeguarding lead, school", null, null).summary().version();
        version = cpPlans.recordCoreGroup(id, version, firstCoreGroup, "Social worker, mother, health visitor, school", "Attendance is "
                + "improving; the programme has started; the health checks are booked", List.of(
                new ActionProgressEntry(visits.id(), visits.version(), PlanActionStatus.ON_TRACK, "Attended the first sessions"),
                new ActionProgressEntry(health.id(), health.version(), random.nextBoolean() ? PlanActionStatus.DONE : PlanActionStatus.ON_TRACK,
                        "Health check booked with the GP")), null).summary().version();
        LocalDate firstReview = weekdayOnOrBefore(ChildProtectionPlanRules.firstReviewDue(start).minusDays(random.nextInt(5)));
        if (firstReview.isAfter(today)) {
            return;
        }
        version = cpPlans.recordReview(id, version, firstReview, ReviewDecision.CONTINUE, "Progress on the plan; the risks remain and the plan "
                + "continues", null, null, null, null, null, null).summary().version();
        LocalDate secondReview = weekdayOnOrBefore(firstReview.plusMonths(6).minusDays(random.nextInt(10)));
        if (secondReview.isAfter(today) || random.nextInt(3) == 0) {
            return;
        }
        boolean earlyHelp = random.nextBoolean();
        if (movesAway) {
            cpPlans.transferOut(id, version, "Westvale Borough Council", secondReview);
            return;
        }
        cpPlans.recordReview(id, version, secondReview, ReviewDecision.END, "The plan's outcomes are met and the risks are reduced", null,
                "Risks reduced: the outcomes of the plan are met", earlyHelp ? StepDown.EARLY_HELP : StepDown.CIN_PLAN,
                earlyHelp ? "Ms Rana Okafor" : null, earlyHelp ? "Northgate Academy" : null, null);
    }

    /** How long a plan lasts, from the national mix of plans ending; {@code null} for those lasting beyond the demo's year. */
    private static Integer lengthInDays(Random random) {
        int roll = random.nextInt(100);
        if (roll >= 71) {
            return null;
        }
        return roll < 16 ? 35 + random.nextInt(56) : roll < 27 ? 92 + random.nextInt(90) : 183 + random.nextInt(182);
    }

    private void national(UUID id, LocalDate today, Random random, boolean movesAway) {
        ChildProtectionPlanDetails plan = cpPlans.find(id);
        LocalDate start = plan.summary().startedOn();
        Integer length = lengthInDays(random);
        LocalDate endsOn = length == null ? null : weekdayOnOrBefore(start.plusDays(length));
        boolean ends = endsOn != null && endsOn.isBefore(today);
        LocalDate firstCoreGroup = workingDays.addWorkingDays(start, 5 + random.nextInt(5));
        if (firstCoreGroup.isAfter(today)) {
            return;
        }
        long version = coreGroup(id, plan, firstCoreGroup, today, random);
        LocalDate firstReview = weekdayOnOrBefore(ChildProtectionPlanRules.firstReviewDue(start).minusDays(random.nextInt(5)));
        LocalDate review = ends && !endsOn.isAfter(firstReview) ? endsOn : firstReview;
        while (!review.isAfter(today)) {
            if (ends && !review.isBefore(endsOn)) {
                end(id, version, endsOn, movesAway, random);
                return;
            }
            version = cpPlans.recordReview(id, version, review, ReviewDecision.CONTINUE, "Progress on the plan; the risks remain and the plan "
                    + "continues", null, null, null, null, null, null).summary().version();
            LocalDate next = weekdayOnOrBefore(ChildProtectionPlanRules.nextReviewDue(review).minusDays(random.nextInt(10)));
            review = ends && endsOn.isBefore(next) ? endsOn : next;
        }
    }

    /** The outcome, two SMART actions, the core group and its first meeting; returns the plan's version after it. */
    private long coreGroup(UUID id, ChildProtectionPlanDetails plan, LocalDate firstCoreGroup, LocalDate today, Random random) {
        PlanDetails smart = cpPlans.addOutcome(id, plan.plan().version(), "The child is safe and well cared for at home");
        UUID outcome = smart.outcomes().get(0).id();
        LocalDate due = today.plusWeeks(6);
        PlanActionSummary visits = cpPlans.addAction(id, outcome, smart.version(), new PlanActionContent(
                "Attend the parenting programme every Wednesday for ten weeks", "Parent", "Mother", null,
                "The child is fed, washed and at school on time every day", due, true)).action();
        smart = cpPlans.find(id).plan();
        PlanActionSummary health = cpPlans.addAction(id, outcome, smart.version(), new PlanActionContent(
                "Book and attend the child's overdue health and dental checks", "Ms Joy Adebayo", "Health visitor", null,
                "The child's health needs are known and met", due, true)).action();
        long version = cpPlans.find(id).summary().version();
        version = cpPlans.addMember(id, version, "Ms Joy Adebayo", "Health visitor", null, null).summary().version();
        version = cpPlans.addMember(id, version, "Mr Ravi Shah", "Designated safeguarding lead, school", null, null).summary().version();
        return cpPlans.recordCoreGroup(id, version, firstCoreGroup, "Social worker, mother, health visitor, school", "Attendance is "
                + "improving; the programme has started; the health checks are booked", List.of(
                new ActionProgressEntry(visits.id(), visits.version(), PlanActionStatus.ON_TRACK, "Attended the first sessions"),
                new ActionProgressEntry(health.id(), health.version(), random.nextBoolean() ? PlanActionStatus.DONE : PlanActionStatus.ON_TRACK,
                        "Health check booked with the GP")), null).summary().version();
    }

    private void end(UUID id, long version, LocalDate on, boolean movesAway, Random random) {
        if (movesAway) {
            cpPlans.transferOut(id, version, "Westvale Borough Council", on);
            return;
        }
        boolean earlyHelp = random.nextBoolean();
        cpPlans.recordReview(id, version, on, ReviewDecision.END, "The plan's outcomes are met and the risks are reduced", null,
                "Risks reduced: the outcomes of the plan are met", earlyHelp ? StepDown.EARLY_HELP : StepDown.CIN_PLAN,
                earlyHelp ? "Ms Rana Okafor" : null, earlyHelp ? "Northgate Academy" : null, null);
    }

    private static LocalDate weekdayOnOrBefore(LocalDate day) {
        LocalDate d = day;
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.minusDays(1);
        }
        return d;
    }
}
