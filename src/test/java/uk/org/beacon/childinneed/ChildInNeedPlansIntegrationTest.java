package uk.org.beacon.childinneed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import uk.org.beacon.BeaconIntegrationTest;
import uk.org.beacon.SignedIn;
import uk.org.beacon.childprotection.plan.ChildProtectionPlanStarted;
import uk.org.beacon.person.People;
import uk.org.beacon.planning.ActionSaved;
import uk.org.beacon.planning.PlanActionContent;
import uk.org.beacon.planning.PlanActionStatus;
import uk.org.beacon.planning.PlanDetails;
import uk.org.beacon.timescales.ClockSummary;
import uk.org.beacon.timescales.Clocks;
import uk.org.beacon.web.RuleViolationException;

class ChildInNeedPlansIntegrationTest extends BeaconIntegrationTest {

    @Autowired ChildInNeedPlans cinPlans;
    @Autowired Clocks clocks;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;
    @Autowired People people;
    @Autowired Clock clock;

    private ChildInNeedTestSupport support;
    private LocalDate today;

    @BeforeEach
    void setUp() {
        support = new ChildInNeedTestSupport(events, transactions, jdbc, people);
        today = LocalDate.now(clock);
    }

    private static <T> T worker(java.util.function.Supplier<T> work) {
        return SignedIn.as("social.worker", "SOCIAL_WORKER", work);
    }

    @Test
    void aPlanStartsInTheOpenEpisodeWithItsReviewAndVisitClocksAndOnlyOneRunsAtATime() {
        UUID child = support.child("Ola", "Planstart");
        assertThatThrownBy(() -> worker(() -> cinPlans.start(child, today)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.fieldErrors().get("startedOn")).contains("no open episode"));
        support.referred(child, today.minusDays(30));
        assertThatThrownBy(() -> worker(() -> cinPlans.start(child, today.minusDays(31))))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.fieldErrors().get("startedOn")).contains("4015"));

        ChildInNeedPlanDetails plan = worker(() -> cinPlans.start(child, today.minusDays(7)));
        assertThat(plan.summary().nextReviewDue()).isEqualTo(today.minusDays(7).plusMonths(3));
        assertThat(plan.summary().nextVisitDue()).isNotNull();
        assertThat(clocks.openForSubject("CHILD_IN_NEED_PLAN", plan.summary().id(), today)).extracting(ClockSummary::ruleId)
                .containsExactlyInAnyOrder("T10-review", "T10");
        assertThatThrownBy(() -> worker(() -> cinPlans.start(child, today)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.fieldErrors().get("startedOn")).contains("4004"));
        assertThat(jdbc.sql("SELECT count(*) FROM reporting.cin_plan WHERE child_id = :c AND end_date IS NULL").param("c", child)
                .query(Long.class).single()).isEqualTo(1L);
    }

    @Test
    void aProtectionPlanStartingEndsTheOpenChildInNeedPlanThatDaySteppedUp() {
        UUID child = support.child("Ola", "Steppedup");
        support.referred(child, today.minusDays(40));
        ChildInNeedPlanDetails plan = worker(() -> cinPlans.start(child, today.minusDays(30)));
        support.publish(new ChildProtectionPlanStarted(UUID.randomUUID(), child, null, today.minusDays(2), "NEG", null));

        ChildInNeedPlanSummary ended = worker(() -> cinPlans.forChild(child)).get(0);
        assertThat(ended.endedOn()).as("ends on the day the protection plan starts (CIN census 4017 allows it)").isEqualTo(today.minusDays(2));
        assertThat(jdbc.sql("SELECT end_reason FROM reporting.cin_plan WHERE cin_plan_id = :p").param("p", plan.summary().id())
                .query(String.class).single()).isEqualTo("STEPPED_UP_TO_CHILD_PROTECTION");
        assertThat(clocks.openForSubject("CHILD_IN_NEED_PLAN", plan.summary().id(), today)).isEmpty();
    }

    @Test
    void anActionWithoutOwnerOrDateIsRefusedAndVagueWordingIsHeldBackUntilConfirmed() {
        UUID child = support.child("Pia", "Smartly");
        support.referred(child, today.minusDays(30));
        ChildInNeedPlanDetails plan = worker(() -> cinPlans.start(child, today.minusDays(3)));
        UUID id = plan.summary().id();
        PlanDetails withOutcome = worker(() -> cinPlans.addOutcome(id, plan.plan().version(), "Pia goes to school every day, on time"));
        UUID outcome = withOutcome.outcomes().get(0).id();

        assertThatThrownBy(() -> worker(() -> cinPlans.addAction(id, outcome, withOutcome.version(),
                new PlanActionContent("Walk Pia to school", "", null, null, "Pia arrives by 8:50 every day", null, false))))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys("ownerName", "dueOn"));

        PlanActionContent vague = new PlanActionContent("Mum to engage with the school", "Ms Dee Smartly", "Mother",
                null, "Support Pia's attendance", today.plusWeeks(6), false);
        ActionSaved held = worker(() -> cinPlans.addAction(id, outcome, withOutcome.version(), vague));
        assertThat(held.saved()).isFalse();
        assertThat(held.warnings()).hasSize(2).first().asString().startsWith("'engage' does not say");

        ActionSaved saved = worker(() -> cinPlans.addAction(id, outcome, withOutcome.version(),
                new PlanActionContent(vague.action(), vague.ownerName(), vague.ownerRole(), null, vague.difference(), vague.dueOn(), true)));
        assertThat(saved.saved()).isTrue();
        assertThat(saved.action().wordingConfirmed()).isTrue();
        assertThat(saved.action().warnings()).hasSize(2);

        var progressed = worker(() -> cinPlans.recordProgress(id, saved.action().id(), saved.action().version(), PlanActionStatus.ON_TRACK,
                "Attendance up to 94% this half term", today));
        assertThat(progressed.status()).isEqualTo(PlanActionStatus.ON_TRACK);
        assertThat(progressed.progress()).singleElement().satisfies(p -> assertThat(p.note()).contains("94%"));
    }

    @Test
    void aReviewRestartsTheReviewClockAndEndingThePlanEndsItsClocksAndFreezesIt() {
        UUID child = support.child("Quin", "Reviewed");
        support.referred(child, today.minusDays(120));
        ChildInNeedPlanDetails plan = worker(() -> cinPlans.start(child, today.minusDays(100)));
        UUID id = plan.summary().id();

        assertThatThrownBy(() -> worker(() -> cinPlans.recordReview(id, plan.summary().version(), today.minusDays(101), "Too early", null)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.fieldErrors()).containsKey("heldOn"));
        ChildInNeedPlanDetails reviewed = worker(() -> cinPlans.recordReview(id, plan.summary().version(), today.minusDays(20),
                "School attendance improved; the plan continues with two new actions.", null));
        assertThat(reviewed.reviews()).singleElement().satisfies(r -> assertThat(r.nextReviewDue()).isEqualTo(today.minusDays(20).plusMonths(3)));
        assertThat(reviewed.summary().nextReviewDue()).isEqualTo(today.minusDays(20).plusMonths(3));

        assertThatThrownBy(() -> worker(() -> cinPlans.end(id, reviewed.summary().version(), today, null, null)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys("endReason"));
        ChildInNeedPlanDetails ended = worker(() -> cinPlans.end(id, reviewed.summary().version(), today, "NEEDS_MET", "Needs met"));
        assertThat(ended.summary().open()).isFalse();
        assertThat(ended.plan().closed()).isTrue();
        assertThat(clocks.openForSubject("CHILD_IN_NEED_PLAN", id, today)).isEmpty();
        assertThatThrownBy(() -> worker(() -> cinPlans.addOutcome(id, ended.plan().version(), "Too late")))
                .isInstanceOf(RuleViolationException.class);
        List<String> clocksEnded = jdbc.sql("SELECT end_reason FROM timescales.clock WHERE subject_id = :s AND ended_on IS NOT NULL").param("s", id)
                .query(String.class).list();
        assertThat(clocksEnded).hasSize(2).containsOnly("The child in need plan ended");
    }
}
