package uk.org.beacon.childprotection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.org.beacon.calendar.WorkingDays;
import uk.org.beacon.codes.Codes;

/** The section 47 rules and the T5 clock's national deadline, on the shipped England and Wales calendar. */
class Section47RulesTest {

    private final WorkingDays workingDays = WorkingDays.englandAndWales();
    private final Codes codes = new Codes();
    private final LocalDate today = LocalDate.of(2026, 3, 20);

    @Test
    void theInitialConferenceIsDueFifteenWorkingDaysAfterTheInitiatingStrategyDiscussion() {
        // Monday 2 March 2026: three working weeks later, Monday 23 March
        assertThat(Section47Rules.initialConferenceDue(workingDays, LocalDate.of(2026, 3, 2))).isEqualTo(LocalDate.of(2026, 3, 23));
    }

    @Test
    void theInitialConferenceClockSkipsTheChristmasAndNewYearBankHolidays() {
        // Wednesday 18 December 2024: 25, 26 December and 1 January are not working days, so Monday 13 January 2025
        assertThat(Section47Rules.initialConferenceDue(workingDays, LocalDate.of(2024, 12, 18))).isEqualTo(LocalDate.of(2025, 1, 13));
    }

    @Test
    void theInitialConferenceClockSkipsTheEasterBankHolidays() {
        // Thursday 26 March 2026: Good Friday 3 April and Easter Monday 6 April are skipped, so Monday 20 April
        assertThat(Section47Rules.initialConferenceDue(workingDays, LocalDate.of(2026, 3, 26))).isEqualTo(LocalDate.of(2026, 4, 20));
    }

    @Test
    void anEnquiryWithNoInitiatingStrategyDiscussionIsRefusedAtTheDiscussion() {
        assertThat(Section47Rules.checkStart(null, today, today, false).get("strategyDiscussionId"))
                .startsWith("Choose the strategy discussion that decided to start the enquiry");
    }

    @Test
    void anEnquiryStartsOnlyFromADiscussionThatDecidedOneAndNotTwice() {
        LocalDate held = LocalDate.of(2026, 3, 16);
        assertThat(Section47Rules.checkStart(new Section47Rules.Initiating(false, null, held, held), held, today, false))
                .containsEntry("strategyDiscussionId", "This strategy discussion did not decide to start a section 47 enquiry");
        assertThat(Section47Rules.checkStart(new Section47Rules.Initiating(true, UUID.randomUUID(), held, held), held, today, false))
                .containsEntry("strategyDiscussionId", "This strategy discussion has already started an enquiry");
        assertThat(Section47Rules.checkStart(new Section47Rules.Initiating(true, null, held, held), held, today, true).get("strategyDiscussionId"))
                .contains("already has a section 47 enquiry in progress");
        assertThat(Section47Rules.checkStart(new Section47Rules.Initiating(true, null, held, held), held, today, false)).isEmpty();
    }

    @Test
    void anEnquiryStartsOnOrAfterTheDiscussionAndTheReferralAndNotInTheFuture() {
        Section47Rules.Initiating d = new Section47Rules.Initiating(true, null, LocalDate.of(2026, 3, 16), LocalDate.of(2026, 3, 13));
        assertThat(Section47Rules.checkStart(d, LocalDate.of(2026, 3, 15), today, false))
                .containsEntry("startedOn", "The enquiry must start on or after the strategy discussion on 16 March 2026");
        assertThat(Section47Rules.checkStart(d, today.plusDays(1), today, false)).containsKey("startedOn");
        assertThat(Section47Rules.checkStart(d, null, today, false)).containsEntry("startedOn", "Enter the date the enquiry started");
    }

    @Test
    void anAgencyCheckSaysWhichAgencyAndWhetherItWasDone() {
        Section47StepRecord check = new Section47StepRecord(LocalDateTime.of(2026, 3, 17, 10, 0), "AGENCY_CHECK", null, null, "", false, false);
        assertThat(Section47Rules.checkStep(check, LocalDate.of(2026, 3, 16), LocalDateTime.of(2026, 3, 20, 9, 0), codes.agency()))
                .containsOnlyKeys("agency", "checkDone", "detail");
        Section47StepRecord early = ChildProtectionTestData.agencyCheck(LocalDateTime.of(2026, 3, 15, 10, 0), "POLICE", true, "PNC checked.");
        assertThat(Section47Rules.checkStep(early, LocalDate.of(2026, 3, 16), LocalDateTime.of(2026, 3, 20, 9, 0), codes.agency()))
                .containsOnlyKeys("occurredAt");
    }

    @Test
    void theLeadWorkerCannotSignOffTheirOwnEnquiryAndAManagerGivesARationale() {
        UUID lead = UUID.randomUUID();
        assertThat(Section47Rules.checkSignOff("Concerns substantiated; the conference is needed.", lead, lead).get("managerRationale"))
                .contains("cannot sign off their own");
        assertThat(Section47Rules.checkSignOff("Agreed.", UUID.randomUUID(), lead)).containsKey("managerRationale");
        assertThat(Section47Rules.checkSignOff("Agreed: the medical found no injury consistent with abuse.", UUID.randomUUID(), lead)).isEmpty();
    }

    @Test
    void anOutcomeIsRecordedThenSignedOffOrReturnedAndASignedOffEnquiryNeverChanges() {
        assertThat(Section47Rules.allowed(Section47Rules.Status.OPEN, Section47Rules.Status.AWAITING_SIGN_OFF)).isTrue();
        assertThat(Section47Rules.allowed(Section47Rules.Status.OPEN, Section47Rules.Status.CONCLUDED)).isFalse();
        assertThat(Section47Rules.allowed(Section47Rules.Status.AWAITING_SIGN_OFF, Section47Rules.Status.OPEN)).isTrue();
        assertThat(Section47Rules.allowed(Section47Rules.Status.CONCLUDED, Section47Rules.Status.OPEN)).isFalse();
        assertThat(Section47Rules.checkOutcome("MAYBE", LocalDate.of(2026, 3, 15), "short", LocalDate.of(2026, 3, 16), today))
                .containsOnlyKeys("outcome", "concludedOn", "outcomeSummary");
    }
}
