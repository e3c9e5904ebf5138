package uk.org.beacon.childprotection.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.org.beacon.calendar.WorkingDays;
import uk.org.beacon.childprotection.plan.ChildProtectionPlanRules.EarlierPlan;

/** The plan's due dates on the shipped England and Wales calendar, its review rules and its flags, without Spring. */
class ChildProtectionPlanRulesTest {

    private final WorkingDays days = WorkingDays.englandAndWales();
    private final Set<String> categories = Set.of("NEGLECT", "EMOTIONAL_ABUSE", "PHYSICAL_ABUSE", "SEXUAL_ABUSE", "MULTIPLE");

    @Test
    void aConferenceBeforeTheMayBankHolidayHasItsFirstCoreGroupDueAWorkingDayLater() {
        LocalDate icpc = LocalDate.of(2025, 4, 24); // Thursday; Monday 5 May 2025 is the Early May bank holiday
        assertThat(ChildProtectionPlanRules.firstCoreGroupDue(days, icpc)).isEqualTo(LocalDate.of(2025, 5, 9));
        assertThat(ChildProtectionPlanRules.firstCoreGroupDue(days, LocalDate.of(2025, 6, 5))).isEqualTo(LocalDate.of(2025, 6, 19));
    }

    @Test
    void theFirstReviewIsDueThreeMonthsAfterTheConferenceAndTheNextSixMonthsAfterEachReview() {
        assertThat(ChildProtectionPlanRules.firstReviewDue(LocalDate.of(2025, 4, 24))).isEqualTo(LocalDate.of(2025, 7, 24));
        assertThat(ChildProtectionPlanRules.firstReviewDue(LocalDate.of(2024, 11, 30))).isEqualTo(LocalDate.of(2025, 2, 28));
        assertThat(ChildProtectionPlanRules.nextReviewDue(LocalDate.of(2025, 7, 22))).isEqualTo(LocalDate.of(2026, 1, 22));
        assertThat(ChildProtectionPlanRules.nextCoreGroupDue(LocalDate.of(2025, 5, 8))).isEqualTo(LocalDate.of(2025, 6, 5));
    }

    @Test
    void visitsAreDueTenWorkingDaysApartSkippingChristmasAndBoxingDay() {
        LocalDate visit = LocalDate.of(2024, 12, 20); // Friday
        assertThat(ChildProtectionPlanRules.nextVisitDue(days, visit, ChildProtectionPlanRules.T9_DEFAULT_WORKING_DAYS))
                .isEqualTo(LocalDate.of(2025, 1, 8));
        assertThat(ChildProtectionPlanRules.nextVisitDue(days, visit, 5)).isEqualTo(LocalDate.of(2024, 12, 31));
    }

    @Test
    void aPlanNeedsACategoryAndNoOtherOpenPlan() {
        LocalDate on = LocalDate.of(2025, 4, 24);
        assertThat(ChildProtectionPlanRules.checkStart(true, "NEGLECT", categories::contains, null, on)).isEmpty();
        assertThat(ChildProtectionPlanRules.checkStart(true, null, categories::contains, null, on)).containsKey("category");
        assertThat(ChildProtectionPlanRules.checkStart(true, "BULLYING", categories::contains, null, on)).containsKey("category");
        assertThat(ChildProtectionPlanRules.checkStart(true, "NEGLECT", categories::contains, LocalDate.of(2025, 1, 2), on).get("plan"))
                .contains("already subject to a child protection plan (since 2025-01-02)");
    }

    @Test
    void aReviewOutsideThePlanOrAtAWeekendIsRefusedAndEndingToEarlyHelpNeedsTheLeadProfessional() {
        LocalDate start = LocalDate.of(2025, 4, 24);
        LocalDate today = LocalDate.of(2025, 9, 1);
        assertThat(review(start, LocalDate.of(2025, 4, 23), ReviewDecision.CONTINUE, null, null, null, today)).containsKey("heldOn");
        assertThat(review(start, LocalDate.of(2025, 9, 2), ReviewDecision.CONTINUE, null, null, null, today)).containsKey("heldOn");
        assertThat(review(start, LocalDate.of(2025, 7, 19), ReviewDecision.CONTINUE, null, null, null, today).get("heldOn")).contains("weekday");
        assertThat(review(start, LocalDate.of(2025, 7, 22), ReviewDecision.CONTINUE, null, null, null, today)).isEmpty();
        assertThat(review(start, LocalDate.of(2025, 7, 22), ReviewDecision.END, "Risks reduced", StepDown.EARLY_HELP, null, today))
                .containsOnlyKeys("leadName", "leadAgency");
        assertThat(review(start, LocalDate.of(2025, 7, 22), ReviewDecision.END, null, null, null, today)).containsOnlyKeys("endReason", "stepDown");
        assertThat(review(start, LocalDate.of(2025, 7, 22), ReviewDecision.END, "Risks reduced", StepDown.EARLY_HELP, "Sam Ade", today)).isEmpty();
    }

    @Test
    void aReviewBeforeTheLastReviewOrOnAnEndedPlanIsRefusedAtItsDateWithTheReason() {
        LocalDate start = LocalDate.of(2025, 4, 24);
        LocalDate today = LocalDate.of(2025, 12, 1);
        assertThat(ChildProtectionPlanRules.checkReview(start, null, LocalDate.of(2025, 7, 22), LocalDate.of(2025, 7, 21), ReviewDecision.CONTINUE,
                "Progress", null, categories::contains, null, null, null, null, today).get("heldOn"))
                .isEqualTo("The date of the review conference must be on or after the last review conference (22 July 2025)");
        assertThat(ChildProtectionPlanRules.checkReview(start, null, null, LocalDate.of(2025, 4, 23), ReviewDecision.CONTINUE, "Progress", null,
                categories::contains, null, null, null, null, today).get("heldOn"))
                .isEqualTo("The date of the review conference must be on or after the plan started (24 April 2025)");
        assertThat(ChildProtectionPlanRules.checkReview(start, LocalDate.of(2025, 10, 20), LocalDate.of(2025, 10, 20), LocalDate.of(2025, 11, 3),
                ReviewDecision.CONTINUE, "Progress", null, categories::contains, null, null, null, null, today).get("heldOn"))
                .isEqualTo("The date of the review conference is after the plan ended (20 October 2025): nothing is recorded on a plan after it ends");
        assertThat(ChildProtectionPlanRules.checkReview(start, null, null, LocalDate.of(2025, 12, 2), ReviewDecision.CONTINUE, "Progress", null,
                categories::contains, null, null, null, null, today).get("heldOn")).contains("today or in the past");
        assertThat(review(start, LocalDate.of(2025, 7, 22), ReviewDecision.END, "Moved away", StepDown.TRANSFERRED, null, today))
                .containsOnlyKeys("stepDown");
    }

    @Test
    void aTransferInConferenceNeedsTheOtherAuthorityTheDateThePlanStartedThereTheCategoryAndTheChairsReasons() {
        LocalDate today = LocalDate.of(2025, 9, 1);
        ChildProtectionPlanRules.TransferIn ok = new ChildProtectionPlanRules.TransferIn(LocalDate.of(2025, 8, 28), "Northshire County Council",
                LocalDate.of(2025, 3, 3), "NEGLECT", "The risks remain: the plan continues here");
        assertThat(ChildProtectionPlanRules.checkTransferIn(ok, categories::contains, null, null, today)).isEmpty();
        assertThat(ChildProtectionPlanRules.checkTransferIn(new ChildProtectionPlanRules.TransferIn(null, " ", null, null, null), categories::contains,
                null, null, today)).containsOnlyKeys("heldOn", "previousAuthority", "previousPlanStartedOn", "category", "chairRationale");
        assertThat(ChildProtectionPlanRules.checkTransferIn(new ChildProtectionPlanRules.TransferIn(LocalDate.of(2025, 8, 28), "Northshire",
                LocalDate.of(2025, 8, 29), "NEGLECT", "Continue"), categories::contains, null, null, today).get("previousPlanStartedOn"))
                .contains("on or before the transfer-in conference");
        assertThat(ChildProtectionPlanRules.checkTransferIn(new ChildProtectionPlanRules.TransferIn(LocalDate.of(2025, 8, 30), "Northshire",
                LocalDate.of(2025, 3, 3), "NEGLECT", "Continue"), categories::contains, null, null, today).get("heldOn")).contains("weekday");
        assertThat(ChildProtectionPlanRules.checkTransferIn(new ChildProtectionPlanRules.TransferIn(LocalDate.of(2025, 9, 2), "Northshire",
                LocalDate.of(2025, 3, 3), "NEGLECT", "Continue"), categories::contains, null, null, today).get("heldOn")).contains("today or in the past");
        assertThat(ChildProtectionPlanRules.checkTransferIn(ok, categories::contains, LocalDate.of(2024, 1, 8), null, today).get("plan"))
                .contains("already subject to a child protection plan here (since 8 January 2024)");
        assertThat(ChildProtectionPlanRules.checkTransferIn(ok, categories::contains, null, LocalDate.of(2025, 8, 29), today).get("heldOn"))
                .contains("last plan here ended on 29 August 2025");
    }

    @Test
    void thePlanHeldByTheOtherAuthorityCountsAsAPreviousPlan() {
        assertThat(ChildProtectionPlanRules.previousPlans(0, 0, false)).isZero();
        assertThat(ChildProtectionPlanRules.previousPlans(0, 0, true)).isEqualTo(1);
        assertThat(ChildProtectionPlanRules.previousPlans(1, 1, false)).as("a later plan after a transferred-in one").isEqualTo(2);
        assertThat(ChildProtectionPlanRules.previousPlans(2, 0, true)).isEqualTo(3);
    }

    @Test
    void aTransferOutNamesTheReceivingAuthorityAndEndsOnItsConferenceAfterThePlanStartedAndNotInTheFuture() {
        LocalDate start = LocalDate.of(2025, 4, 24);
        LocalDate today = LocalDate.of(2025, 9, 1);
        var running = ChildProtectionPlanRules.Status.RUNNING;
        assertThat(ChildProtectionPlanRules.checkTransferOut(running, start, null, "Westvale Borough Council", LocalDate.of(2025, 8, 20), today))
                .isEmpty();
        assertThat(ChildProtectionPlanRules.checkTransferOut(running, start, null, " ", null, today)).containsOnlyKeys("receivingAuthority",
                "conferenceOn");
        assertThat(ChildProtectionPlanRules.checkTransferOut(running, start, null, "Westvale", start, today).get("conferenceOn"))
                .contains("after the plan started here (24 April 2025)");
        assertThat(ChildProtectionPlanRules.checkTransferOut(running, start, null, "Westvale", today.plusDays(1), today).get("conferenceOn"))
                .contains("today or in the past");
        assertThat(ChildProtectionPlanRules.checkTransferOut(running, start, LocalDate.of(2025, 7, 22), "Westvale", LocalDate.of(2025, 7, 1), today)
                .get("conferenceOn")).contains("last review conference here (22 July 2025)");
        assertThat(ChildProtectionPlanRules.checkTransferOut(ChildProtectionPlanRules.Status.ENDED, start, null, "Westvale", LocalDate.of(2025, 8, 20),
                today).get("conferenceOn")).contains("already ended");
    }

    @Test
    void flagsLongPlansAndRepeatPlans() {
        LocalDate start = LocalDate.of(2023, 3, 1);
        assertThat(ChildProtectionPlanRules.lastedTwoYearsOrMore(start, null, LocalDate.of(2025, 2, 28))).isFalse();
        assertThat(ChildProtectionPlanRules.lastedTwoYearsOrMore(start, null, LocalDate.of(2025, 3, 1))).isTrue();
        assertThat(ChildProtectionPlanRules.lastedTwoYearsOrMore(start, LocalDate.of(2024, 3, 1), LocalDate.of(2026, 1, 1))).isFalse();

        LocalDate second = LocalDate.of(2025, 6, 2);
        List<EarlierPlan> endedLongAgo = List.of(new EarlierPlan(LocalDate.of(2020, 1, 6), LocalDate.of(2021, 1, 4)));
        List<EarlierPlan> endedRecently = List.of(new EarlierPlan(LocalDate.of(2023, 1, 6), LocalDate.of(2023, 6, 2)));
        assertThat(ChildProtectionPlanRules.secondOrSubsequent(second, List.of())).isFalse();
        assertThat(ChildProtectionPlanRules.secondOrSubsequent(second, endedLongAgo)).isTrue();
        assertThat(ChildProtectionPlanRules.subsequentWithinTwoYears(second, endedLongAgo)).isFalse();
        assertThat(ChildProtectionPlanRules.subsequentWithinTwoYears(second, endedRecently)).isTrue();
    }

    private java.util.Map<String, String> review(LocalDate start, LocalDate heldOn, ReviewDecision decision, String reason, StepDown stepDown,
            String lead, LocalDate today) {
        return ChildProtectionPlanRules.checkReview(start, null, null, heldOn, decision, "The core group reported progress", null, categories::contains,
                reason, stepDown, lead, lead == null ? null : "School", today);
    }
}
