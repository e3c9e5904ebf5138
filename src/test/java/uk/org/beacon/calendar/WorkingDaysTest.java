package uk.org.beacon.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Working days in England counted from the shipped GOV.UK calendar: the worked examples of practice reference section 2.3. */
class WorkingDaysTest {

    private final WorkingDays englandAndWales = WorkingDays.englandAndWales();

    @Test
    void anAssessmentForAReferralOnMonday16December2024IsDueWithin45WorkingDaysOnThursday20February2025() {
        assertThat(englandAndWales.addWorkingDays(LocalDate.of(2024, 12, 16), 45)).isEqualTo(LocalDate.of(2025, 2, 20));
    }

    @Test
    void anInitialConferenceAfterAStrategyDiscussionOnWednesday18December2024IsDueOnMonday13January2025() {
        assertThat(englandAndWales.addWorkingDays(LocalDate.of(2024, 12, 18), 15)).isEqualTo(LocalDate.of(2025, 1, 13));
    }

    @Test
    void theFirstReviewOfAChildLookedAfterFromWednesday18December2024IsDueOnMonday20January2025() {
        assertThat(englandAndWales.addWorkingDays(LocalDate.of(2024, 12, 18), 20)).isEqualTo(LocalDate.of(2025, 1, 20));
    }

    @Test
    void oneWorkingDayAfterFriday20December2024IsMonday23December2024() {
        assertThat(englandAndWales.addWorkingDays(LocalDate.of(2024, 12, 20), 1)).isEqualTo(LocalDate.of(2024, 12, 23));
    }

    @Test
    void tenWorkingDaysAfterThursday17April2025SkipGoodFridayEasterMondayAndTheEarlyMayBankHoliday() {
        assertThat(englandAndWales.addWorkingDays(LocalDate.of(2025, 4, 17), 10)).isEqualTo(LocalDate.of(2025, 5, 6));
    }

    @Test
    void theDayOfTheQueensStateFuneralWasNotAWorkingDay() {
        assertThat(englandAndWales.isWorkingDay(LocalDate.of(2022, 9, 19))).isFalse();
        assertThat(englandAndWales.addWorkingDays(LocalDate.of(2022, 9, 16), 1)).isEqualTo(LocalDate.of(2022, 9, 20));
    }

    @Test
    void theCoronationBankHolidayWasNotAWorkingDay() {
        assertThat(englandAndWales.addWorkingDays(LocalDate.of(2023, 5, 5), 1)).isEqualTo(LocalDate.of(2023, 5, 9));
    }

    @Test
    void aReferralReceivedOnGoodFridayIsDayZeroOnThatFridayAndDayOneIsTheTuesdayAfterEasterMonday() {
        LocalDate goodFriday = LocalDate.of(2024, 3, 29);

        assertThat(englandAndWales.isWorkingDay(goodFriday)).isFalse();
        assertThat(englandAndWales.addWorkingDays(goodFriday, 0)).isEqualTo(goodFriday);
        assertThat(englandAndWales.addWorkingDays(goodFriday, 1)).isEqualTo(LocalDate.of(2024, 4, 2));
        assertThat(englandAndWales.workingDaysBetween(goodFriday, LocalDate.of(2024, 4, 2))).isEqualTo(1);
    }

    @Test
    void aContactReceivedOnASaturdayIsDayZeroOnThatSaturdayNotOnTheMondayAfter() {
        LocalDate saturday = LocalDate.of(2025, 3, 8);

        assertThat(englandAndWales.addWorkingDays(saturday, 1)).isEqualTo(LocalDate.of(2025, 3, 10));
        assertThat(englandAndWales.addWorkingDays(saturday, 2)).isEqualTo(LocalDate.of(2025, 3, 11));
    }

    @Test
    void anAssessmentFinishedOnTheDayOfTheReferralTookNoWorkingDays() {
        LocalDate referral = LocalDate.of(2024, 12, 16);

        assertThat(englandAndWales.workingDaysBetween(referral, referral)).isZero();
        assertThat(englandAndWales.workingDaysBetween(referral, LocalDate.of(2025, 2, 20))).isEqualTo(45);
        assertThat(englandAndWales.workingDaysBetween(LocalDate.of(2025, 2, 20), referral)).isEqualTo(-45);
    }

    @Test
    void weekendsAreNeverWorkingDaysAndOrdinaryWeekdaysAre() {
        assertThat(englandAndWales.isWorkingDay(LocalDate.of(2025, 3, 8))).isFalse();
        assertThat(englandAndWales.isWorkingDay(LocalDate.of(2025, 3, 9))).isFalse();
        assertThat(englandAndWales.isWorkingDay(LocalDate.of(2025, 3, 10))).isTrue();
    }

    @Test
    void theShippedCalendarHoldsEightBankHolidaysIn2025AndSubstituteDaysIn2027() {
        assertThat(englandAndWales.holidays(2025)).hasSize(8)
                .allMatch(h -> h.source().equals(BankHoliday.GOV_UK_FEED));
        assertThat(englandAndWales.holidays(2027)).extracting(BankHoliday::title)
                .contains("Christmas Day (substitute day)", "Boxing Day (substitute day)");
        assertThat(BankHolidayFeed.shipped()).hasSize(123);
    }

    @Test
    void aCalendarBuiltFromAFixedSetOfHolidaysSkipsThem() {
        WorkingDays fixed = new WorkingDays(Set.of(LocalDate.of(2031, 3, 19)));

        assertThat(fixed.isWorkingDay(LocalDate.of(2031, 3, 19))).isFalse();
        assertThat(fixed.addWorkingDays(LocalDate.of(2031, 3, 18), 1)).isEqualTo(LocalDate.of(2031, 3, 20));
        assertThat(fixed.addWorkingDays(LocalDate.of(2024, 12, 24), 1)).isEqualTo(LocalDate.of(2024, 12, 25));
    }

    @Test
    void countingBackwardsIsRefused() {
        assertThatThrownBy(() -> englandAndWales.addWorkingDays(LocalDate.of(2025, 1, 6), -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aHolidayFileWithAWeekendDateIsRefusedNamingTheLine() {
        String csv = "date,name\n2025-12-25,Christmas Day\n2025-12-27,Not a weekday\n";

        assertThatThrownBy(() -> BankHolidayFeed.read(new BufferedReader(new StringReader(csv))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("line 3");
    }
}
