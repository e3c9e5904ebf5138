package uk.org.beacon.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.org.beacon.SignedIn.as;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.org.beacon.PinnedClock;
import uk.org.beacon.assessment.AssessmentContent;
import uk.org.beacon.assessment.AssessmentDetails;
import uk.org.beacon.assessment.AssessmentOutcome;
import uk.org.beacon.assessment.Assessments;
import uk.org.beacon.calendar.WorkingDays;
import uk.org.beacon.casework.Allocations;
import uk.org.beacon.frontdoor.Channel;
import uk.org.beacon.frontdoor.Consent;
import uk.org.beacon.frontdoor.ContactDetails;
import uk.org.beacon.frontdoor.ContactRecord;
import uk.org.beacon.frontdoor.Contacts;
import uk.org.beacon.frontdoor.ReferralSummary;
import uk.org.beacon.frontdoor.RequestType;
import uk.org.beacon.frontdoor.ScreeningDecision;
import uk.org.beacon.frontdoor.Urgency;
import uk.org.beacon.identity.Staff;
import uk.org.beacon.identity.Teams;
import uk.org.beacon.person.People;

/**
 * Assessment timeliness on a fixed cohort, counted by hand: ASSESSMENTS_IN_TIME and ASSESSMENT_MEDIAN_DAYS
 * (working days from the referral to the manager's authorisation, over the assessments authorised in the
 * financial year) and T2_IN_TIME and T2_MEDIAN_DAYS (the same journeys read from the T2 clock). Beacon's
 * clock is pinned to Tuesday 31 March 2026, the last day of 2025-26, so the dates are fixed whatever day the
 * test runs. Day 0 is the referral day; bank holidays in the window: 25 and 26 December 2025, 1 January 2026.
 */
class AssessmentTimelinessMeasuresTest extends MeasureIntegrationTest {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final LocalDate AS_AT = LocalDate.of(2026, 3, 31);

    @Autowired PinnedClock clock;
    @Autowired Teams teams;
    @Autowired Staff staff;
    @Autowired People people;
    @Autowired Contacts contacts;
    @Autowired Assessments assessments;
    @Autowired Allocations allocations;
    @Autowired WorkingDays workingDays;

    /** One child's assessment: the assessment's id and the T2 clock's subject (the referral). */
    record Assessed(UUID child, UUID assessment, UUID referral) {}

    @Test
    void assessmentsAndT2ClocksCountWorkingDaysFromTheReferralToAuthorisationWithBankHolidaysLeftOut() {
        clock.pin(AS_AT, LocalTime.of(17, 0));
        PerformanceTestData.TestTeam t = PerformanceTestData.team(teams, staff, "Assessment timeliness team");

        // IN, exactly on time: referred Monday 5 January 2026, authorised Monday 9 March 2026 = 9 whole weeks with no bank
        // holiday = 45 working days (T2 due that very day). 45 <= 45, and the clock stops on its due date.
        Assessed exactly45 = assess(t, "Ada", LocalDate.of(2026, 1, 5), LocalDate.of(2026, 3, 9));
        // OUT of the numerator (late): referred Tuesday 6 January, authorised Wednesday 11 March = 9 weeks and a day = 46.
        Assessed day46 = assess(t, "Ben", LocalDate.of(2026, 1, 6), LocalDate.of(2026, 3, 11));
        // IN, over Christmas: referred Monday 15 December 2025, authorised Friday 9 January 2026: 25 calendar days, 19 weekdays,
        // but 16 working days: 16-19 Dec (4), 22-24 Dec (3; 25 and 26 are bank holidays), 29-31 Dec (3), 2 Jan (1; 1 Jan is a bank
        // holiday), 5-9 Jan (5) = 16.
        Assessed christmas = assess(t, "Cal", LocalDate.of(2025, 12, 15), LocalDate.of(2026, 1, 9));
        // IN: referred Monday 2 March 2026, authorised Monday 16 March = two weeks = 10 working days.
        Assessed quick = assess(t, "Dot", LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 16));
        // OUT of the period: referred Monday 3 March 2025, authorised Monday 31 March 2025 (20 working days), the last day of 2024-25.
        Assessed lastYear = assess(t, "Eve", LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 31));
        // OUT: referred Monday 16 March 2026, submitted but not authorised by 31 March (no authorisation date, not completed).
        Assessed waiting = assess(t, "Fay", LocalDate.of(2026, 3, 16), null);

        // the hand counts above agree with Beacon's calendar (a guard on the arithmetic, not the figure under test)
        assertThat(workingDays.workingDaysBetween(LocalDate.of(2025, 12, 15), LocalDate.of(2026, 1, 9))).isEqualTo(16);
        assertThat(ChronoUnit.DAYS.between(LocalDate.of(2025, 12, 15), LocalDate.of(2026, 1, 9))).isEqualTo(25);

        Level team = Level.team(t.team().id());

        // ASSESSMENTS_IN_TIME (financial year 1 April 2025 to 31 March 2026): denominator = Ada, Ben, Cal, Dot = 4 (Eve authorised
        // in 2024-25, Fay not authorised); numerator = Ada (45), Cal (16), Dot (10) = 3; 3/4 = 75.0%.
        Measure inTime = measure("ASSESSMENTS_IN_TIME");
        MeasureResult assessed = result(inTime, team, AS_AT);
        assertThat(assessed.period().from()).isEqualTo(LocalDate.of(2025, 4, 1));
        assertThat(fraction(assessed)).isEqualTo("3/4");
        assertThat(assessed.value()).isEqualByComparingTo("75.0");
        // the list behind the figure is those items, each with its working days
        assertThat(values(items(inTime, team, AS_AT, true))).isEqualTo(Map.of(exactly45.assessment(), 45, day46.assessment(), 46,
                christmas.assessment(), 16, quick.assessment(), 10));
        List<MeasureItem> onTime = items(inTime, team, AS_AT, false);
        assertThat(onTime).hasSize((int) assessed.numerator()).extracting(MeasureItem::itemId)
                .containsExactlyInAnyOrder(exactly45.assessment(), christmas.assessment(), quick.assessment());
        assertThat(items(inTime, team, AS_AT, true)).hasSize((int) assessed.denominator())
                .extracting(MeasureItem::itemId).doesNotContain(lastYear.assessment(), waiting.assessment());

        // ASSESSMENT_MEDIAN_DAYS: the median of 10, 16, 45, 46 = (16 + 45) / 2 = 30.5 over 4 assessments.
        Measure median = measure("ASSESSMENT_MEDIAN_DAYS");
        MeasureResult medianDays = result(median, team, AS_AT);
        assertThat(medianDays.numerator()).isEqualTo(4);
        assertThat(medianDays.value()).isEqualByComparingTo("30.5");
        assertThat(items(median, team, AS_AT, false)).hasSize(4);

        // T2_IN_TIME: the same four clocks stopped in the year (Eve's stopped in 2024-25, Fay's still running); Ben's was late.
        // Team by the lead allocation on the day (every child allocated to the team's first worker on the referral day).
        Measure t2 = measure("T2_IN_TIME");
        MeasureResult clocks = result(t2, team, AS_AT);
        assertThat(fraction(clocks)).isEqualTo("3/4");
        assertThat(clocks.value()).isEqualByComparingTo("75.0");
        assertThat(items(t2, team, AS_AT, true)).hasSize(4).extracting(MeasureItem::childId)
                .containsExactlyInAnyOrder(exactly45.child(), day46.child(), christmas.child(), quick.child());
        assertThat(items(t2, team, AS_AT, false)).hasSize(3).extracting(MeasureItem::childId)
                .containsExactlyInAnyOrder(exactly45.child(), christmas.child(), quick.child());
        assertThat(items(t2, team, AS_AT, true)).filteredOn(i -> i.childId().equals(christmas.child()))
                .singleElement().satisfies(i -> assertThat(i.value()).isEqualByComparingTo("16"));
        // T2_MEDIAN_DAYS: 10, 16, 45, 46 again = 30.5
        Measure t2Median = measure("T2_MEDIAN_DAYS");
        MeasureResult t2Days = result(t2Median, team, AS_AT);
        assertThat(t2Days.numerator()).isEqualTo(4);
        assertThat(t2Days.value()).isEqualByComparingTo("30.5");
        assertThat(items(t2Median, team, AS_AT, false)).hasSize(4);

        // As at Thursday 12 March 2026 (same financial year): Cal (9 Jan), Ada (9 Mar) and Ben (11 Mar) had been authorised,
        // Dot (16 Mar) had not: 2 of 3 in time = 66.7%, median of 16, 45, 46 = 45.
        LocalDate earlier = LocalDate.of(2026, 3, 12);
        MeasureResult then = result(inTime, team, earlier);
        assertThat(fraction(then)).isEqualTo("2/3");
        assertThat(then.value()).isEqualByComparingTo("66.7");
        assertThat(result(median, team, earlier).value()).isEqualByComparingTo("45.0");
        assertThat(fraction(result(t2, team, earlier))).isEqualTo("2/3");
        assertThat(result(t2Median, team, earlier).value()).isEqualByComparingTo("45.0");
        assertThat(items(inTime, team, earlier, true)).extracting(MeasureItem::itemId)
                .containsExactlyInAnyOrder(exactly45.assessment(), day46.assessment(), christmas.assessment());
        // and the board's trend point for the end of February is what "as at 28 February" gives: Cal alone, 1/1
        assertThat(assessed.trend().get(10).period().asAt()).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(assessed.trend().get(10).numerator() + "/" + assessed.trend().get(10).denominator()).isEqualTo("1/1");

        // the child's level: Ben alone, 0 of 1
        assertThat(fraction(result(inTime, Level.child(day46.child()), AS_AT))).isEqualTo("0/1");
    }

    /**
     * A child referred on {@code referralDay} (a school's call at 9am, the manager deciding on an assessment an hour later),
     * allocated to the team's first worker that day, who starts the assessment that day and submits it; the team's manager
     * authorises it on {@code authorisedOn} (with a late reason when T2 says it is late), or leaves it waiting when null.
     */
    private Assessed assess(PerformanceTestData.TestTeam t, String given, LocalDate referralDay, LocalDate authorisedOn) {
        UUID child = PerformanceTestData.child(people, given, "Timeliness");
        LocalDate born = LocalDate.of(2016, 5, 4);
        ContactDetails contact = as("screener", "SCREENER", () -> contacts.record(new ContactRecord(
                referralDay.atTime(9, 0).atZone(UK).toInstant(), Channel.PHONE, "2A", child, given, "Timeliness", born, "DM1 2AB",
                "12 Test Street", Set.of("NEGLECT"), "The school reports the child is often hungry and unkempt.", null, Consent.GIVEN, null,
                RequestType.SERVICE, Urgency.ROUTINE, "Ms Example Teacher", "Northgate Academy", "Designated safeguarding lead",
                "01632 960 001", null, null, null, false)));
        as("manager", "TEAM_MANAGER", () -> contacts.decide(contact.id(), contact.version(), ScreeningDecision.REFERRAL_FOR_ASSESSMENT,
                "Persistent signs of neglect: a child and family assessment is needed.", null,
                referralDay.atTime(10, 0).atZone(UK).toInstant()));
        ReferralSummary referral = as("social.worker", "SOCIAL_WORKER", () -> contacts.referralsFor(child)).get(0);
        assertThat(referral.referralDate()).isEqualTo(referralDay);
        String manager = t.manager().username();
        String worker = t.first().username();
        as(manager, "TEAM_MANAGER", () -> allocations.allocate(child, 0, t.first().id(), referralDay, "Assessment"));
        AssessmentDetails started = as(worker, "SOCIAL_WORKER", () -> assessments.start(child, referral.id(), referralDay));
        AssessmentDetails drafted = as(worker, "SOCIAL_WORKER", () -> assessments.saveDraft(started.id(), started.version(),
                new AssessmentContent(referralDay, referralDay, null, "\"I get hungry at school.\"", "Mother wants help with routines.",
                        "Missed meals.", "A warm relationship with mother.", "No earlier involvement.", "No particular identity needs noted.",
                        "The child's needs are not met at home but can be with support.", "A child in need plan.", List.of("4B"),
                        AssessmentOutcome.CHILD_IN_NEED_PLAN, null, null, null)));
        AssessmentDetails submitted = as(worker, "SOCIAL_WORKER", () -> assessments.submit(drafted.id(), drafted.version()));
        if (authorisedOn != null) {
            boolean late = as(manager, "TEAM_MANAGER", () -> assessments.lateIfAuthorisedOn(submitted.id(), authorisedOn));
            as(manager, "TEAM_MANAGER", () -> assessments.authorise(submitted.id(), submitted.version(), authorisedOn,
                    "The needs are clear and the family agree with the plan.", late ? "FAMILY_UNAVAILABLE" : null,
                    late ? "The family were away for two weeks" : null));
        }
        return new Assessed(child, started.id(), referral.id());
    }

    private static Map<UUID, Integer> values(List<MeasureItem> items) {
        return items.stream().collect(Collectors.toMap(MeasureItem::itemId, i -> i.value().intValueExact()));
    }

    private static String fraction(MeasureResult r) {
        return r.numerator() + "/" + r.denominator();
    }
}
