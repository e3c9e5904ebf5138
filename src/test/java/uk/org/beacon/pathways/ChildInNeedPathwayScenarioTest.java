package uk.org.beacon.pathways;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.org.beacon.SignedIn.as;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.org.beacon.EventDelivery;
import uk.org.beacon.returns.CensusYear;
import uk.org.beacon.returns.cin.CinCensusSource;
import uk.org.beacon.returns.cin.CinChild;
import uk.org.beacon.returns.cin.CinEpisode;
import uk.org.beacon.returns.cin.CinPlanPeriod;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.org.beacon.BeaconIntegrationTest;
import uk.org.beacon.PinnedClock;
import uk.org.beacon.assessment.AssessmentContent;
import uk.org.beacon.assessment.AssessmentDetails;
import uk.org.beacon.assessment.AssessmentOutcome;
import uk.org.beacon.assessment.AssessmentStatus;
import uk.org.beacon.assessment.Assessments;
import uk.org.beacon.childinneed.ChildInNeedPlanDetails;
import uk.org.beacon.childinneed.ChildInNeedPlans;
import uk.org.beacon.childinneed.EpisodeClosure;
import uk.org.beacon.childinneed.EpisodeSummary;
import uk.org.beacon.childinneed.Episodes;
import uk.org.beacon.frontdoor.Channel;
import uk.org.beacon.frontdoor.Consent;
import uk.org.beacon.frontdoor.ContactDetails;
import uk.org.beacon.frontdoor.ContactRecord;
import uk.org.beacon.frontdoor.Contacts;
import uk.org.beacon.frontdoor.ReferralSummary;
import uk.org.beacon.frontdoor.RequestType;
import uk.org.beacon.frontdoor.ScreeningDecision;
import uk.org.beacon.frontdoor.Urgency;
import uk.org.beacon.person.People;
import uk.org.beacon.person.PersonTestData;
import uk.org.beacon.planning.PlanActionContent;
import uk.org.beacon.planning.PlanDetails;
import uk.org.beacon.timescales.ClockState;
import uk.org.beacon.timescales.ClockSummary;
import uk.org.beacon.timescales.Clocks;
import uk.org.beacon.web.RuleViolationException;

/**
 * One child's journey from a school's phone call to a closed child in need plan, told over six
 * months of 2026 with Beacon's clock pinned to each day: the referral opens the episode and the
 * assessment clock (T2); the assessment is returned once, then authorised in time with a plan as the
 * outcome; the episode cannot close while the assessment is open; the plan refuses an action without
 * an owner, is reviewed on its clock, ends, and the episode closes with RC7. The reporting views the
 * CIN census will read then hold the episode exactly as it happened.
 */
class ChildInNeedPathwayScenarioTest extends BeaconIntegrationTest {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    @Autowired PinnedClock clock;
    @Autowired People people;
    @Autowired Contacts contacts;
    @Autowired Assessments assessments;
    @Autowired Episodes episodes;
    @Autowired ChildInNeedPlans plans;
    @Autowired Clocks clocks;
    @Autowired JdbcClient jdbc;
    @Autowired CinCensusSource census;

    private void on(LocalDate day) {
        clock.pin(day, LocalTime.of(10, 0));
    }

    @Test
    void aSchoolsCallBecomesAnAssessedChildInNeedPlanThatEndsAndTheEpisodeClosesWithEveryDateInPlace() {
        // Monday 12 January 2026: the school phones the front door; the manager screening decides on an assessment
        LocalDate referralDay = LocalDate.of(2026, 1, 12);
        on(referralDay);
        UUID child = as("social.worker", "SOCIAL_WORKER",
                () -> people.register(PersonTestData.child("Nell", "Pathway", LocalDate.of(2017, 3, 14))).id());
        ContactDetails contact = as("screener", "SCREENER", () -> contacts.record(new ContactRecord(
                referralDay.atTime(9, 15).atZone(UK).toInstant(), Channel.PHONE, "2A", child, "Nell", "Pathway", LocalDate.of(2017, 3, 14),
                "DM1 2AB", "12 Test Street", Set.of("NEGLECT"), "Nell arrives hungry and in the same clothes most days; her mother seems unwell.",
                null, Consent.GIVEN, null, RequestType.SERVICE, Urgency.ROUTINE, "Ms Example Teacher", "Northgate Academy",
                "Designated safeguarding lead", "01632 960 001", "dsl@northgate.example", null, null, false)));
        as("manager", "TEAM_MANAGER", () -> contacts.decide(contact.id(), contact.version(), ScreeningDecision.REFERRAL_FOR_ASSESSMENT,
                "Persistent signs of neglect and a parent who may be unwell: a child and family assessment is needed.", null));
        ReferralSummary referral = as("social.worker", "SOCIAL_WORKER", () -> contacts.referralsFor(child)).get(0);
        assertThat(referral.referralDate()).isEqualTo(referralDay);
        awaitDelivery();

        ClockSummary t2 = assessmentClock(child);
        assertThat(t2.due()).as("45 working days from Monday 12 January 2026 (no bank holidays in between)").isEqualTo(LocalDate.of(2026, 3, 16));
        EpisodeSummary episode = as("social.worker", "SOCIAL_WORKER", () -> episodes.openFor(child)).orElseThrow();
        assertThat(episode.referralDate()).isEqualTo(referralDay);

        // Tuesday 13 January: the assessment starts; the worker writes it over five weeks
        on(LocalDate.of(2026, 1, 13));
        AssessmentDetails started = as("social.worker", "SOCIAL_WORKER", () -> assessments.start(child, referral.id(), LocalDate.of(2026, 1, 13)));
        on(LocalDate.of(2026, 2, 16));
        AssessmentContent written = new AssessmentContent(LocalDate.of(2026, 1, 15), LocalDate.of(2026, 1, 22), null,
                "\"I get hungry at school. Mum sleeps a lot.\"", "Mother says she has been low since the winter and wants help with Nell's routines.",
                "Missed meals, poor school attendance, mother's untreated low mood.", "Warm relationship; grandmother nearby and willing to help.",
                "Two earlier contacts from the school in 2025 about hunger, both signposted.", "White British; speaks English; no disability.",
                "Nell's needs are not met at home because her mother is unwell, not from lack of care; with support they can be.",
                "A child in need plan with the school, the GP and the grandmother.", List.of("16A", "4B"), AssessmentOutcome.CHILD_IN_NEED_PLAN,
                null, null, "The grandmother's account of her own health (not for the family's copy).");
        AssessmentDetails drafted = as("social.worker", "SOCIAL_WORKER", () -> assessments.saveDraft(started.id(), started.version(), written));

        // Friday 20 February: with the assessment still open the episode cannot close
        on(LocalDate.of(2026, 2, 20));
        EpisodeSummary stillOpen = as("manager", "TEAM_MANAGER", () -> episodes.openFor(child)).orElseThrow();
        assertThatThrownBy(() -> as("manager", "TEAM_MANAGER", () -> episodes.close(stillOpen.id(), stillOpen.version(),
                new EpisodeClosure(LocalDate.of(2026, 2, 20), "RC7", "N1", null, null, null))))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(String.join(" ", e.fieldErrors().values()))
                        .containsIgnoringCase("assessment"));

        // the worker submits; the manager returns it once with a comment, the worker's text untouched
        AssessmentDetails submitted = as("social.worker", "SOCIAL_WORKER", () -> assessments.submit(drafted.id(), drafted.version()));
        AssessmentDetails returned = as("manager", "TEAM_MANAGER", () -> assessments.returnToWorker(submitted.id(), submitted.version(),
                "Say what the GP told you about mother's health before I sign this off."));
        assertThat(returned.status()).isEqualTo(AssessmentStatus.RETURNED);
        assertThat(returned.content().analysis()).isEqualTo(written.analysis());

        // Monday 23 February: resubmitted and authorised, 30 working days after the referral: in time
        on(LocalDate.of(2026, 2, 23));
        AssessmentContent withGp = new AssessmentContent(written.childSeenOn(), written.childSeenAloneOn(), null, written.childsViews(),
                written.familyViews(), written.risks(), written.protectiveFactors(), written.historyConsidered(), written.identityNeeds(),
                written.analysis() + " The GP confirms mother is being treated for depression.", written.nextSteps(), written.factors(),
                written.outcome(), null, null, written.thirdPartyInformation());
        AssessmentDetails corrected = as("social.worker", "SOCIAL_WORKER", () -> assessments.saveDraft(returned.id(), returned.version(), withGp));
        AssessmentDetails resubmitted = as("social.worker", "SOCIAL_WORKER", () -> assessments.submit(corrected.id(), corrected.version()));
        AssessmentDetails authorised = as("manager", "TEAM_MANAGER", () -> assessments.authorise(resubmitted.id(), resubmitted.version(),
                LocalDate.of(2026, 2, 23), "Needs are clear and the family agree; a child in need plan with health and school is right.", null, null));
        assertThat(authorised.status()).isEqualTo(AssessmentStatus.AUTHORISED);
        awaitDelivery();
        ClockSummary stopped = as("social.worker", "SOCIAL_WORKER", () -> clocks.find(t2.id(), LocalDate.of(2026, 2, 23)));
        assertThat(stopped.stoppedOn()).isEqualTo(LocalDate.of(2026, 2, 23));
        assertThat(stopped.state()).isNotEqualTo(ClockState.OVERDUE);
        assertThat(stopped.lateReasonCode()).isNull();

        // Wednesday 25 February: the plan starts; an action with no owner is refused at the field
        on(LocalDate.of(2026, 2, 25));
        ChildInNeedPlanDetails plan = as("social.worker", "SOCIAL_WORKER", () -> plans.start(child, LocalDate.of(2026, 2, 25)));
        UUID cinPlan = plan.summary().id();
        PlanDetails withOutcome = as("social.worker", "SOCIAL_WORKER",
                () -> plans.addOutcome(cinPlan, plan.plan().version(), "Nell eats breakfast and goes to school every day"));
        UUID outcome = withOutcome.outcomes().get(0).id();
        assertThatThrownBy(() -> as("social.worker", "SOCIAL_WORKER", () -> plans.addAction(cinPlan, outcome, withOutcome.version(),
                new PlanActionContent("Walk Nell to the school gate by 8:45", null, null, null, "Attendance above 95%", LocalDate.of(2026, 4, 3), false))))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.fieldErrors()).isNotEmpty());
        as("social.worker", "SOCIAL_WORKER", () -> plans.addAction(cinPlan, outcome, withOutcome.version(),
                new PlanActionContent("Walk Nell to the school gate by 8:45 each morning", "Mrs Ada Pathway", "Grandmother", null,
                        "Attendance rises from 81% to 95% by Easter", LocalDate.of(2026, 4, 3), false)));
        ChildInNeedPlanDetails running = as("social.worker", "SOCIAL_WORKER", () -> plans.find(cinPlan));
        assertThat(running.summary().nextReviewDue()).as("reviewed within three months (local setting)").isEqualTo(LocalDate.of(2026, 5, 25));

        // Friday 22 May: the review is held in time; Tuesday 30 June the plan ends, the needs met
        on(LocalDate.of(2026, 5, 22));
        ChildInNeedPlanDetails reviewed = as("social.worker", "SOCIAL_WORKER", () -> plans.recordReview(cinPlan, running.summary().version(),
                LocalDate.of(2026, 5, 22), "Attendance 96% since Easter; mother's treatment is working; grandmother helps each morning.", null));
        on(LocalDate.of(2026, 6, 30));
        as("social.worker", "SOCIAL_WORKER", () -> plans.end(cinPlan, reviewed.summary().version(), LocalDate.of(2026, 6, 30), "NEEDS_MET",
                "Nell's needs are met at home with her grandmother's help"));
        awaitDelivery();

        // Wednesday 1 July: the episode closes, RC7
        on(LocalDate.of(2026, 7, 1));
        EpisodeSummary toClose = as("manager", "TEAM_MANAGER", () -> episodes.openFor(child)).orElseThrow();
        as("manager", "TEAM_MANAGER", () -> episodes.close(toClose.id(), toClose.version(),
                new EpisodeClosure(LocalDate.of(2026, 7, 1), "RC7", "N1", null, null, null)));
        awaitDelivery();

        Map<String, Object> cinDetails = jdbc.sql("SELECT * FROM reporting.cin_episode WHERE child_id = :c").param("c", child).query().singleRow();
        assertThat(cinDetails.get("referral_date").toString()).isEqualTo("2026-01-12");
        assertThat(cinDetails.get("closure_date").toString()).isEqualTo("2026-07-01");
        assertThat(cinDetails.get("closure_reason")).isEqualTo("RC7");
        Map<String, Object> assessment = jdbc.sql("SELECT * FROM reporting.assessment WHERE child_id = :c").param("c", child).query().singleRow();
        assertThat(assessment.get("started_on").toString()).isEqualTo("2026-01-13");
        assertThat(assessment.get("authorised_on").toString()).isEqualTo("2026-02-23");
        Map<String, Object> planDates = jdbc.sql("SELECT * FROM reporting.cin_plan WHERE child_id = :c").param("c", child).query().singleRow();
        assertThat(planDates.get("start_date").toString()).isEqualTo("2026-02-25");
        assertThat(planDates.get("end_date").toString()).isEqualTo("2026-06-30");
        assertThat(as("social.worker", "SOCIAL_WORKER", () -> episodes.openFor(child))).isEmpty();

        // the CIN census: the 2025-26 return (31 March 2026) sends the episode open with the assessment and the plan still
        // running; the 2026-27 return sends the closure and the plan's end, and not the assessment finished the year before
        CinChild census2026 = census.buildForChild(new CensusYear(2026), LocalDate.of(2026, 7, 1), child).children().get(0);
        assertThat(census2026.birthDate()).isEqualTo(LocalDate.of(2017, 3, 14));
        assertThat(census2026.expectedBirthDate()).isNull();
        CinEpisode year2026 = census2026.episodes().get(0);
        assertThat(year2026.referralDate()).isEqualTo(referralDay);
        assertThat(year2026.referralSource()).isEqualTo("2A");
        assertThat(year2026.closureDate()).isNull();
        assertThat(year2026.closureReason()).isNull();
        assertThat(year2026.referralNfa()).isFalse();
        assertThat(year2026.assessments()).hasSize(1);
        assertThat(year2026.assessments().get(0).startDate()).isEqualTo(LocalDate.of(2026, 1, 13));
        assertThat(year2026.assessments().get(0).authorisationDate()).isEqualTo(LocalDate.of(2026, 2, 23));
        assertThat(year2026.assessments().get(0).factors()).containsExactlyInAnyOrder("16A", "4B");
        assertThat(year2026.cinPlans()).containsExactly(new CinPlanPeriod(cinPlan, LocalDate.of(2026, 2, 25), null));
        CinEpisode year2027 = census.buildForChild(new CensusYear(2027), LocalDate.of(2026, 7, 1), child).children().get(0).episodes().get(0);
        assertThat(year2027.closureDate()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(year2027.closureReason()).isEqualTo("RC7");
        assertThat(year2027.primaryNeed()).isEqualTo("N1");
        assertThat(year2027.assessments()).isEmpty();
        assertThat(year2027.cinPlans()).containsExactly(new CinPlanPeriod(cinPlan, LocalDate.of(2026, 2, 25), LocalDate.of(2026, 6, 30)));
        assertThat(census.buildForChild(new CensusYear(2025), LocalDate.of(2026, 7, 1), child).children()).as("not referred until 2025-26")
                .isEmpty();
    }

    private ClockSummary assessmentClock(UUID child) {
        return as("social.worker", "SOCIAL_WORKER", () -> clocks.forChild(child, clock.instant().atZone(UK).toLocalDate())).stream()
                .filter(c -> c.ruleId().equals("T2")).findFirst().orElseThrow();
    }

    private void awaitDelivery() {
        EventDelivery.awaitAll(jdbc, Duration.ofSeconds(60));
    }
}
