package uk.org.beacon.timescales;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import uk.org.beacon.calendar.WorkingDays;

/** Clock arithmetic and clock states, without Spring: the shipped England and Wales calendar and dates pinned in each test. */
class DeadlinesTest {

    private final Deadlines deadlines = new Deadlines(WorkingDays.englandAndWales(), ZoneId.of("Europe/London"));

    static TimescaleRule rule(String id, int amount, TimescaleUnit unit) {
        return rule(id, amount, unit, DayZero.START_DAY);
    }

    static TimescaleRule rule(String id, int amount, TimescaleUnit unit, DayZero dayZero) {
        return new TimescaleRule(id, "Test rule " + id, "Start", "Stop", amount, unit, false, true, "Test", amount, unit, null,
                dayZero, dayZero, null, 0);
    }

    @Test
    void aContactReceivedBeforeTheAugustBankHolidayWeekendNeedsADecisionByTheTuesday() {
        TimescaleRule t1a = rule("T1a", 1, TimescaleUnit.WORKING_DAYS);
        LocalDate friday = LocalDate.of(2024, 8, 23);

        assertThat(deadlines.due(t1a, friday)).isEqualTo(LocalDate.of(2024, 8, 27));
        ClockReading onTheBankHoliday = deadlines.read(t1a, friday, null, LocalDate.of(2024, 8, 26));
        assertThat(onTheBankHoliday.state()).isEqualTo(ClockState.RUNNING);
        assertThat(onTheBankHoliday.workingOrCalendarDaysRemaining()).isEqualTo(1);
        assertThat(deadlines.read(t1a, friday, null, LocalDate.of(2024, 8, 27)).state()).isEqualTo(ClockState.DUE_TODAY);
    }

    @Test
    void aContactDecidedOnTheTuesdayAfterTheBankHolidayWeekendIsInTimeAndOnTheWednesdayIsOneDayLate() {
        TimescaleRule t1a = rule("T1a", 1, TimescaleUnit.WORKING_DAYS);
        LocalDate friday = LocalDate.of(2024, 8, 23);

        ClockReading inTime = deadlines.read(t1a, friday, LocalDate.of(2024, 8, 27), LocalDate.of(2024, 9, 30));
        assertThat(inTime.state()).isEqualTo(ClockState.MET);
        assertThat(inTime.daysLate()).isZero();

        ClockReading late = deadlines.read(t1a, friday, LocalDate.of(2024, 8, 28), LocalDate.of(2024, 9, 30));
        assertThat(late.state()).isEqualTo(ClockState.MET_LATE);
        assertThat(late.daysLate()).isEqualTo(1);
        assertThat(late.workingOrCalendarDaysRemaining()).isEqualTo(-1);
    }

    @Test
    void anAssessmentNotFinishedByItsDueDateIsOverdueByTheWorkingDaysSince() {
        TimescaleRule t2 = rule("T2", 45, TimescaleUnit.WORKING_DAYS);
        LocalDate referral = LocalDate.of(2024, 12, 16);

        ClockReading overdue = deadlines.read(t2, referral, null, LocalDate.of(2025, 2, 25));
        assertThat(overdue.due()).isEqualTo(LocalDate.of(2025, 2, 20));
        assertThat(overdue.state()).isEqualTo(ClockState.OVERDUE);
        assertThat(overdue.daysLate()).isEqualTo(3);
        assertThat(overdue.workingOrCalendarDaysRemaining()).isEqualTo(-3);
    }

    @Test
    void anAssessmentFinishedLaterIsStillShownRunningAsAtADayBeforeItWasFinished() {
        TimescaleRule t2 = rule("T2", 45, TimescaleUnit.WORKING_DAYS);
        LocalDate referral = LocalDate.of(2024, 12, 16);

        ClockReading asAtJanuary = deadlines.read(t2, referral, LocalDate.of(2025, 2, 10), LocalDate.of(2025, 1, 31));
        assertThat(asAtJanuary.state()).isEqualTo(ClockState.RUNNING);
        assertThat(asAtJanuary.stoppedOn()).isNull();
        assertThat(asAtJanuary.workingOrCalendarDaysRemaining()).isEqualTo(14);

        ClockReading asAtMarch = deadlines.read(t2, referral, LocalDate.of(2025, 2, 10), LocalDate.of(2025, 3, 31));
        assertThat(asAtMarch.state()).isEqualTo(ClockState.MET);
        assertThat(asAtMarch.workingOrCalendarDaysRemaining()).isEqualTo(8);
    }

    @Test
    void anInitialConferenceHeldOnTheSaturdayAfterAFridayDeadlineIsOneWorkingDayLateNotZero() {
        TimescaleRule t5 = rule("T5", 15, TimescaleUnit.WORKING_DAYS);
        LocalDate strategyDiscussion = LocalDate.of(2025, 3, 3);
        LocalDate due = deadlines.due(t5, strategyDiscussion);

        assertThat(due).isEqualTo(LocalDate.of(2025, 3, 24));
        ClockReading saturday = deadlines.read(t5, LocalDate.of(2025, 2, 28), LocalDate.of(2025, 3, 22), LocalDate.of(2025, 3, 22));
        assertThat(saturday.due()).isEqualTo(LocalDate.of(2025, 3, 21));
        assertThat(saturday.state()).isEqualTo(ClockState.MET_LATE);
        assertThat(saturday.daysLate()).isEqualTo(1);
    }

    @Test
    void aReviewConferenceThreeMonthsAfterAnInitialConferenceOn30NovemberIsDueOnTheLastDayOfFebruary() {
        TimescaleRule t8 = rule("T8", 3, TimescaleUnit.MONTHS);

        assertThat(deadlines.due(t8, LocalDate.of(2024, 11, 30))).isEqualTo(LocalDate.of(2025, 2, 28));
        assertThat(deadlines.due(t8, LocalDate.of(2023, 11, 30))).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(deadlines.due(t8, LocalDate.of(2025, 1, 15))).isEqualTo(LocalDate.of(2025, 4, 15));
        assertThat(deadlines.due(rule("T8a", 6, TimescaleUnit.MONTHS), LocalDate.of(2025, 8, 31))).isEqualTo(LocalDate.of(2026, 2, 28));
    }

    @Test
    void aCalendarDeadlineOnAWeekendIsNotExtended() {
        TimescaleRule t7 = rule("T7", 4, TimescaleUnit.WEEKS);
        LocalDate saturdayCoreGroup = LocalDate.of(2025, 3, 1);

        assertThat(deadlines.due(t7, saturdayCoreGroup)).isEqualTo(LocalDate.of(2025, 3, 29));
        assertThat(deadlines.due(rule("T12", 1, TimescaleUnit.WEEKS), LocalDate.of(2025, 4, 18))).isEqualTo(LocalDate.of(2025, 4, 25));
    }

    @Test
    void aReviewClockCountsCalendarDaysRemainingAndLate() {
        TimescaleRule t11a = rule("T11a", 3, TimescaleUnit.MONTHS);
        LocalDate firstReview = LocalDate.of(2025, 1, 10);

        ClockReading running = deadlines.read(t11a, firstReview, null, LocalDate.of(2025, 4, 1));
        assertThat(running.due()).isEqualTo(LocalDate.of(2025, 4, 10));
        assertThat(running.workingOrCalendarDaysRemaining()).isEqualTo(9);

        ClockReading lateReview = deadlines.read(t11a, firstReview, LocalDate.of(2025, 4, 14), LocalDate.of(2025, 4, 14));
        assertThat(lateReview.state()).isEqualTo(ClockState.MET_LATE);
        assertThat(lateReview.daysLate()).isEqualTo(4);
    }

    @Test
    void aReturnHomeInterviewIsDue72HoursAfterTheReturnAllowingForTheClocksGoingForward() {
        TimescaleRule t14 = rule("T14", 72, TimescaleUnit.HOURS);

        assertThat(deadlines.dueAt(t14, LocalDateTime.of(2025, 3, 10, 10, 0))).isEqualTo(LocalDateTime.of(2025, 3, 13, 10, 0));
        assertThat(deadlines.dueAt(t14, LocalDateTime.of(2025, 3, 29, 22, 0))).isEqualTo(LocalDateTime.of(2025, 4, 1, 23, 0));
        assertThat(deadlines.due(t14, LocalDate.of(2025, 3, 10))).isEqualTo(LocalDate.of(2025, 3, 13));
    }

    @Test
    void anAuthorityCountingVisitsFromAndIncludingTheVisitDayIsOneDayStricter() {
        LocalDate mondayVisit = LocalDate.of(2025, 1, 6);

        assertThat(deadlines.due(rule("T9", 10, TimescaleUnit.WORKING_DAYS), mondayVisit)).isEqualTo(LocalDate.of(2025, 1, 20));
        assertThat(deadlines.due(rule("T9", 10, TimescaleUnit.WORKING_DAYS, DayZero.INCLUDING_START_DAY), mondayVisit))
                .isEqualTo(LocalDate.of(2025, 1, 17));
        assertThat(deadlines.due(rule("T9", 14, TimescaleUnit.CALENDAR_DAYS), mondayVisit)).isEqualTo(LocalDate.of(2025, 1, 20));
        assertThat(deadlines.due(rule("T9", 14, TimescaleUnit.CALENDAR_DAYS, DayZero.INCLUDING_START_DAY), mondayVisit))
                .isEqualTo(LocalDate.of(2025, 1, 19));
    }

    @Test
    void twentyWorkingDaysForAnInitialConferenceIsLaterThanTheNationalFifteenAndTenIsNot() {
        TimescaleRule t5 = rule("T5", 15, TimescaleUnit.WORKING_DAYS);
        LocalDate around = LocalDate.of(2025, 6, 1);

        assertThat(deadlines.later(t5, TimescaleUnit.WORKING_DAYS, 20, DayZero.START_DAY, around)).isTrue();
        assertThat(deadlines.later(t5, TimescaleUnit.WORKING_DAYS, 10, DayZero.START_DAY, around)).isFalse();
        assertThat(deadlines.later(t5, TimescaleUnit.CALENDAR_DAYS, 14, DayZero.START_DAY, around)).isFalse();
    }

    @Test
    void thirteenWeeksIsLaterThanThreeMonthsForAConferenceOn30November() {
        TimescaleRule t8 = rule("T8", 3, TimescaleUnit.MONTHS);
        LocalDate around = LocalDate.of(2025, 6, 1);

        assertThat(deadlines.later(t8, TimescaleUnit.WEEKS, 13, DayZero.START_DAY, around)).isTrue();
        assertThat(deadlines.later(t8, TimescaleUnit.WEEKS, 12, DayZero.START_DAY, around)).isFalse();
        assertThat(deadlines.later(t8, TimescaleUnit.MONTHS, 3, DayZero.INCLUDING_START_DAY, around)).isFalse();
        assertThat(deadlines.later(rule("T14", 72, TimescaleUnit.HOURS), TimescaleUnit.HOURS, 96, DayZero.START_DAY, around)).isTrue();
    }

    @Test
    void rulesAreListedInPracticeOrder() {
        assertThat(java.util.stream.Stream.of("T10", "T2", "T1a", "T12a", "T12-first-year", "T1", "T12")
                .sorted(Timescales::ruleOrder).toList())
                .containsExactly("T1", "T1a", "T2", "T10", "T12", "T12-first-year", "T12a");
    }

    @Test
    void aWorkingDayClockPausedOverEasterMovesOutOnlyByTheWorkingDaysPaused() {
        TimescaleRule t2 = rule("T2", 45, TimescaleUnit.WORKING_DAYS);
        LocalDate referral = LocalDate.of(2025, 3, 3);
        LocalDate unpaused = deadlines.due(t2, referral);
        // paused Thursday 17 April, resumed Tuesday 22 April 2025: Good Friday and Easter Monday are not working days
        java.util.List<Deadlines.Pause> pauses = java.util.List.of(new Deadlines.Pause(LocalDate.of(2025, 4, 17), LocalDate.of(2025, 4, 22)));

        Deadlines.PausedReading read = deadlines.read(t2, referral, null, pauses, LocalDate.of(2025, 4, 30));

        assertThat(read.pausedDays()).isEqualTo(5);
        assertThat(read.pausedNow()).isFalse();
        assertThat(read.reading().due()).isEqualTo(WorkingDays.englandAndWales().addWorkingDays(unpaused, 1));
    }

    @Test
    void whileAClockIsPausedItsDaysRemainingStandStill() {
        TimescaleRule t10 = rule("T10", 20, TimescaleUnit.WORKING_DAYS);
        LocalDate start = LocalDate.of(2025, 1, 6);
        java.util.List<Deadlines.Pause> pauses = java.util.List.of(new Deadlines.Pause(LocalDate.of(2025, 1, 13), null));

        Deadlines.PausedReading monday = deadlines.read(t10, start, null, pauses, LocalDate.of(2025, 1, 13));
        Deadlines.PausedReading friday = deadlines.read(t10, start, null, pauses, LocalDate.of(2025, 1, 17));

        assertThat(monday.pausedNow()).isTrue();
        assertThat(friday.reading().workingOrCalendarDaysRemaining()).isEqualTo(monday.reading().workingOrCalendarDaysRemaining());
        assertThat(friday.reading().due()).isAfter(monday.reading().due());
    }
}
