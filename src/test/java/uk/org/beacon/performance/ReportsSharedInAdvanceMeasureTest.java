package uk.org.beacon.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.org.beacon.SignedIn.as;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import uk.org.beacon.PinnedClock;
import uk.org.beacon.calendar.WorkingDays;
import uk.org.beacon.childprotection.conference.ConferenceArrangement;
import uk.org.beacon.childprotection.conference.ConferenceDecision;
import uk.org.beacon.childprotection.conference.ConferenceDetails;
import uk.org.beacon.childprotection.conference.ConferenceTestData;
import uk.org.beacon.childprotection.conference.Conferences;
import uk.org.beacon.childprotection.conference.Participation;
import uk.org.beacon.identity.Staff;
import uk.org.beacon.identity.Teams;
import uk.org.beacon.person.Families;
import uk.org.beacon.person.People;
import uk.org.beacon.timescales.Clocks;
import uk.org.beacon.timescales.Timescales;

/**
 * Agency reports shared with parents in advance, for a fixed cohort: one conference of a fresh team,
 * three agencies asked for reports. The police report came six working days before and went to the
 * parents that day (in advance: the standard is 2 working days, timescale L2); the GP's came the
 * working day before and was shared that day (late); the school's never came (not counted).
 * So 1 of 2, 50%, red against the 90% target.
 */
class ReportsSharedInAdvanceMeasureTest extends MeasureIntegrationTest {

    @Autowired Conferences conferences;
    @Autowired Teams teams;
    @Autowired Staff staff;
    @Autowired People people;
    @Autowired Families families;
    @Autowired Clocks clocks;
    @Autowired Timescales timescales;
    @Autowired WorkingDays workingDays;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;
    @Autowired PinnedClock clock;

    @Test
    void aReportCountsAsSharedInAdvanceOnlyWhenTheParentsHadItTwoWorkingDaysBeforeTheConference() {
        LocalDate today = scorecards.today();
        LocalDate heldOn = workingDays.isWorkingDay(today) ? today : ConferenceTestData.workingDaysBefore(workingDays, today, 1);
        LocalDate sixBefore = ConferenceTestData.workingDaysBefore(workingDays, heldOn, 6);
        LocalDate dayBefore = ConferenceTestData.workingDaysBefore(workingDays, heldOn, 1);
        PerformanceTestData.TestTeam t = PerformanceTestData.team(teams, staff, "Reports shared team");
        ConferenceTestData data = new ConferenceTestData(people, families, clocks, timescales, events, transactions, jdbc);
        java.util.UUID chair = staff.findByUsername("chair").orElseThrow().id();
        java.util.UUID conference;
        try {
            clock.pin(sixBefore, LocalTime.of(9, 0));
            var c = data.concludedEnquiry("Iris", "Sharland", LocalDate.of(2014, 2, 2), ConferenceTestData.workingDaysBefore(workingDays, sixBefore, 3));
            conference = c.conferenceId();
            as("chair", "CP_CHAIR", () -> {
                ConferenceDetails d = conferences.arrange(conference, conferences.open(conference).version(), new ConferenceArrangement(
                        heldOn.atTime(LocalTime.NOON), "Civic Centre", chair, t.team().id(), null, List.of(c.motherId()), true, null,
                        List.of("POLICE", "HEALTH_GP", "EDUCATION")));
                return conferences.recordReport(conference, d.version(), "POLICE", sixBefore, sixBefore);
            });
            clock.pin(dayBefore, LocalTime.of(9, 0));
            as("chair", "CP_CHAIR", () -> conferences.recordReport(conference, conferences.open(conference).version(), "HEALTH_GP", dayBefore, dayBefore));
            clock.pin(heldOn, LocalTime.of(15, 0));
            as("chair", "CP_CHAIR", () -> {
                ConferenceDetails d = conferences.open(conference);
                d = conferences.recordParticipation(conference, d.version(), d.invitees().stream().map(i -> new Participation(i.id(), "ATTENDED",
                        i.child() ? "VIEWS_THROUGH_WORKER" : null, null, false, null, false)).toList());
                return conferences.recordDecision(conference, d.version(), new ConferenceDecision(heldOn, true, "NEG",
                        "Neglect of the children's basic care", "Grandmother visits daily", "The children are likely to suffer significant harm.",
                        null, null, null, null, null));
            });
        } finally {
            clock.release();
        }

        Measure shared = read(() -> scorecards.measure("ICPC_REPORTS_SHARED").orElseThrow());
        Level team = Level.team(t.team().id());
        MeasureResult figure = read(() -> scorecards.result(shared, team, today, null));
        assertThat(figure.numerator() + "/" + figure.denominator()).as("police in advance, GP late, school never received").isEqualTo("1/2");
        assertThat(figure.value()).isEqualByComparingTo("50.0");
        assertThat(figure.rag()).isEqualTo(Rag.RED);
        assertThat(read(() -> scorecards.items(shared, team, today, null, true)))
                .extracting(i -> i.label() + " " + i.category() + " " + i.value())
                .containsExactlyInAnyOrder("POLICE Shared in advance 6", "HEALTH_GP Shared late 1");
        assertThat(read(() -> scorecards.items(shared, team, today, null, false))).singleElement()
                .satisfies(i -> assertThat(i.childId()).isNotNull());
        assertThat(read(() -> scorecards.result(shared, team, dayBefore, null)).denominator())
                .as("as at the day before, the conference had not been held").isZero();
    }
}
