package uk.org.beacon.returns.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.org.beacon.returns.cin.CinFixtures.bareEpisode;
import static uk.org.beacon.returns.cin.CinFixtures.child;
import static uk.org.beacon.returns.cin.CinFixtures.cpPlan;
import static uk.org.beacon.returns.cin.CinFixtures.d;
import static uk.org.beacon.returns.cin.CinFixtures.fails;
import static uk.org.beacon.returns.cin.CinFixtures.passes;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ProtectionPlanRulesTest {

    private static CinFixtures.ChildBuilder withPlans(CinProtectionPlan... plans) {
        return child().episode(e -> e.cpPlans(plans));
    }

    @Test
    void aProtectionPlanStartingBeforeTheReferralIsAnError() {
        passes("1105", child().build());
        CinBreach breach = fails("1105", withPlans(cpPlan(d("2025-11-02"), null)).build());
        assertThat(breach.sourceKind()).isEqualTo("CP_PLAN");
        assertThat(breach.message()).isEqualTo("The child protection plan started on 2 November 2025, before the referral on 3 November 2025.");
    }

    @Test
    void aProtectionPlanNotStartingAtAConferenceOfItsEpisodeIsAnError() {
        passes("2885", child().build(), child().laChildId("A2").episode(e -> e.section47s().conferenceOnEpisode(d("2025-11-24"))).build());
        passes("2885", child().episode(e -> e.referred(d("2025-01-06")).section47s().cpPlans(cpPlan(d("2025-03-03"), null))).build());
        assertThat(fails("2885", withPlans(cpPlan(d("2025-11-25"), null)).build()).message())
                .isEqualTo("The child protection plan started on 25 November 2025, which is not the date of an initial conference in its episode "
                        + "(24 November 2025); a plan starts at the conference that makes it.");
    }

    @Test
    void aProtectionPlanWithoutAStartOrStartingAfterTheCensusDateIsAnError() {
        passes("8720", withPlans(cpPlan(d("2026-03-31"), null)).build());
        fails("8720", withPlans(cpPlan(null, null)).build());
        fails("8720", withPlans(cpPlan(d("2026-04-01"), null)).build());
    }

    @Test
    void aMissingOrNegativeNumberOfPreviousPlansIsAnError() {
        passes("8730", withPlans(cpPlan(d("2025-11-24"), null, "NEG", "NEG", 3)).build());
        fails("8730", withPlans(cpPlan(d("2025-11-24"), null, "NEG", "NEG", null)).build());
        fails("8730", withPlans(cpPlan(d("2025-11-24"), null, "NEG", "NEG", -1)).build());
    }

    @Test
    void aProtectionPlanStartingAndEndingOnOneDayIsAnError() {
        passes("8840", withPlans(cpPlan(d("2025-11-24"), d("2025-11-25"))).build());
        fails("8840", withPlans(cpPlan(d("2025-11-24"), d("2025-11-24"))).build());
    }

    @Test
    void aReviewOnOrBeforeThePlanStartedIsAnError() {
        passes("8841", withPlans(cpPlan(d("2025-11-24"), null, d("2025-11-25"))).build());
        assertThat(fails("8841", withPlans(cpPlan(d("2025-11-24"), null, d("2025-11-24"))).build()).message())
                .isEqualTo("The review on 24 November 2025 is not after the plan started on 24 November 2025.");
    }

    @Test
    void reviewsWithoutAnyDateAreQueried() {
        passes("8842Q", withPlans(cpPlan(d("2025-11-24"), null)).build(), child().laChildId("A2").build());
        fails("8842Q", withPlans(cpPlan(d("2025-11-24"), null, (LocalDate) null)).build());
    }

    @Test
    void aMissingOrUnlistedInitialCategoryOfAbuseIsAnError() {
        passes("8905", withPlans(cpPlan(d("2025-11-24"), null, "MUL", "NEG", 0)).build());
        fails("8905", withPlans(cpPlan(d("2025-11-24"), null, null, "NEG", 0)).build());
        assertThat(fails("8905", withPlans(cpPlan(d("2025-11-24"), null, "CSE", "NEG", 0)).build()).message())
                .contains("initial category of abuse \"CSE\", not NEG, PHY, SAB, EMO or MUL");
    }

    @Test
    void aMissingOrUnlistedLatestCategoryOfAbuseIsAnError() {
        passes("8910", withPlans(cpPlan(d("2025-11-24"), null, "NEG", "EMO", 0)).build());
        fails("8910", withPlans(cpPlan(d("2025-11-24"), null, "NEG", null, 0)).build());
    }

    @Test
    void aProtectionPlanStartingAfterTheChildDiedIsAnError() {
        passes("8915", child().died(d("2025-11-24")).build());
        fails("8915", child().died(d("2025-11-23")).build());
    }

    @Test
    void aProtectionPlanEndingAfterTheChildDiedIsAnError() {
        passes("8920", withPlans(cpPlan(d("2025-11-24"), d("2026-01-05"))).died(d("2026-01-05")).build());
        fails("8920", withPlans(cpPlan(d("2025-11-24"), d("2026-01-06"))).died(d("2026-01-05")).build());
    }

    @Test
    void aProtectionPlanEndingBeforeItStartedIsAnError() {
        passes("8925", withPlans(cpPlan(d("2025-11-24"), d("2025-11-25"))).build());
        fails("8925", withPlans(cpPlan(d("2025-11-24"), d("2025-11-23"))).build());
    }

    @Test
    void aProtectionPlanEndingOutsideTheCensusYearIsAnError() {
        passes("8930", withPlans(cpPlan(d("2025-11-24"), d("2026-03-31"))).build());
        fails("8930", withPlans(cpPlan(d("2025-11-24"), d("2026-04-01"))).build());
    }

    @Test
    void twoOpenProtectionPlansAreAnErrorEvenInTheSameEpisode() {
        passes("8935", withPlans(cpPlan(d("2025-11-24"), d("2025-12-20")), cpPlan(d("2026-01-05"), null)).build());
        assertThat(fails("8935", withPlans(cpPlan(d("2025-11-24"), null), cpPlan(d("2026-01-05"), null)).build()).message())
                .isEqualTo("The child has 2 open child protection plans (started 24 November 2025, 5 January 2026); only one may be open.");
        fails("8935", child().episodes(bareEpisode(d("2025-05-01")).cpPlans(cpPlan(d("2025-05-20"), null)),
                bareEpisode(d("2025-11-03")).cpPlans(cpPlan(d("2025-11-24"), null))).build());
    }

    @Test
    void overlappingProtectionPlansAreAnError() {
        passes("8940", withPlans(cpPlan(d("2025-11-24"), d("2025-12-20")), cpPlan(d("2025-12-21"), null)).build());
        assertThat(fails("8940", withPlans(cpPlan(d("2025-11-24"), d("2025-12-20")), cpPlan(d("2025-12-20"), null)).build()).message())
                .isEqualTo("The child protection plan starting 20 December 2025 overlaps the plan from 24 November 2025 to 20 December 2025.");
    }

    @Test
    void aReviewWithoutADateCannotBeWritten() {
        passes("B09", child().build());
        fails("B09", withPlans(cpPlan(d("2025-11-24"), null, d("2026-01-05"), null)).build());
    }
}
