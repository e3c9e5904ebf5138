package uk.org.beacon.returns.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.org.beacon.returns.cin.CinFixtures.bareEpisode;
import static uk.org.beacon.returns.cin.CinFixtures.child;
import static uk.org.beacon.returns.cin.CinFixtures.cinPlan;
import static uk.org.beacon.returns.cin.CinFixtures.cpPlan;
import static uk.org.beacon.returns.cin.CinFixtures.d;
import static uk.org.beacon.returns.cin.CinFixtures.fails;
import static uk.org.beacon.returns.cin.CinFixtures.passes;

import org.junit.jupiter.api.Test;

class CinPlanRulesTest {

    private static CinFixtures.ChildBuilder withCinPlans(CinPlanPeriod... plans) {
        return child().episodes(bareEpisode(d("2025-11-03")).cinPlans(plans));
    }

    @Test
    void anOpenProtectionPlanAndAnOpenChildInNeedPlanInOneEpisodeAreAnError() {
        passes("4001", child().episode(e -> e.cpPlans(cpPlan(d("2025-11-24"), d("2026-01-10"))).cinPlans(cinPlan(d("2026-01-10"), null))).build());
        CinBreach breach = fails("4001", child().episode(e -> e.cinPlans(cinPlan(d("2026-01-10"), null))).build());
        assertThat(breach.sourceKind()).isEqualTo("CIN_PLAN");
        assertThat(breach.message()).contains("started 10 January 2026 is open while the child protection plan started 24 November 2025");
    }

    @Test
    void aProtectionReviewInsideAChildInNeedPlanIsAnErrorUnlessItEndsTheProtectionPlan() {
        passes("4003", child().episode(e -> e.cpPlans(cpPlan(d("2025-11-24"), d("2026-02-23"), d("2026-01-20"), d("2026-02-23")))
                .cinPlans(cinPlan(d("2026-02-23"), null))).build());
        passes("4003", child().episode(e -> e.cpPlans(cpPlan(d("2025-11-24"), d("2026-02-23"), d("2026-02-23")))
                .cinPlans(cinPlan(d("2026-02-01"), null))).build());
        assertThat(fails("4003", child().episode(e -> e.cpPlans(cpPlan(d("2025-11-24"), d("2026-02-23"), d("2026-01-20")))
                .cinPlans(cinPlan(d("2026-01-10"), d("2026-03-01")))).build()).message())
                .isEqualTo("The child protection review on 20 January 2026 falls inside the child in need plan from 10 January 2026 to 1 March "
                        + "2026; a child is on one kind of plan at a time.");
    }

    @Test
    void twoOpenChildInNeedPlansInAnEpisodeAreAnError() {
        passes("4004", withCinPlans(cinPlan(d("2025-11-10"), d("2025-12-10")), cinPlan(d("2025-12-11"), null)).build());
        fails("4004", withCinPlans(cinPlan(d("2025-11-10"), null), cinPlan(d("2025-12-11"), null)).build());
    }

    @Test
    void aChildInNeedPlanStartingAfterTheChildDiedIsAnError() {
        passes("4008", withCinPlans(cinPlan(d("2026-01-01"), null)).died(d("2026-01-01")).build());
        fails("4008", withCinPlans(cinPlan(d("2026-01-02"), null)).died(d("2026-01-01")).build());
    }

    @Test
    void aChildInNeedPlanEndingAfterTheChildDiedIsQueried() {
        passes("4009Q", withCinPlans(cinPlan(d("2025-11-10"), d("2026-01-01"))).died(d("2026-01-01")).build());
        fails("4009Q", withCinPlans(cinPlan(d("2025-11-10"), d("2026-01-02"))).died(d("2026-01-01")).build());
    }

    @Test
    void aChildInNeedPlanWithoutAStartOrStartingAfterTheCensusDateIsAnError() {
        passes("4010", withCinPlans(cinPlan(d("2026-03-31"), null)).build());
        fails("4010", withCinPlans(cinPlan(null, null)).build());
        assertThat(fails("4010", withCinPlans(cinPlan(d("2026-04-01"), null)).build()).message())
                .isEqualTo("The child in need plan starts on 1 April 2026, after the census date 31 March 2026.");
    }

    @Test
    void aChildInNeedPlanEndingBeforeItStartsIsAnError() {
        passes("4011", withCinPlans(cinPlan(d("2025-11-10"), d("2025-11-11"))).build());
        fails("4011", withCinPlans(cinPlan(d("2025-11-10"), d("2025-11-09"))).build());
    }

    @Test
    void aChildInNeedPlanStartingAndEndingOnOneDayIsQueried() {
        passes("4012Q", withCinPlans(cinPlan(d("2025-11-10"), d("2025-11-11"))).build());
        fails("4012Q", withCinPlans(cinPlan(d("2025-11-10"), d("2025-11-10"))).build());
    }

    @Test
    void aChildInNeedPlanEndingOutsideTheCensusYearIsAnError() {
        passes("4013", withCinPlans(cinPlan(d("2025-11-10"), d("2026-03-31"))).build());
        fails("4013", withCinPlans(cinPlan(d("2025-11-10"), d("2026-04-01"))).build());
    }

    @Test
    void overlappingChildInNeedPlansAreAnError() {
        passes("4014", withCinPlans(cinPlan(d("2025-11-10"), d("2025-12-10")), cinPlan(d("2025-12-11"), null)).build());
        assertThat(fails("4014", withCinPlans(cinPlan(d("2025-11-10"), d("2025-12-10")), cinPlan(d("2025-12-10"), null)).build()).message())
                .isEqualTo("The child in need plan starting 10 December 2025 overlaps the plan from 10 November 2025 to 10 December 2025.");
        fails("4014", child().episodes(bareEpisode(d("2025-05-01")).cinPlans(cinPlan(d("2025-05-10"), null)).closed(d("2025-10-01"), "RC7"),
                bareEpisode(d("2025-11-03")).cinPlans(cinPlan(d("2025-11-10"), null))).build());
    }

    @Test
    void aChildInNeedPlanStartingBeforeTheReferralIsAnError() {
        passes("4015", withCinPlans(cinPlan(d("2025-11-03"), null)).build());
        fails("4015", withCinPlans(cinPlan(d("2025-11-02"), null)).build());
    }

    @Test
    void aChildInNeedPlanStartingWhileAProtectionPlanRunsIsAnErrorButSteppingDownOnItsEndDateIsNot() {
        passes("4016", child().episode(e -> e.cpPlans(cpPlan(d("2025-11-24"), d("2026-01-10"))).cinPlans(cinPlan(d("2026-01-10"), null))).build());
        assertThat(fails("4016", child().episode(e -> e.cpPlans(cpPlan(d("2025-11-24"), d("2026-01-10"))).cinPlans(cinPlan(d("2026-01-09"), null)))
                .build()).message()).contains("started on 9 January 2026 while the child protection plan from 24 November 2025 to 10 January 2026");
        fails("4016", child().episode(e -> e.cinPlans(cinPlan(d("2026-02-01"), null))).build());
    }

    @Test
    void aProtectionPlanStartingWhileAChildInNeedPlanRunsIsAnErrorButSteppingUpOnItsEndDateIsNot() {
        passes("4017", child().episode(e -> e.cinPlans(cinPlan(d("2025-11-05"), d("2025-11-24")))).build());
        CinBreach breach = fails("4017", child().episode(e -> e.cinPlans(cinPlan(d("2025-11-05"), null))).build());
        assertThat(breach.sourceKind()).isEqualTo("CP_PLAN");
        assertThat(breach.message()).contains("started on 24 November 2025 while the child in need plan from 5 November 2025 was open");
    }
}
