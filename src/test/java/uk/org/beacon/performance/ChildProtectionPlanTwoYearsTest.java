package uk.org.beacon.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.org.beacon.SignedIn.as;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.org.beacon.childprotection.plan.ChildProtectionPlanDetails;
import uk.org.beacon.childprotection.plan.ChildProtectionPlanSummary;
import uk.org.beacon.childprotection.plan.ChildProtectionPlans;
import uk.org.beacon.childprotection.plan.ReviewDecision;
import uk.org.beacon.childprotection.plan.StepDown;
import uk.org.beacon.person.People;
import uk.org.beacon.timescales.LateReason;

/**
 * "Two years or more" as at any day: a plan counts from its two-year date (start plus two years) on, whatever day the
 * scorecard is run, so a past as-at scorecard gives the figure it gave on that day.
 */
class ChildProtectionPlanTwoYearsTest extends MeasureIntegrationTest {

    private static final LateReason LATE = new LateReason("FAMILY_UNAVAILABLE", "The review was rearranged when the family moved");

    @Autowired ChildProtectionPlans cpPlans;
    @Autowired People people;

    private ChildProtectionPlanSummary planStarted(String given, String family, LocalDate on) {
        UUID child = PerformanceTestData.child(people, given, family);
        return as("chair", "CP_CHAIR", () -> cpPlans.start(UUID.randomUUID(), child, null, on, "NEG"));
    }

    private static boolean weekday(LocalDate d) {
        return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    @Test
    void aRunningPlanStartedTwoYearsAndADayBeforeTheAsAtDayCountsAndOnTheDayBeforeItsTwoYearDateItDoesNot() {
        LocalDate asAt = scorecards.today().minusDays(10);
        ChildProtectionPlanSummary plan = planStarted("Rosalind", "Twoyear", asAt.minusYears(2).minusDays(1));
        Measure running = read(() -> scorecards.measure("CPP_OPEN_TWO_YEARS").orElseThrow());
        Level child = Level.child(plan.childId());

        MeasureResult onTheDay = read(() -> scorecards.result(running, child, asAt, null));
        assertThat(onTheDay.denominator()).isEqualTo(1);
        assertThat(onTheDay.numerator()).as("two years and a day on the plan").isEqualTo(1);
        assertThat(read(() -> scorecards.result(running, child, asAt.minusDays(1), null)).numerator()).as("exactly two years").isEqualTo(1);
        MeasureResult dayBefore = read(() -> scorecards.result(running, child, asAt.minusDays(2), null));
        assertThat(dayBefore.denominator()).isEqualTo(1);
        assertThat(dayBefore.numerator()).as("two years less a day, although today it has been on longer").isZero();
        assertThat(read(() -> scorecards.items(running, child, asAt.minusDays(2), null, true))).singleElement()
                .satisfies(i -> assertThat(i.itemId()).isEqualTo(plan.id()));
        assertThat(plan.lastedTwoYearsOrMore()).isTrue();
    }

    @Test
    void aPlanEndingOnItsTwoYearDateCountsAsLastingTwoYearsAndOneEndingTheDayBeforeDoesNot() {
        LocalDate twoYearDate = scorecards.today().minusMonths(2);
        while (!weekday(twoYearDate) || !weekday(twoYearDate.minusDays(1))) {
            twoYearDate = twoYearDate.minusDays(1);
        }
        LocalDate start = twoYearDate.minusYears(2);
        LocalDate endOn = twoYearDate;
        ChildProtectionPlanSummary full = planStarted("Isolde", "Twoyear", start);
        ChildProtectionPlanSummary short1 = planStarted("Tristan", "Twoyear", start);
        ChildProtectionPlanDetails endedFull = as("chair", "CP_CHAIR", () -> cpPlans.recordReview(full.id(), full.version(), endOn, ReviewDecision.END,
                "Outcomes met", null, "Outcomes met", StepDown.NONE, null, null, LATE));
        ChildProtectionPlanDetails endedShort = as("chair", "CP_CHAIR", () -> cpPlans.recordReview(short1.id(), short1.version(), endOn.minusDays(1),
                ReviewDecision.END, "Outcomes met", null, "Outcomes met", StepDown.NONE, null, null, LATE));
        assertThat(endedFull.summary().lastedTwoYearsOrMore()).isTrue();
        assertThat(endedShort.summary().lastedTwoYearsOrMore()).isFalse();

        Measure ending = read(() -> scorecards.measure("CPP_TWO_YEARS").orElseThrow());
        MeasureResult fullResult = read(() -> scorecards.result(ending, Level.child(full.childId()), endOn, PeriodType.ROLLING_12_MONTHS));
        assertThat(fullResult.denominator()).isEqualTo(1);
        assertThat(fullResult.numerator()).isEqualTo(1);
        MeasureResult shortResult = read(() -> scorecards.result(ending, Level.child(short1.childId()), endOn, PeriodType.ROLLING_12_MONTHS));
        assertThat(shortResult.denominator()).isEqualTo(1);
        assertThat(shortResult.numerator()).isZero();
        assertThat(read(() -> scorecards.result(read(() -> scorecards.measure("CPP_OPEN_TWO_YEARS").orElseThrow()), Level.child(full.childId()),
                endOn.minusDays(1), null)).numerator()).as("running the day before it ended, on its two-year date less a day").isZero();
    }
}
