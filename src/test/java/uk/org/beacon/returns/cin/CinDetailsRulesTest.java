package uk.org.beacon.returns.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.org.beacon.returns.cin.CinFixtures.AS_AT;
import static uk.org.beacon.returns.cin.CinFixtures.assessment;
import static uk.org.beacon.returns.cin.CinFixtures.bareEpisode;
import static uk.org.beacon.returns.cin.CinFixtures.census;
import static uk.org.beacon.returns.cin.CinFixtures.check;
import static uk.org.beacon.returns.cin.CinFixtures.child;
import static uk.org.beacon.returns.cin.CinFixtures.cinPlan;
import static uk.org.beacon.returns.cin.CinFixtures.cpPlan;
import static uk.org.beacon.returns.cin.CinFixtures.d;
import static uk.org.beacon.returns.cin.CinFixtures.enquiry;
import static uk.org.beacon.returns.cin.CinFixtures.fails;
import static uk.org.beacon.returns.cin.CinFixtures.passes;

import org.junit.jupiter.api.Test;
import uk.org.beacon.returns.CensusYear;

class CinDetailsRulesTest {

    @Test
    void anEpisodeClosedAfterAssessmentThatHoldsAnEnquiryOrPlanIsAnError() {
        passes("2990", child().episodes(bareEpisode(d("2025-11-03")).assessments(assessment(d("2025-11-03"), d("2025-12-01"), "21"))
                .closed(d("2025-12-01"), "RC8")).build());
        var builder = child().episode(e -> e.closed(d("2026-03-01"), "RC9"));
        CinBreach breach = fails("2990", builder.build());
        assertThat(breach.message()).isEqualTo("The episode referred on 3 November 2025 closed with RC9 (closed after assessment) but holds "
                + "a section 47 enquiry, a child protection plan; use another closure reason.");
        assertThat(breach.sourceKind()).isEqualTo("EPISODE");
        fails("2990", child().episodes(bareEpisode(d("2025-11-03")).cinPlans(cinPlan(d("2025-11-10"), d("2025-12-01"))).closed(d("2025-12-01"), "RC8"))
                .build());
    }

    @Test
    void anEnquiryInAnEpisodeWithoutAnAssessmentIsQueried() {
        passes("2991Q", child().build());
        fails("2991Q", child().episode(e -> e.assessments()).build());
    }

    @Test
    void anNfaReferralWithAChildInNeedPlanIsAnError() {
        passes("4000", child().episodes(bareEpisode(d("2025-11-03")).nfa()).build());
        fails("4000", child().episodes(bareEpisode(d("2025-11-03")).nfa().cinPlans(cinPlan(d("2025-11-10"), null))).build());
    }

    @Test
    void aReferralAfterTheChildDiedIsQueried() {
        passes("8555Q", child().died(d("2025-11-03")).build());
        assertThat(fails("8555Q", child().died(d("2025-11-01")).build()).message())
                .isEqualTo("The referral on 3 November 2025 is after the child's death on 1 November 2025.");
    }

    @Test
    void activityAfterTheEpisodeClosedIsAnError() {
        passes("8565", child().episode(e -> e.cpPlans(cpPlan(d("2025-11-24"), d("2026-03-30"), d("2026-02-23"))).closed(d("2026-03-30"), "RC7"))
                .build());
        assertThat(fails("8565", child().episode(e -> e.closed(d("2025-11-20"), "RC7")).build()).message())
                .isEqualTo("The episode closed on 20 November 2025, before an assessment completed on 10 December 2025; "
                        + "an initial conference held on 24 November 2025.");
        fails("8565", child().episode(e -> e.section47s().cpPlans().conferenceOnEpisode(d("2025-12-01")).closed(d("2025-12-15"), "RC7")
                .cinPlans(cinPlan(d("2025-12-20"), null))).build());
    }

    @Test
    void referralNfaIsAlwaysWrittenAsZeroOrOneSoRule8568HasNothingToReport() {
        passes("8568", child().build(), child().laChildId("A2").episodes(bareEpisode(d("2025-11-03")).nfa()).build());
        assertThat(CinFixtures.rule("8568").info().description()).contains("always met");
    }

    @Test
    void anNfaReferralCarriedOverFromBeforeTheYearIsQueried() {
        passes("8569Q", child().episodes(bareEpisode(d("2025-03-31")).nfa()).build(), child().episodes(bareEpisode(d("2024-06-01"))).build());
        assertThat(fails("8569Q", child().episodes(bareEpisode(d("2025-03-28")).nfa()).build()).message())
                .contains("before 31 March 2025 (one working day before the census year)");
        // 1 April 2024 was Easter Monday: one working day before it is Thursday 28 March (Good Friday between).
        CensusYear earlier = new CensusYear(2025);
        assertThat(check("8569Q", census(earlier, child().episodes(bareEpisode(d("2024-03-28")).nfa()).build()), AS_AT.minusYears(1))).isEmpty();
        assertThat(check("8569Q", census(earlier, child().episodes(bareEpisode(d("2024-03-27")).nfa()).build()), AS_AT.minusYears(1))).hasSize(1);
    }

    @Test
    void closedAsDiedWithoutADateOfDeathIsQueried() {
        passes("8585Q", child().died(d("2026-01-10")).episode(e -> e.closed(d("2026-01-10"), "RC2")).build());
        fails("8585Q", child().episode(e -> e.closed(d("2026-01-10"), "RC2")).build());
    }

    @Test
    void aChildWithoutAnyEpisodeIsAnError() {
        passes("8590", child().build());
        assertThat(fails("8590", child().noEpisodes().build()).sourceKind()).isEqualTo("CHILD");
    }

    @Test
    void aReferralMissingOrAfterTheCensusDateIsAnError() {
        passes("8600", child().episodes(bareEpisode(d("2026-03-31"))).build());
        fails("8600", child().episodes(bareEpisode(null)).build());
        assertThat(fails("8600", child().episodes(bareEpisode(d("2026-04-01"))).build()).message())
                .isEqualTo("The referral on 1 April 2026 is after the census date 31 March 2026.");
    }

    @Test
    void aReferralMoreThan40WeeksBeforeBirthIsAnError() {
        passes("8606", child().episodes(bareEpisode(d("2022-05-10"))).build());
        fails("8606", child().episodes(bareEpisode(d("2022-05-09"))).build());
        passes("8606", child().unborn(d("2026-05-01")).episodes(bareEpisode(d("2025-07-25"))).build());
        assertThat(fails("8606", child().unborn(d("2026-05-01")).episodes(bareEpisode(d("2025-07-24"))).build()).message())
                .contains("more than 40 weeks before the expected date of birth 1 May 2026");
    }

    @Test
    void aReferralThatIsNotNfaWithoutAPrimaryNeedIsAnError() {
        passes("8610", child().build(), child().laChildId("A2").episodes(bareEpisode(d("2025-11-03")).nfa()).build());
        fails("8610", child().episode(e -> e.need(null)).build());
    }

    @Test
    void aClosureOutsideTheCensusYearIsAnError() {
        passes("8620", child().episode(e -> e.closed(d("2026-03-31"), "RC7")).build());
        fails("8620", child().episode(e -> e.closed(d("2026-04-01"), "RC7")).build());
    }

    @Test
    void aClosureBeforeTheReferralIsAnError() {
        passes("8630", child().episode(e -> e.closed(d("2025-11-03"), "RC7")).build());
        assertThat(fails("8630", child().episode(e -> e.closed(d("2025-11-02"), "RC7")).build()).message())
                .isEqualTo("The episode closed on 2 November 2025, before the referral on 3 November 2025.");
    }

    @Test
    void aClosureReasonOutsideRc1ToRc9IsAnError() {
        passes("8640", child().episode(e -> e.closed(d("2026-01-01"), "RC9")).build());
        fails("8640", child().episode(e -> e.closed(d("2026-01-01"), "RC10")).build());
    }

    @Test
    void aPrimaryNeedOutsideN0ToN9IsAnError() {
        passes("8650", child().episode(e -> e.need("N0")).build());
        fails("8650", child().episode(e -> e.need("N10")).build());
    }

    @Test
    void aClosureDateWithoutAReasonIsAnError() {
        passes("8805", child().episode(e -> e.closed(d("2026-01-01"), "RC7")).build());
        fails("8805", child().episode(e -> e.closed(d("2026-01-01"), null)).build());
    }

    @Test
    void aClosureReasonWithoutADateIsAnError() {
        passes("8810", child().build());
        fails("8810", child().episode(e -> e.closed(null, "RC7")).build());
    }

    @Test
    void twoOpenEpisodesThatAreNotNfaAreAnError() {
        passes("8815", child().episodes(bareEpisode(d("2025-05-01")).nfa(), bareEpisode(d("2025-09-01"))).build());
        assertThat(fails("8815", child().episodes(bareEpisode(d("2025-05-01")), bareEpisode(d("2025-09-01"))).build()).message())
                .contains("2 open episodes that are not NFA (referred 1 May 2025, 1 September 2025)");
    }

    @Test
    void anOpenEpisodeThatIsNotTheLatestReferralIsAnError() {
        passes("8816", child().episodes(bareEpisode(d("2025-05-01")).closed(d("2025-08-01"), "RC7"), bareEpisode(d("2025-09-01"))).build());
        var open = bareEpisode(d("2025-05-01"));
        CinBreach breach = fails("8816", child().episodes(open, bareEpisode(d("2025-09-01")).closed(d("2025-10-01"), "RC7")).build());
        assertThat(breach.sourceId()).isEqualTo(open.episodeId());
    }

    @Test
    void overlappingEpisodesAreAnErrorButReReferringOnTheClosureDayIsNot() {
        passes("8820", child().episodes(bareEpisode(d("2025-05-01")).closed(d("2025-09-01"), "RC7"), bareEpisode(d("2025-09-01"))).build());
        passes("8820", child().episodes(bareEpisode(d("2025-05-01")).nfa(), bareEpisode(d("2025-09-01"))).build());
        assertThat(fails("8820", child().episodes(bareEpisode(d("2025-05-01")).closed(d("2025-09-01"), "RC7"), bareEpisode(d("2025-08-31")))
                .build()).message()).isEqualTo("The referral on 31 August 2025 falls inside the episode referred on 1 May 2025 and closed on "
                        + "1 September 2025; episodes may not overlap.");
        fails("8820", child().episodes(bareEpisode(d("2025-05-01")), bareEpisode(d("2025-09-01"))).build());
    }

    @Test
    void anEpisodeClosedAfterAssessmentWithoutAnAssessmentIsQueried() {
        passes("8825Q", child().episodes(bareEpisode(d("2025-11-03")).assessments(assessment(d("2025-11-03"), d("2025-12-01"), "21"))
                .closed(d("2025-12-01"), "RC8")).build());
        fails("8825Q", child().episodes(bareEpisode(d("2025-11-03")).closed(d("2025-12-01"), "RC8")).build());
    }

    @Test
    void anNfaReferralWithAnAssessmentEnquiryOrConferenceIsAnError() {
        passes("8831", child().episodes(bareEpisode(d("2025-11-03")).nfa()).build());
        assertThat(fails("8831", child().episodes(bareEpisode(d("2025-11-03")).nfa().assessments(assessment(d("2025-11-04"), null))).build())
                .message()).contains("holds an assessment started 4 November 2025");
        fails("8831", child().episodes(bareEpisode(d("2025-11-03")).nfa().section47s(enquiry(d("2025-11-04"), null, null, true))).build());
        fails("8831", child().episodes(bareEpisode(d("2025-11-03")).nfa().conferenceOnEpisode(d("2025-11-24"))).build());
    }

    @Test
    void anNfaReferralWithAProtectionPlanIsAnError() {
        passes("8832", child().build());
        fails("8832", child().episodes(bareEpisode(d("2025-11-03")).nfa().cpPlans(cpPlan(d("2025-11-24"), null))).build());
    }

    @Test
    void aReferralSourceOutsideDfesListIsAnErrorOnEveryReferral() {
        passes("8866", child().episode(e -> e.source("5D")).build());
        fails("8866", child().episode(e -> e.source(null)).build());
        assertThat(fails("8866", child().episode(e -> e.source("11")).build()).message())
                .isEqualTo("The referral source \"11\" of the referral on 3 November 2025 is not one of DfE's codes.");
        fails("8866", child().episodes(bareEpisode(d("2012-06-01")).source(null)).build());
    }

    @Test
    void aClosedEpisodeWithAnAssessmentStillOpenIsAnError() {
        passes("8867", child().episode(e -> e.closed(d("2026-01-05"), "RC7")).build());
        CinBreach breach = fails("8867", child().episode(e -> e.assessments(assessment(d("2025-11-03"), null)).closed(d("2026-01-05"), "RC7")).build());
        assertThat(breach.sourceKind()).isEqualTo("ASSESSMENT");
    }

    @Test
    void aClosedEpisodeWithAnEnquiryStillAwaitingItsConferenceIsAnError() {
        passes("8868", child().episode(e -> e.section47s(enquiry(d("2025-11-04"), null, null, true)).closed(d("2026-01-05"), "RC7")).build());
        CinBreach breach = fails("8868", child().episode(e -> e.section47s(enquiry(d("2025-11-04"), null, null, false)).closed(d("2026-01-05"), "RC7"))
                .build());
        assertThat(breach.sourceKind()).isEqualTo("SECTION_47");
    }
}
