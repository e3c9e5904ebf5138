package uk.org.beacon.childprotection.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.org.beacon.SignedIn.as;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import uk.org.beacon.EventDelivery;
import uk.org.beacon.BeaconIntegrationTest;
import uk.org.beacon.calendar.WorkingDays;
import uk.org.beacon.childinneed.EpisodeClosure;
import uk.org.beacon.childinneed.Episodes;
import uk.org.beacon.childprotection.conference.InitialConferenceHeld;
import uk.org.beacon.frontdoor.ReferralAccepted;
import uk.org.beacon.frontdoor.ScreeningDecision;
import uk.org.beacon.identity.Staff;
import uk.org.beacon.person.People;
import uk.org.beacon.person.PersonTestData;
import uk.org.beacon.planning.PlanActionContent;
import uk.org.beacon.planning.PlanActionStatus;
import uk.org.beacon.planning.PlanActionSummary;
import uk.org.beacon.planning.PlanDetails;
import uk.org.beacon.timescales.ClockSummary;
import uk.org.beacon.timescales.Clocks;
import uk.org.beacon.timescales.LateReason;
import uk.org.beacon.web.RuleViolationException;

/**
 * Child protection plans started the way an initial conference announces them (the event published in a
 * transaction and delivered after commit), their core groups, reviews, end and flags, on the real database.
 */
class ChildProtectionPlansIntegrationTest extends BeaconIntegrationTest {

    @Autowired ChildProtectionPlans cpPlans;
    @Autowired People people;
    @Autowired Staff staff;
    @Autowired Clocks clocks;
    @Autowired WorkingDays workingDays;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;
    @Autowired Episodes episodes;

    private UUID chair;

    @BeforeEach
    void setUp() {
        chair = staff.findByUsername("chair").orElseThrow().id();
    }

    private LocalDate today() {
        return cpPlans.today();
    }

    private LocalDate workingDaysAgo(int n) {
        LocalDate d = today();
        int counted = 0;
        while (counted < n) {
            d = d.minusDays(1);
            if (workingDays.isWorkingDay(d)) {
                counted++;
            }
        }
        return d;
    }

    private UUID child(String given, String family) {
        return as("social.worker", "SOCIAL_WORKER", () -> people.register(PersonTestData.child(given, family, LocalDate.of(2015, 6, 1))).id());
    }

    private UUID conferenceHeld(UUID childId, LocalDate heldOn, String category) {
        return conferenceHeld(childId, UUID.randomUUID(), heldOn, category);
    }

    private UUID conferenceHeld(UUID childId, UUID referralId, LocalDate heldOn, String category) {
        UUID conference = UUID.randomUUID();
        transactions.executeWithoutResult(s -> events.publishEvent(new InitialConferenceHeld(conference, childId, UUID.randomUUID(),
                referralId, heldOn, true, category, chair)));
        awaitDelivery();
        return conference;
    }

    private void awaitDelivery() {
        EventDelivery.awaitAll(jdbc);
    }

    private ChildProtectionPlanSummary onlyOpenPlan(UUID childId) {
        List<ChildProtectionPlanSummary> open = as("chair", "CP_CHAIR", () -> cpPlans.forChild(childId)).stream()
                .filter(ChildProtectionPlanSummary::open).toList();
        assertThat(open).hasSize(1);
        return open.get(0);
    }

    private static LocalDate weekday(LocalDate d) {
        LocalDate day = d;
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.minusDays(1);
        }
        return day;
    }

    @Test
    void anInitialConferenceThatDecidesOnAPlanStartsItWithItsCategoryAndClocksAndASecondOpenPlanIsRefused() {
        UUID childId = child("Marnie", "Thistlewood");
        LocalDate held = workingDaysAgo(4);
        UUID conference = conferenceHeld(childId, held, "NEG");

        ChildProtectionPlanSummary plan = onlyOpenPlan(childId);
        assertThat(plan.startedOn()).isEqualTo(held);
        assertThat(plan.conferenceId()).isEqualTo(conference);
        assertThat(plan.initialCategory()).isEqualTo("NEG");
        assertThat(plan.latestCategory()).isEqualTo("NEG");
        assertThat(plan.previousPlans()).isZero();
        assertThat(plan.secondOrSubsequent()).isFalse();

        Map<String, LocalDate> due = as("chair", "CP_CHAIR", () -> cpPlans.find(plan.id())).clocks().stream()
                .collect(java.util.stream.Collectors.toMap(ClockSummary::ruleId, ClockSummary::due));
        assertThat(due).containsOnlyKeys("T6", "T8", "T9");
        assertThat(due.get("T6")).isEqualTo(ChildProtectionPlanRules.firstCoreGroupDue(workingDays, held));
        assertThat(due.get("T8")).isEqualTo(ChildProtectionPlanRules.firstReviewDue(held));

        UUID second = conferenceHeld(childId, workingDaysAgo(1), "PHY");
        assertThat(onlyOpenPlan(childId).id()).isEqualTo(plan.id());
        assertThat(jdbc.sql("SELECT reason FROM audit.audit_event WHERE action = 'REFUSED' AND subject_type = 'CP_PLAN' AND subject_id = :c")
                .param("c", second).query(String.class).single()).contains("already subject to a child protection plan");
        assertThatThrownBy(() -> as("chair", "CP_CHAIR", () -> cpPlans.start(UUID.randomUUID(), childId, null, today(), "PHY")))
                .isInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(((RuleViolationException) e).fieldErrors().get("plan")).contains("already subject to a child protection plan"));
        assertThatThrownBy(() -> as("chair", "CP_CHAIR", () -> cpPlans.start(UUID.randomUUID(), child("No", "Category"), null, today(), null)))
                .isInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(((RuleViolationException) e).fieldErrors()).containsKey("category"));
    }

    @Test
    void aCoreGroupMeetingRecordsProgressOnTheActionsAndStopsT6StartingT7() {
        UUID childId = child("Ottilie", "Brackenbury");
        conferenceHeld(childId, workingDaysAgo(3), "EMO");
        ChildProtectionPlanSummary plan = onlyOpenPlan(childId);

        PlanActionSummary action = as("social.worker", "SOCIAL_WORKER", () -> {
            PlanDetails p = cpPlans.addOutcome(plan.id(), cpPlans.find(plan.id()).plan().version(), "Ottilie feels safe at home");
            return cpPlans.addAction(plan.id(), p.outcomes().get(0).id(), p.version(), new PlanActionContent(
                    "Mother attends the parenting course every Tuesday", "Rowan Brackenbury", "Mother", null,
                    "Ottilie is collected from school on time every day", today().plusWeeks(6), true)).action();
        });
        ChildProtectionPlanDetails withMember = as("social.worker", "SOCIAL_WORKER",
                () -> cpPlans.addMember(plan.id(), cpPlans.find(plan.id()).summary().version(), "Dana Hale", "School (designated safeguarding lead)",
                        null, null));
        assertThat(withMember.members()).extracting(CoreGroupMember::name).containsExactly("Dana Hale");

        ChildProtectionPlanDetails after = as("social.worker", "SOCIAL_WORKER", () -> cpPlans.recordCoreGroup(plan.id(),
                withMember.summary().version(), today(), "Social worker, mother, Dana Hale (school)", "Attendance improved; course started",
                List.of(new ActionProgressEntry(action.id(), action.version(), PlanActionStatus.DONE, "Attended all four sessions")), null));

        assertThat(after.meetings()).singleElement().satisfies(m -> assertThat(m.actionsReviewed()).isEqualTo(1));
        PlanActionSummary done = after.plan().outcomes().get(0).actions().get(0);
        assertThat(done.status()).isEqualTo(PlanActionStatus.DONE);
        assertThat(done.progress()).extracting(p -> p.note()).containsExactly("Attended all four sessions");
        assertThat(after.clocks()).extracting(ClockSummary::ruleId).containsExactlyInAnyOrder("T7", "T8", "T9");
        assertThat(jdbc.sql("SELECT count(*) FROM timescales.clock WHERE subject_id = :p AND rule_id = 'T6' AND stopped_on = :on")
                .param("p", plan.id()).param("on", today()).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT members FROM reporting.core_group WHERE cp_plan_id = :p").param("p", plan.id()).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void aReviewOutsideThePlanIsRefusedAndEndingToEarlyHelpNeedsTheLeadProfessional() {
        UUID childId = child("Fenella", "Ashdown");
        LocalDate held = workingDaysAgo(6);
        conferenceHeld(childId, held, "PHY");
        ChildProtectionPlanSummary plan = onlyOpenPlan(childId);

        assertThatThrownBy(() -> as("chair", "CP_CHAIR", () -> cpPlans.recordReview(plan.id(), plan.version(), held.minusDays(3),
                ReviewDecision.CONTINUE, "Early review", null, null, null, null, null, null)))
                .isInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(((RuleViolationException) e).fieldErrors()).containsKey("heldOn"));
        assertThatThrownBy(() -> as("chair", "CP_CHAIR", () -> cpPlans.recordReview(plan.id(), plan.version(), today().plusDays(2),
                ReviewDecision.CONTINUE, "Future review", null, null, null, null, null, null)))
                .isInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(((RuleViolationException) e).fieldErrors()).containsKey("heldOn"));
        LocalDate firstReview = workingDaysAgo(2);
        ChildProtectionPlanDetails continued = as("chair", "CP_CHAIR", () -> cpPlans.recordReview(plan.id(), plan.version(), firstReview,
                ReviewDecision.CONTINUE, "Some progress; the plan continues", null, null, null, null, null, null));
        assertThat(continued.clocks()).filteredOn(c -> c.ruleId().equals("T8a")).singleElement()
                .satisfies(c -> assertThat(c.due()).isEqualTo(ChildProtectionPlanRules.nextReviewDue(firstReview)));
        assertThat(continued.clocks()).extracting(ClockSummary::ruleId).doesNotContain("T8");
        long afterFirst = continued.summary().version();
        LocalDate reviewOn = workingDaysAgo(1);
        assertThatThrownBy(() -> as("chair", "CP_CHAIR", () -> cpPlans.recordReview(plan.id(), afterFirst, reviewOn, ReviewDecision.END,
                "Risks reduced", null, "Risks reduced: the family engaged", StepDown.EARLY_HELP, null, null, null)))
                .isInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(((RuleViolationException) e).fieldErrors()).containsKeys("leadName", "leadAgency"));

        ChildProtectionPlanDetails ended = as("chair", "CP_CHAIR", () -> cpPlans.recordReview(plan.id(), afterFirst, reviewOn,
                ReviewDecision.END, "Risks reduced", "EMO", "Risks reduced: the family engaged", StepDown.EARLY_HELP, "Sam Ade",
                "Family hub", null));
        assertThat(ended.summary().open()).isFalse();
        assertThat(ended.summary().endedOn()).isEqualTo(reviewOn);
        assertThat(ended.summary().stepDown()).isEqualTo(StepDown.EARLY_HELP);
        assertThat(ended.summary().latestCategory()).isEqualTo("EMO");
        assertThat(ended.summary().initialCategory()).isEqualTo("PHY");
        assertThat(ended.clocks()).isEmpty();
        assertThat(ended.plan().closed()).isTrue();
        assertThat(ended.reviews()).hasSize(2).last().satisfies(r -> {
            assertThat(r.decision()).isEqualTo(ReviewDecision.END);
            assertThat(r.chairId()).isEqualTo(chair);
        });
        assertThat(jdbc.sql("SELECT end_date FROM reporting.cp_plan WHERE cp_plan_id = :p").param("p", plan.id()).query(LocalDate.class).single())
                .isEqualTo(reviewOn);
    }

    @Test
    void aSecondPlanWithinTwoYearsOfTheLastIsFlaggedAndCountsThePreviousPlan() {
        UUID childId = child("Ivo", "Penhallow");
        LocalDate first = weekday(today().minusYears(3));
        conferenceHeld(childId, first, "NEG");
        ChildProtectionPlanSummary plan = onlyOpenPlan(childId);
        LocalDate endOn = weekday(today().minusMonths(6));
        LateReason late = new LateReason("FAMILY_UNAVAILABLE", "The family moved away and the review was rearranged");
        ChildProtectionPlanDetails ended = as("chair", "CP_CHAIR", () -> cpPlans.recordReview(plan.id(), plan.version(), endOn, ReviewDecision.END,
                "Plan no longer needed", null, "Risks reduced", StepDown.CIN_PLAN, null, null, late));
        assertThat(ended.summary().lastedTwoYearsOrMore()).isTrue();

        conferenceHeld(childId, workingDaysAgo(2), "MUL");
        ChildProtectionPlanSummary second = onlyOpenPlan(childId);
        assertThat(second.previousPlans()).isEqualTo(1);
        assertThat(second.secondOrSubsequent()).isTrue();
        assertThat(second.subsequentWithinTwoYears()).isTrue();
        assertThat(second.lastedTwoYearsOrMore()).isFalse();
    }

    private UUID referred(UUID childId, LocalDate on) {
        UUID referralId = UUID.randomUUID();
        transactions.executeWithoutResult(s -> events.publishEvent(new ReferralAccepted(referralId, UUID.randomUUID(), childId, on, "1B",
                ScreeningDecision.REFERRAL_FOR_ASSESSMENT, false)));
        awaitDelivery();
        return referralId;
    }

    @Test
    void thePlanIsActivityInTheEpisodeAndItsChronologyAndAStepDownToAChildInNeedPlanStartsThatPlanOnTheDayThePlanEnded() {
        UUID childId = child("Tamsin", "Oakridge");
        UUID referralId = referred(childId, workingDaysAgo(30));
        LocalDate held = workingDaysAgo(8);
        conferenceHeld(childId, referralId, held, "SAB");
        ChildProtectionPlanSummary plan = onlyOpenPlan(childId);
        assertThat(jdbc.sql("SELECT started_on FROM childinneed.episode_activity WHERE kind = 'CP_PLAN' AND source_id = :p").param("p", plan.id())
                .query(LocalDate.class).single()).isEqualTo(held);

        LocalDate reviewOn = workingDaysAgo(1);
        as("chair", "CP_CHAIR", () -> cpPlans.recordReview(plan.id(), plan.version(), reviewOn, ReviewDecision.END, "Plan achieved its outcomes",
                null, "Outcomes achieved", StepDown.CIN_PLAN, null, null, null));
        awaitDelivery();
        assertThat(jdbc.sql("SELECT ended_on FROM childinneed.episode_activity WHERE kind = 'CP_PLAN' AND source_id = :p").param("p", plan.id())
                .query(LocalDate.class).single()).isEqualTo(reviewOn);
        assertThat(jdbc.sql("SELECT c.started_on FROM childinneed.cin_plan c JOIN childinneed.episode_referral r ON r.episode_id = c.episode_id "
                + "WHERE r.referral_id = :r AND c.ended_on IS NULL").param("r", referralId).query(LocalDate.class).single()).isEqualTo(reviewOn);
        assertThat(jdbc.sql("SELECT count(*) FROM childinneed.episode_activity WHERE kind = 'CIN_PLAN' AND started_on = :on AND episode_id = "
                + "(SELECT episode_id FROM childinneed.episode_referral WHERE referral_id = :r)").param("on", reviewOn).param("r", referralId)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT e.prompt FROM childinneed.episode e JOIN childinneed.episode_referral r ON r.episode_id = e.id "
                + "WHERE r.referral_id = :r").param("r", referralId).query(String.class).optional()).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM timescales.clock WHERE child_id = :c AND rule_id IN ('T10', 'T10-review') AND started_on = :on")
                .param("c", childId).param("on", reviewOn).query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT count(*) FROM chronology.entry WHERE child_id = :c AND entry_type = 'CHILD_PROTECTION_PLAN'")
                .param("c", childId).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void aStepDownToEarlyHelpPassesTheNamedLeadProfessionalToTheEpisodeWhichClosesOnlyOnceTheyAccept() {
        UUID childId = child("Bryony", "Castleford");
        UUID referralId = referred(childId, workingDaysAgo(40));
        conferenceHeld(childId, referralId, workingDaysAgo(20), "NEG");
        ChildProtectionPlanSummary plan = onlyOpenPlan(childId);
        LocalDate endOn = workingDaysAgo(2);
        as("chair", "CP_CHAIR", () -> cpPlans.recordReview(plan.id(), plan.version(), endOn, ReviewDecision.END,
                "Home conditions are good and Bryony attends school every day", null, "Risk of significant harm no longer present",
                StepDown.EARLY_HELP, "Priya Nandakumar", "Castleford Family Hub", null));
        awaitDelivery();

        Map<String, Object> episode = jdbc.sql("""
                SELECT e.lead_professional_name, e.lead_professional_agency, e.lead_professional_accepted_on FROM childinneed.episode e
                JOIN childinneed.episode_referral r ON r.episode_id = e.id WHERE r.referral_id = :r
                """).param("r", referralId).query().singleRow();
        assertThat(episode).containsEntry("lead_professional_name", "Priya Nandakumar").containsEntry("lead_professional_agency",
                "Castleford Family Hub");
        assertThat(episode.get("lead_professional_accepted_on")).isNull();
        assertThat(jdbc.sql("SELECT lead_professional FROM childinneed.episode_activity WHERE kind = 'CP_PLAN' AND source_id = :p")
                .param("p", plan.id()).query(String.class).single()).isEqualTo("Priya Nandakumar (Castleford Family Hub)");
        assertThat(jdbc.sql("SELECT count(*) FROM childinneed.cin_plan WHERE child_id = :c").param("c", childId).query(Long.class).single())
                .isZero();

        LocalDate today = today();
        assertThatThrownBy(() -> as("social.worker", "SOCIAL_WORKER", () -> {
            var open = episodes.openFor(childId).orElseThrow();
            assertThat(open.stepDownAgreed()).isTrue();
            return episodes.close(open.id(), open.version(), new EpisodeClosure(today, "RC1", "N1", "Priya Nandakumar",
                    "Castleford Family Hub", null));
        })).isInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(((RuleViolationException) e).fieldErrors()).containsKey("leadProfessionalAcceptedOn"));
        var closed = as("social.worker", "SOCIAL_WORKER", () -> {
            var open = episodes.openFor(childId).orElseThrow();
            return episodes.close(open.id(), open.version(), new EpisodeClosure(today, "RC1", "N1", "Priya Nandakumar",
                    "Castleford Family Hub", endOn));
        });
        assertThat(closed.closureReason()).isEqualTo("RC1");
        assertThat(closed.leadProfessionalAcceptedOn()).isEqualTo(endOn);
    }

    @Test
    void aReviewOnAnEndedPlanIsRefusedAtItsDate() {
        UUID childId = child("Orla", "Kettlewell");
        conferenceHeld(childId, workingDaysAgo(12), "EMO");
        ChildProtectionPlanSummary plan = onlyOpenPlan(childId);
        LocalDate endOn = workingDaysAgo(3);
        ChildProtectionPlanDetails ended = as("chair", "CP_CHAIR", () -> cpPlans.recordReview(plan.id(), plan.version(), endOn, ReviewDecision.END,
                "Outcomes met", null, "Outcomes met", StepDown.NONE, null, null, null));
        assertThatThrownBy(() -> as("chair", "CP_CHAIR", () -> cpPlans.recordReview(plan.id(), ended.summary().version(), workingDaysAgo(1),
                ReviewDecision.CONTINUE, "Late review", null, null, null, null, null, null)))
                .isInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(((RuleViolationException) e).fieldErrors().get("heldOn")).contains("after the plan ended"));
    }
}
