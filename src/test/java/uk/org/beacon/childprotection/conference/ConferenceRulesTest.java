package uk.org.beacon.childprotection.conference;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.org.beacon.calendar.WorkingDays;
import uk.org.beacon.codes.CodeSet;

class ConferenceRulesTest {

    private final WorkingDays workingDays = WorkingDays.englandAndWales();
    private final CodeSet categories = new uk.org.beacon.codes.Codes().abuseCategory();
    private static final LocalDate TODAY = LocalDate.of(2026, 5, 20);

    @Test
    void theInitialConferenceIsDueFifteenWorkingDaysAfterTheStrategyDiscussionSkippingTheEarlyMayBankHoliday() {
        // Mon 27 April 2026; Mon 4 May is a bank holiday, so the 15th working day is Tue 19 May, not Mon 18 May
        assertThat(ConferenceRules.initialConferenceDue(workingDays, LocalDate.of(2026, 4, 27), 15)).isEqualTo(LocalDate.of(2026, 5, 19));
    }

    @Test
    void theInitialConferenceIsDueFifteenWorkingDaysAfterAStrategyDiscussionBeforeChristmasSkippingThreeBankHolidays() {
        // Thu 18 December 2025: Christmas Day, Boxing Day and New Year's Day do not count
        assertThat(ConferenceRules.initialConferenceDue(workingDays, LocalDate.of(2025, 12, 18), 15)).isEqualTo(LocalDate.of(2026, 1, 13));
    }

    @Test
    void aConferenceAtAWeekendIsRefusedWithTheReason() {
        var errors = ConferenceRules.checkArrangement(workingDays, LocalDateTime.of(2026, 5, 23, 10, 0), LocalDate.of(2026, 5, 1), TODAY, true);
        assertThat(errors).containsEntry("scheduledFor",
                "A conference cannot be held at a weekend: 23 May 2026 is a Saturday. Choose a working day");
    }

    @Test
    void aConferenceOnABankHolidayIsRefusedNamingTheHoliday() {
        var errors = ConferenceRules.checkArrangement(workingDays, LocalDateTime.of(2026, 5, 25, 10, 0), LocalDate.of(2026, 5, 1), TODAY, true);
        assertThat(errors.get("scheduledFor")).startsWith("A conference cannot be held on a bank holiday: 25 May 2026 is Spring bank holiday");
    }

    @Test
    void aConferenceBeforeTheEnquiryBeganIsRefused() {
        var errors = ConferenceRules.checkDecision(workingDays, decision(LocalDate.of(2026, 5, 11), true, "NEG"), LocalDate.of(2026, 5, 12),
                TODAY, categories);
        assertThat(errors).containsEntry("heldOn", "The conference must be on or after the day the section 47 enquiry began (12 May 2026)");
    }

    @Test
    void aConferenceArrangedInThePastOrWithoutAChairIsRefused() {
        var errors = ConferenceRules.checkArrangement(workingDays, LocalDateTime.of(2026, 5, 19, 10, 0), LocalDate.of(2026, 5, 1), TODAY, false);
        assertThat(errors).containsEntry("scheduledFor", "The conference must be arranged for today or a later day")
                .containsEntry("chairId", "Choose a child protection chair");
        assertThat(ConferenceRules.checkArrangement(workingDays, LocalDateTime.of(2026, 5, 21, 10, 0), LocalDate.of(2026, 5, 1), TODAY, true))
                .isEmpty();
    }

    @Test
    void aPlanNeedsACategoryOfAbuseButNoPlanNeedsNone() {
        assertThat(ConferenceRules.checkDecision(workingDays, decision(LocalDate.of(2026, 5, 19), true, null), LocalDate.of(2026, 5, 1), TODAY,
                categories)).containsEntry("category", "Choose the category of abuse: a child protection plan needs one");
        assertThat(ConferenceRules.checkDecision(workingDays, decision(LocalDate.of(2026, 5, 19), true, "XYZ"), LocalDate.of(2026, 5, 1), TODAY,
                categories)).containsEntry("category", "Choose a category of abuse from the list");
        assertThat(ConferenceRules.checkDecision(workingDays, decision(LocalDate.of(2026, 5, 19), false, null), LocalDate.of(2026, 5, 1), TODAY,
                categories)).isEmpty();
    }

    @Test
    void theDecisionNeedsTheChairsRationaleAndDissentNeedsWhoAndWhat() {
        var d = new ConferenceDecision(LocalDate.of(2026, 5, 19), true, "EMO", "Risks", "Strengths", "Too short", null, "Father", " ", null, null);
        assertThat(ConferenceRules.checkDecision(workingDays, d, LocalDate.of(2026, 5, 1), TODAY, categories))
                .containsKeys("chairRationale", "dissent").doesNotContainKey("dissentBy");
    }

    @Test
    void aReportCountsAsSharedInAdvanceOnlyWhenTheParentsHadItTheSettingsWorkingDaysBefore() {
        LocalDate conference = LocalDate.of(2026, 5, 6); // Wednesday after the early May bank holiday
        assertThat(ConferenceRules.sharedInAdvance(workingDays, LocalDate.of(2026, 5, 1), conference, 2)).isTrue(); // Fri: Tue, Wed count
        assertThat(ConferenceRules.sharedInAdvance(workingDays, LocalDate.of(2026, 5, 5), conference, 2)).isFalse(); // the day before
        assertThat(ConferenceRules.sharedInAdvance(workingDays, LocalDate.of(2026, 5, 1), conference, 3)).isFalse(); // a stricter setting
        assertThat(ConferenceRules.sharedInAdvance(workingDays, null, conference, 2)).isFalse();
    }

    @Test
    void theChildsInvitationFollowsTheirAge() {
        assertThat(List.of(5, 7, 8, 11, 12, 16).stream().map(ConferenceRules::invitationStyle).toList()).containsExactly(
                InvitationStyle.THROUGH_PARENTS_OR_ADVOCATE, InvitationStyle.THROUGH_PARENTS_OR_ADVOCATE, InvitationStyle.CHILD_FRIENDLY_LETTER,
                InvitationStyle.CHILD_FRIENDLY_LETTER, InvitationStyle.YOUNG_PERSONS_LETTER, InvitationStyle.YOUNG_PERSONS_LETTER);
    }

    private static ConferenceDecision decision(LocalDate heldOn, boolean plan, String category) {
        return new ConferenceDecision(heldOn, plan, category, "Neglect of basic care", "Grandmother visits daily",
                "Significant harm from neglect is likely without a plan", null, null, null, null, null);
    }

}
