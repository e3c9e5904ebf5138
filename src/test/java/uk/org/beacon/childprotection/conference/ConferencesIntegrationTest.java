package uk.org.beacon.childprotection.conference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.org.beacon.SignedIn.as;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import uk.org.beacon.BeaconIntegrationTest;
import uk.org.beacon.SignedIn;
import uk.org.beacon.calendar.WorkingDays;
import uk.org.beacon.childprotection.Section47EnquiryConcluded;
import uk.org.beacon.childprotection.Section47Outcome;
import uk.org.beacon.identity.Staff;
import uk.org.beacon.person.Families;
import uk.org.beacon.person.People;
import uk.org.beacon.timescales.ClockState;
import uk.org.beacon.timescales.ClockSummary;
import uk.org.beacon.timescales.Clocks;
import uk.org.beacon.timescales.Timescales;
import uk.org.beacon.web.RuleViolationException;

class ConferencesIntegrationTest extends BeaconIntegrationTest {

    @Autowired Conferences conferences;
    @Autowired People people;
    @Autowired Families families;
    @Autowired Clocks clocks;
    @Autowired Timescales timescales;
    @Autowired Staff staff;
    @Autowired WorkingDays workingDays;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;

    private ConferenceTestData data;
    private UUID chair;

    @BeforeEach
    void setUp() {
        data = new ConferenceTestData(people, families, clocks, timescales, events, transactions, jdbc);
        chair = staff.findByUsername("chair").orElseThrow().id();
    }

    private LocalDate today() {
        return conferences.today();
    }

    private ConferenceDetails arranged(ConferenceTestData.Case c) {
        LocalDateTime when = ConferenceTestData.nextWorkingDay(workingDays, today()).atTime(LocalTime.of(10, 0));
        return as("chair", "CP_CHAIR", () -> {
            ConferenceDetails open = conferences.open(c.conferenceId());
            return conferences.arrange(c.conferenceId(), open.version(), new ConferenceArrangement(when, "Civic Centre, room 2", chair, null,
                    null, List.of(c.motherId(), c.fatherId()), true, null, List.of("POLICE", "HEALTH_GP", "EDUCATION")));
        });
    }

    @Test
    void aConcludedEnquiryThatNeedsAConferenceSchedulesOneToBeArrangedByItsT5DueDate() {
        LocalDate strategy = ConferenceTestData.workingDaysBefore(workingDays, today(), 3);
        var c = data.concludedEnquiry("Poppy", "Harrowgate", LocalDate.of(2016, 4, 2), strategy);
        ConferenceDetails conference = as("chair", "CP_CHAIR", () -> conferences.open(c.conferenceId()));
        assertThat(conference.status()).isEqualTo(ConferenceStatus.TO_BE_ARRANGED);
        assertThat(conference.dueOn()).isEqualTo(workingDays.addWorkingDays(strategy, 15)).isEqualTo(c.dueOn());
        assertThat(as("chair", "CP_CHAIR", () -> conferences.toBeArranged())).extracting(ConferenceSummary::id).contains(c.conferenceId());

        UUID noConference = UUID.randomUUID();
        transactions.executeWithoutResult(s -> events.publishEvent(new Section47EnquiryConcluded(noConference, c.childId(), null, strategy,
                today(), Section47Outcome.NOT_SUBSTANTIATED, null)));
        data.awaitDelivery();
        assertThat(data.conferenceOf(noConference)).isNull();
    }

    @Test
    void arrangingInvitesTheParentsTheChildByAgeWithAdvocacyAndTheAgenciesAskingEachForAReport() {
        var c = data.concludedEnquiry("Idris", "Penhallow", today().minusYears(9), ConferenceTestData.workingDaysBefore(workingDays, today(), 4));
        assertThat(as("chair", "CP_CHAIR", () -> conferences.familyToInvite(c.childId()))).extracting(r -> r.relativeId())
                .containsExactlyInAnyOrder(c.motherId(), c.fatherId());
        ConferenceDetails conference = arranged(c);
        assertThat(conference.status()).isEqualTo(ConferenceStatus.SCHEDULED);
        assertThat(conference.chairName()).isEqualTo("Casey Chair");
        var child = conference.invitees().stream().filter(ConferenceDetails.Invitee::child).findFirst().orElseThrow();
        assertThat(child.invitationStyle()).isEqualTo(InvitationStyle.CHILD_FRIENDLY_LETTER);
        assertThat(child.advocacyOffered()).isTrue();
        assertThat(conference.invitees()).filteredOn(ConferenceDetails.Invitee::parent).extracting(ConferenceDetails.Invitee::relationship)
                .containsExactlyInAnyOrder("Mother", "Father");
        assertThat(conference.reports()).extracting(ConferenceDetails.AgencyReport::agency).containsExactly("POLICE", "HEALTH_GP", "EDUCATION");
        assertThat(conference.missingReports()).isEqualTo(3);
    }

    @Test
    void aConferenceAtAWeekendOrOnABankHolidayOrInThePastIsRefusedWithTheReason() {
        var c = data.concludedEnquiry("Seren", "Talbot", LocalDate.of(2014, 1, 9), ConferenceTestData.workingDaysBefore(workingDays, today(), 2));
        LocalDate saturday = today().with(TemporalAdjusters.next(DayOfWeek.SATURDAY));
        assertThatThrownBy(() -> as("chair", "CP_CHAIR", () -> conferences.arrange(c.conferenceId(), 0, new ConferenceArrangement(
                saturday.atTime(10, 0), "Civic Centre", chair, null, null, List.of(), true, null, List.of("POLICE")))))
                .isInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(((RuleViolationException) e).fieldErrors().get("scheduledFor")).contains("at a weekend"));
        LocalDate holiday = workingDays.holidays(today().getYear() + 1).get(0).date();
        while (holiday.getDayOfWeek() == DayOfWeek.SATURDAY || holiday.getDayOfWeek() == DayOfWeek.SUNDAY) {
            holiday = workingDays.holidays(today().getYear() + 1).get(1).date();
        }
        LocalDate bankHoliday = holiday;
        assertThatThrownBy(() -> as("chair", "CP_CHAIR", () -> conferences.arrange(c.conferenceId(), 0, new ConferenceArrangement(
                bankHoliday.atTime(10, 0), "Civic Centre", chair, null, null, List.of(), true, null, List.of("POLICE")))))
                .satisfies(e -> assertThat(((RuleViolationException) e).fieldErrors().get("scheduledFor")).contains("bank holiday"));
        LocalDate past = ConferenceTestData.workingDaysBefore(workingDays, today(), 1);
        assertThatThrownBy(() -> as("chair", "CP_CHAIR", () -> conferences.arrange(c.conferenceId(), 0, new ConferenceArrangement(
                past.atTime(10, 0), " ", null, null, null, List.of(), false, null, List.of()))))
                .satisfies(e -> assertThat(((RuleViolationException) e).fieldErrors()).containsKeys("scheduledFor", "venue", "chairId",
                        "childNotInvitedReason", "agencies"));
    }

    @Test
    void aLateConferenceStopsT5OnTheDayItWasHeldWithTheChairsReasonAndAPlanNeedsACategory() {
        LocalDate strategy = ConferenceTestData.workingDaysBefore(workingDays, today(), 20);
        var c = data.concludedEnquiry("Maisie", "Crowther", LocalDate.of(2019, 6, 6), strategy);
        ConferenceDetails conference = arranged(c);
        LocalDate heldOn = workingDays.isWorkingDay(today()) ? today() : ConferenceTestData.workingDaysBefore(workingDays, today(), 1);
        assertThat(as("chair", "CP_CHAIR", () -> conferences.lateIfHeldOn(c.conferenceId(), heldOn))).isTrue();

        ConferenceDecision noCategory = new ConferenceDecision(heldOn, true, null, "Neglect of basic care and supervision",
                "Maternal grandmother visits daily", "Maisie is likely to suffer significant harm through neglect without a plan.",
                "The manager agrees a plan is needed", null, null, null, null);
        assertThatThrownBy(() -> as("chair", "CP_CHAIR", () -> conferences.recordDecision(c.conferenceId(), conference.version(), noCategory)))
                .satisfies(e -> assertThat(((RuleViolationException) e).fieldErrors())
                        .containsEntry("category", "Choose the category of abuse: a child protection plan needs one")
                        .containsKeys("lateReasonCode", "lateReasonText"));
        LocalDate beforeEnquiry = ConferenceTestData.workingDaysBefore(workingDays, strategy, 1);
        assertThatThrownBy(() -> as("chair", "CP_CHAIR", () -> conferences.recordDecision(c.conferenceId(), conference.version(),
                withHeldOn(noCategory, beforeEnquiry, "NEG"))))
                .satisfies(e -> assertThat(((RuleViolationException) e).fieldErrors().get("heldOn")).contains("section 47 enquiry began"));

        ConferenceDecision decided = new ConferenceDecision(heldOn, true, "NEG", noCategory.risksSummary(), noCategory.strengthsSummary(),
                noCategory.chairRationale(), noCategory.managerRationale(), "Father", "He does not accept the neglect", "PARTNER_INFORMATION",
                "Police disclosure took three weeks");
        ConferenceDetails held = as("chair", "CP_CHAIR", () -> conferences.recordDecision(c.conferenceId(), conference.version(), decided));
        assertThat(held.status()).isEqualTo(ConferenceStatus.HELD);
        assertThat(held.categoryLabel()).isEqualTo("Neglect");
        ClockSummary t5 = SignedIn.as("chair", "CP_CHAIR", () -> clocks.forChild(c.childId(), today())).stream()
                .filter(k -> k.ruleId().equals("T5")).findFirst().orElseThrow();
        assertThat(t5.stoppedOn()).isEqualTo(heldOn);
        assertThat(t5.state()).isEqualTo(ClockState.MET_LATE);
        assertThat(t5.lateReasonCode()).isEqualTo("PARTNER_INFORMATION");
        assertThat(held.lateReasonText()).isEqualTo("Police disclosure took three weeks");
    }

    @Test
    void minutesAreADraftUntilTheChairFinalisesThemThenImmutableWithAmendments() {
        var c = data.concludedEnquiry("Tobias", "Quarrie", LocalDate.of(2012, 2, 2), ConferenceTestData.workingDaysBefore(workingDays, today(), 5));
        ConferenceDetails conference = arranged(c);
        ConferenceDetails drafted = as("chair", "CP_CHAIR", () -> conferences.saveMinutes(c.conferenceId(), conference.version(),
                "Present: mother, father, police, school."));
        assertThat(drafted.minutesFinal()).isFalse();
        assertThatThrownBy(() -> as("chair", "CP_CHAIR", () -> conferences.finaliseMinutes(c.conferenceId(), drafted.version())))
                .satisfies(e -> assertThat(((RuleViolationException) e).fieldErrors())
                        .containsEntry("minutes", "Record the conference's decision before finalising the minutes"));
        LocalDate heldOn = workingDays.isWorkingDay(today()) ? today() : ConferenceTestData.workingDaysBefore(workingDays, today(), 1);
        ConferenceDetails held = as("chair", "CP_CHAIR", () -> conferences.recordDecision(c.conferenceId(), drafted.version(),
                new ConferenceDecision(heldOn, false, null, "Risk from the father's drinking has reduced", "Both parents engaged with support",
                        "Risk is now managed under a child in need plan; no plan is needed.", null, null, null, null, null)));
        ConferenceDetails finalised = as("chair", "CP_CHAIR", () -> conferences.finaliseMinutes(c.conferenceId(), held.version()));
        assertThat(finalised.minutesFinal()).isTrue();
        assertThatThrownBy(() -> as("chair", "CP_CHAIR", () -> conferences.saveMinutes(c.conferenceId(), finalised.version(), "Changed")))
                .satisfies(e -> assertThat(((RuleViolationException) e).fieldErrors().get("minutes")).contains("final"));
        assertThatThrownBy(() -> jdbc.sql("UPDATE childprotection.conference SET minutes = 'x' WHERE id = :id").param("id", c.conferenceId())
                .update()).hasMessageContaining("The minutes of this conference are final");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM childprotection.conference WHERE id = :id").param("id", c.conferenceId()).update())
                .hasMessageContaining("never deleted");
        ConferenceDetails amended = as("chair", "CP_CHAIR", () -> conferences.amend(c.conferenceId(), "The school nurse also attended.",
                "Attendance list was incomplete"));
        assertThat(amended.amendments()).extracting(ConferenceDetails.Amendment::body).containsExactly("The school nurse also attended.");
        assertThat(amended.minutes()).isEqualTo("Present: mother, father, police, school.");
    }

    @Test
    void aReportReceivedAndSharedIsNoLongerMissingAndParticipationIsRecordedPerInvitee() {
        var c = data.concludedEnquiry("Amara", "Oyelaran", LocalDate.of(2020, 9, 9), ConferenceTestData.workingDaysBefore(workingDays, today(), 3));
        ConferenceDetails conference = arranged(c);
        ConferenceDetails reported = as("social.worker", "SOCIAL_WORKER", () -> conferences.recordReport(c.conferenceId(), conference.version(),
                "HEALTH_GP", today(), today()));
        assertThat(reported.reports()).filteredOn(r -> r.agency().equals("HEALTH_GP")).singleElement()
                .satisfies(r -> assertThat(r.missing()).isFalse());
        assertThat(reported.missingReports()).isEqualTo(2);
        assertThatThrownBy(() -> as("social.worker", "SOCIAL_WORKER", () -> conferences.recordReport(c.conferenceId(), reported.version(),
                "POLICE", today(), today().minusDays(1))))
                .satisfies(e -> assertThat(((RuleViolationException) e).fieldErrors()).containsKey("sharedWithParentsOn"));

        var child = reported.invitees().stream().filter(ConferenceDetails.Invitee::child).findFirst().orElseThrow();
        var police = reported.invitees().stream().filter(i -> "POLICE".equals(i.agency())).findFirst().orElseThrow();
        assertThatThrownBy(() -> as("chair", "CP_CHAIR", () -> conferences.recordParticipation(c.conferenceId(), reported.version(), List.of(
                new Participation(child.id(), null, "NOT_INVITED", " ", false, null, false),
                new Participation(police.id(), null, null, null, false, null, false)))))
                .satisfies(e -> assertThat(((RuleViolationException) e).fieldErrors()).containsKeys("notInvitedReason-" + child.id(),
                        "attendance-" + police.id()));
        ConferenceDetails recorded = as("chair", "CP_CHAIR", () -> conferences.recordParticipation(c.conferenceId(), reported.version(), List.of(
                new Participation(child.id(), null, "ADVOCATE", null, true, "Jo Advocate", false),
                new Participation(police.id(), "APOLOGIES", null, null, false, null, false))));
        assertThat(recorded.invitees()).filteredOn(ConferenceDetails.Invitee::child).singleElement()
                .satisfies(i -> assertThat(i.advocateUsed()).isTrue());
        assertThat(recorded.invitees()).filteredOn(i -> "POLICE".equals(i.agency())).singleElement()
                .satisfies(i -> assertThat(i.attendance()).isEqualTo("APOLOGIES"));
    }

    private static ConferenceDecision withHeldOn(ConferenceDecision d, LocalDate heldOn, String category) {
        return new ConferenceDecision(heldOn, d.planDecided(), category, d.risksSummary(), d.strengthsSummary(), d.chairRationale(),
                d.managerRationale(), d.dissentBy(), d.dissent(), "OTHER", "Late");
    }

}
