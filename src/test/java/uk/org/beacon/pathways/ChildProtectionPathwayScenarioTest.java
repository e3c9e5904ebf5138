package uk.org.beacon.pathways;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.org.beacon.SignedIn.as;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import uk.org.beacon.EventDelivery;
import uk.org.beacon.returns.CensusYear;
import uk.org.beacon.returns.cin.CinCensusSource;
import uk.org.beacon.returns.cin.CinChild;
import uk.org.beacon.returns.cin.CinEpisode;
import uk.org.beacon.returns.cin.CinProtectionPlan;
import uk.org.beacon.returns.cin.CinSection47;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.org.beacon.BeaconIntegrationTest;
import uk.org.beacon.PinnedClock;
import uk.org.beacon.childprotection.Section47Details;
import uk.org.beacon.childprotection.Section47Enquiries;
import uk.org.beacon.childprotection.StrategyDiscussionDetails;
import uk.org.beacon.childprotection.StrategyDiscussions;
import uk.org.beacon.childprotection.ChildProtectionTestData;
import uk.org.beacon.childprotection.conference.ConferenceArrangement;
import uk.org.beacon.childprotection.conference.ConferenceDecision;
import uk.org.beacon.childprotection.conference.ConferenceDetails;
import uk.org.beacon.childprotection.conference.ConferenceSummary;
import uk.org.beacon.childprotection.conference.Conferences;
import uk.org.beacon.childinneed.ChildInNeedPlans;
import uk.org.beacon.childinneed.EpisodeSummary;
import uk.org.beacon.childinneed.Episodes;
import uk.org.beacon.childprotection.plan.ActionProgressEntry;
import uk.org.beacon.childprotection.plan.ChildProtectionPlanDetails;
import uk.org.beacon.childprotection.plan.ChildProtectionPlanSummary;
import uk.org.beacon.childprotection.plan.ChildProtectionPlans;
import uk.org.beacon.childprotection.plan.ReviewDecision;
import uk.org.beacon.childprotection.plan.StepDown;
import uk.org.beacon.frontdoor.Contacts;
import uk.org.beacon.planning.ActionSaved;
import uk.org.beacon.planning.PlanActionContent;
import uk.org.beacon.planning.PlanActionStatus;
import uk.org.beacon.planning.PlanDetails;
import uk.org.beacon.identity.Staff;
import uk.org.beacon.person.People;
import uk.org.beacon.timescales.ClockState;
import uk.org.beacon.timescales.ClockSummary;
import uk.org.beacon.timescales.Clocks;
import uk.org.beacon.web.RuleViolationException;

/**
 * A police call to a conference, told over March 2026 with Beacon's clock pinned: the strategy
 * discussion starts a joint section 47 enquiry and its conference clock (T5, 15 working days); the
 * manager signs off "conference needed", which puts a conference on the chairs' list to be arranged by
 * its due date; a weekend date is refused; the conference is held in time with a plan decided, which
 * stops T5 as met, gives the enquiry its {@code DateOfInitialCPC} and finishes it in the child's episode.
 * The plan starts that day with its clocks (first core group past Easter, first review in three months);
 * the first core group marks the plan's action on track; the review conference in June ends the plan with
 * a step-down, which asks for a child in need plan in the same episode.
 */
class ChildProtectionPathwayScenarioTest extends BeaconIntegrationTest {

    @Autowired PinnedClock clock;
    @Autowired People people;
    @Autowired Contacts contacts;
    @Autowired StrategyDiscussions discussions;
    @Autowired Section47Enquiries enquiries;
    @Autowired Conferences conferences;
    @Autowired Clocks clocks;
    @Autowired ChildProtectionPlans plans;
    @Autowired Episodes episodes;
    @Autowired ChildInNeedPlans cinPlans;
    @Autowired Staff staff;
    @Autowired JdbcClient jdbc;
    @Autowired CinCensusSource census;

    private void on(LocalDate day, int hour) {
        clock.pin(day, LocalTime.of(hour, 0));
    }

    @Test
    void aJointEnquiryLeadsToAConferenceInTimeAPlanWithACoreGroupAndAReviewThatStepsDownToChildInNeed() {
        // Monday 2 March 2026: the police call at 8am; a strategy discussion at 11am decides a joint enquiry
        LocalDate monday = LocalDate.of(2026, 3, 2);
        on(monday, 12);
        UUID child = ChildProtectionTestData.child(people, "Tilly", "Pathway", LocalDate.of(2019, 5, 5));
        ChildProtectionTestData.referredForStrategyDiscussion(contacts, child, "Tilly", "Pathway", LocalDate.of(2019, 5, 5),
                monday.atTime(8, 0));
        StrategyDiscussionDetails discussion = as("social.worker", "SOCIAL_WORKER",
                () -> discussions.record(child, ChildProtectionTestData.jointSection47(monday.atTime(11, 0))));
        Section47Details started = as("social.worker", "SOCIAL_WORKER", () -> enquiries.start(child, discussion.id(), monday, null));
        assertThat(started.initialConferenceDue()).as("15 working days after Monday 2 March 2026").isEqualTo(LocalDate.of(2026, 3, 23));

        // Monday 9 March: a joint visit, then the outcome; the manager signs off "conference needed"
        on(LocalDate.of(2026, 3, 9), 15);
        as("social.worker", "SOCIAL_WORKER", () -> enquiries.recordStep(started.id(),
                ChildProtectionTestData.visit(LocalDateTime.of(2026, 3, 9, 10, 0), true)));
        Section47Details opened = as("social.worker", "SOCIAL_WORKER", () -> enquiries.open(started.id()));
        Section47Details recorded = as("social.worker", "SOCIAL_WORKER", () -> enquiries.recordOutcome(started.id(), opened.version(),
                "SUBSTANTIATED_CONFERENCE_NEEDED", LocalDate.of(2026, 3, 9),
                "The medical found a slap mark; the stepfather still lives at home; the child remains at risk."));
        as("manager", "TEAM_MANAGER", () -> enquiries.signOff(started.id(), recorded.version(),
                "Agreed: continuing risk of significant harm from physical abuse; an initial conference is needed."));
        awaitDelivery();

        ConferenceSummary toArrange = as("chair", "CP_CHAIR", () -> conferences.forChild(child)).get(0);
        assertThat(toArrange.dueOn()).isEqualTo(LocalDate.of(2026, 3, 23));

        // Tuesday 10 March: the chair arranges it; Saturday 21 March is refused, Friday 20 March taken
        on(LocalDate.of(2026, 3, 10), 9);
        UUID chair = staff.findByUsername("chair").orElseThrow().id();
        assertThatThrownBy(() -> as("chair", "CP_CHAIR", () -> conferences.arrange(toArrange.id(), 0, arrangement(
                LocalDateTime.of(2026, 3, 21, 10, 0), chair))))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.fieldErrors()).containsKey("scheduledFor"));
        ConferenceDetails current = as("chair", "CP_CHAIR", () -> conferences.open(toArrange.id()));
        ConferenceDetails arranged = as("chair", "CP_CHAIR", () -> conferences.arrange(toArrange.id(), current.version(),
                arrangement(LocalDateTime.of(2026, 3, 20, 10, 0), chair)));

        // Friday 20 March: held in time; a plan under the physical abuse category
        on(LocalDate.of(2026, 3, 20), 14);
        as("chair", "CP_CHAIR", () -> conferences.recordDecision(toArrange.id(), arranged.version(), new ConferenceDecision(
                LocalDate.of(2026, 3, 20), true, "PHY", "A slap mark and an adult at home who denies it.", "Mother acted at once to protect Tilly.",
                "Tilly is likely to suffer significant harm without a plan while the stepfather remains at home.",
                "The team manager supports a plan with a clear safety plan.", null, null, null, null)));
        awaitDelivery();

        ClockSummary t5 = as("chair", "CP_CHAIR", () -> clocks.find(started.t5().id(), LocalDate.of(2026, 3, 20)));
        assertThat(t5.stoppedOn()).isEqualTo(LocalDate.of(2026, 3, 20));
        assertThat(t5.state()).isEqualTo(ClockState.MET);
        Map<String, Object> section47 = jdbc.sql("SELECT * FROM reporting.section47 WHERE enquiry_id = :e").param("e", started.id()).query().singleRow();
        assertThat(section47.get("date_of_initial_conference").toString()).isEqualTo("2026-03-20");
        assertThat(section47.get("initial_conference_due").toString()).isEqualTo("2026-03-23");
        Map<String, Object> activity = jdbc.sql("SELECT * FROM reporting.episode_activity WHERE source_id = :e AND kind = 'SECTION_47'")
                .param("e", started.id()).query().singleRow();
        assertThat(activity.get("ended_on").toString()).isEqualTo("2026-03-20");

        // the conference's decision started the plan that day, under physical abuse, with its clocks
        ChildProtectionPlanSummary plan = as("social.worker", "SOCIAL_WORKER", () -> plans.forChild(child)).get(0);
        assertThat(plan.startedOn()).isEqualTo(LocalDate.of(2026, 3, 20));
        assertThat(plan.initialCategory()).isEqualTo("PHY");
        assertThat(plan.previousPlans()).isZero();
        ChildProtectionPlanDetails started47 = as("social.worker", "SOCIAL_WORKER", () -> plans.find(plan.id()));
        assertThat(due(started47, "T6")).as("10 working days from Friday 20 March 2026, past Good Friday and Easter Monday")
                .isEqualTo(LocalDate.of(2026, 4, 7));
        assertThat(due(started47, "T8")).as("first review within three months").isEqualTo(LocalDate.of(2026, 6, 20));

        // Monday 23 March: the worker writes the plan's first outcome and a SMART action
        on(LocalDate.of(2026, 3, 23), 10);
        PlanDetails withOutcome = as("social.worker", "SOCIAL_WORKER",
                () -> plans.addOutcome(plan.id(), started47.plan().version(), "Tilly is safe from being hit at home"));
        UUID outcome = withOutcome.outcomes().get(0).id();
        ActionSaved action = as("social.worker", "SOCIAL_WORKER", () -> plans.addAction(plan.id(), outcome, withOutcome.version(),
                new PlanActionContent("Stepfather to live at his brother's until the parenting assessment is done", "Mr Pathway", "Stepfather",
                        null, "Tilly lives only with her mother and feels safe at home", LocalDate.of(2026, 5, 29), false)));
        assertThat(action.saved()).isTrue();

        // Wednesday 1 April: the first core group, in time; the action is on track
        on(LocalDate.of(2026, 4, 1), 16);
        ChildProtectionPlanDetails beforeCoreGroup = as("social.worker", "SOCIAL_WORKER", () -> plans.find(plan.id()));
        ChildProtectionPlanDetails afterCoreGroup = as("social.worker", "SOCIAL_WORKER", () -> plans.recordCoreGroup(plan.id(),
                beforeCoreGroup.summary().version(), LocalDate.of(2026, 4, 1), "Mother, school DSL, school nurse, social worker",
                "The safety plan is working; stepfather has moved out; school reports Tilly is settled.",
                List.of(new ActionProgressEntry(action.action().id(), action.action().version(), PlanActionStatus.ON_TRACK,
                        "Stepfather moved out on 24 March; visits supervised by the grandmother")), null));
        UUID t6Id = started47.clocks().stream().filter(k -> k.ruleId().equals("T6")).findFirst().orElseThrow().id();
        ClockSummary t6 = as("social.worker", "SOCIAL_WORKER", () -> clocks.find(t6Id, LocalDate.of(2026, 4, 1)));
        assertThat(afterCoreGroup.meetings()).hasSize(1);
        assertThat(t6.stoppedOn()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(t6.state()).isEqualTo(ClockState.MET);

        // Friday 19 June: the review conference ends the plan, stepping down to a child in need plan
        on(LocalDate.of(2026, 6, 19), 15);
        ChildProtectionPlanDetails beforeReview = as("chair", "CP_CHAIR", () -> plans.find(plan.id()));
        as("chair", "CP_CHAIR", () -> plans.recordReview(plan.id(), beforeReview.summary().version(), LocalDate.of(2026, 6, 19), ReviewDecision.END,
                "Three months without incident; the parenting assessment is positive; Tilly says she feels safe.", null,
                "Risk of significant harm reduced: Tilly's needs can be met on a child in need plan", StepDown.CIN_PLAN, null, null, null));
        awaitDelivery();
        ChildProtectionPlanSummary ended = as("social.worker", "SOCIAL_WORKER", () -> plans.forChild(child)).get(0);
        assertThat(ended.endedOn()).isEqualTo(LocalDate.of(2026, 6, 19));
        assertThat(ended.stepDown()).isEqualTo(StepDown.CIN_PLAN);
        Map<String, Object> cpPlan = jdbc.sql("SELECT * FROM reporting.cp_plan WHERE child_id = :c").param("c", child).query().singleRow();
        assertThat(cpPlan.get("start_date").toString()).isEqualTo("2026-03-20");
        assertThat(cpPlan.get("end_date").toString()).isEqualTo("2026-06-19");
        EpisodeSummary episode = as("social.worker", "SOCIAL_WORKER", () -> episodes.openFor(child)).orElseThrow();
        assertThat(as("social.worker", "SOCIAL_WORKER", () -> cinPlans.forChild(child))).singleElement()
                .as("the step-down starts the child in need plan on the day the child protection plan ended")
                .satisfies(cin -> assertThat(cin.startedOn()).isEqualTo(LocalDate.of(2026, 6, 19)));
        assertThat(episode.startPlanPrompted()).isFalse();
        assertThat(episode.activity()).anySatisfy(a -> {
            assertThat(a.kind()).isEqualTo("CP_PLAN");
            assertThat(a.endedOn()).isEqualTo(LocalDate.of(2026, 6, 19));
        });

        // the CIN census: in 2025-26 the plan is still open on 31 March and the review after it is not sent;
        // in 2026-27 the enquiry (its conference held in the year before) is left out and the plan ends
        CinChild census2026 = census.buildForChild(new CensusYear(2026), LocalDate.of(2026, 6, 19), child).children().get(0);
        CinEpisode episode2026 = census2026.episodes().get(0);
        assertThat(episode2026.referralDate()).isEqualTo(monday);
        assertThat(episode2026.closureDate()).isNull();
        assertThat(episode2026.referralNfa()).isFalse();
        assertThat(episode2026.section47s()).containsExactly(new CinSection47(started.id(), monday, LocalDate.of(2026, 3, 23),
                LocalDate.of(2026, 3, 20), false));
        assertThat(episode2026.protectionPlans()).containsExactly(new CinProtectionPlan(plan.id(), LocalDate.of(2026, 3, 20), null, "PHY", "PHY",
                0, List.of()));
        CinEpisode episode2027 = census.buildForChild(new CensusYear(2027), LocalDate.of(2026, 6, 19), child).children().get(0).episodes().get(0);
        assertThat(episode2027.section47s()).isEmpty();
        assertThat(episode2027.protectionPlans()).containsExactly(new CinProtectionPlan(plan.id(), LocalDate.of(2026, 3, 20),
                LocalDate.of(2026, 6, 19), "PHY", "PHY", 0, List.of(LocalDate.of(2026, 6, 19))));
    }

    private static LocalDate due(ChildProtectionPlanDetails plan, String rule) {
        return plan.clocks().stream().filter(k -> k.ruleId().equals(rule)).findFirst().orElseThrow().due();
    }

    private static ConferenceArrangement arrangement(LocalDateTime when, UUID chair) {
        return new ConferenceArrangement(when, "Civic Centre, room 2", chair, null, null, List.of(), false,
                "Aged six: her views gathered by her social worker with a wishes and feelings book", List.of("POLICE", "HEALTH_GP", "EDUCATION"));
    }

    private void awaitDelivery() {
        EventDelivery.awaitAll(jdbc, Duration.ofSeconds(60));
    }
}
