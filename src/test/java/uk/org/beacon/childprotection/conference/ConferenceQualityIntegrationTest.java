package uk.org.beacon.childprotection.conference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.org.beacon.SignedIn.as;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import uk.org.beacon.BeaconIntegrationTest;
import uk.org.beacon.calendar.WorkingDays;
import uk.org.beacon.identity.Staff;
import uk.org.beacon.identity.TeamSummary;
import uk.org.beacon.identity.Teams;
import uk.org.beacon.person.Families;
import uk.org.beacon.person.People;
import uk.org.beacon.timescales.Clocks;
import uk.org.beacon.timescales.Timescales;
import uk.org.beacon.web.RuleViolationException;

class ConferenceQualityIntegrationTest extends BeaconIntegrationTest {

    @Autowired Conferences conferences;
    @Autowired ConferenceQuality quality;
    @Autowired People people;
    @Autowired Families families;
    @Autowired Clocks clocks;
    @Autowired Timescales timescales;
    @Autowired Staff staff;
    @Autowired Teams teams;
    @Autowired WorkingDays workingDays;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;

    private ConferenceDetails held(ConferenceTestData data, String given, UUID team, boolean policeAttends, boolean gpReport) {
        LocalDate today = conferences.today();
        LocalDate heldOn = workingDays.isWorkingDay(today) ? today : ConferenceTestData.workingDaysBefore(workingDays, today, 1);
        var c = data.concludedEnquiry(given, "Quillfeather", LocalDate.of(2015, 5, 5), ConferenceTestData.workingDaysBefore(workingDays, heldOn, 5));
        UUID chair = staff.findByUsername("chair").orElseThrow().id();
        return as("chair", "CP_CHAIR", () -> {
            ConferenceDetails d = conferences.arrange(c.conferenceId(), conferences.open(c.conferenceId()).version(), new ConferenceArrangement(
                    ConferenceTestData.nextWorkingDay(workingDays, today).atTime(LocalTime.NOON), "Civic Centre", chair, team, null,
                    List.of(c.motherId()), true, null, List.of("POLICE", "HEALTH_GP")));
            if (gpReport) {
                d = conferences.recordReport(c.conferenceId(), d.version(), "HEALTH_GP", today, today);
            }
            ConferenceDetails arranged = d;
            d = conferences.recordParticipation(c.conferenceId(), d.version(), arranged.invitees().stream().map(i -> new Participation(i.id(),
                    "POLICE".equals(i.agency()) && !policeAttends ? "APOLOGIES" : "ATTENDED", i.child() ? "VIEWS_THROUGH_WORKER" : null, null, false,
                    null, false)).toList());
            return conferences.recordDecision(c.conferenceId(), d.version(), new ConferenceDecision(heldOn, true, "EMO",
                    "Domestic abuse witnessed at home", "Mother has left and moved to a refuge", "Emotional harm from witnessing abuse is likely.",
                    null, null, null, null, null));
        });
    }

    @Test
    void theChairsScoresAddUpByTheSocialWorkTeamAndEachAgencysContributionByAgency() {
        var data = new ConferenceTestData(people, families, clocks, timescales, events, transactions, jdbc);
        UUID service = as("admin", "ADMINISTRATOR", () -> teams.services().get(0).id());
        String code = "QA" + Long.toString(System.nanoTime() % 100_000_000L, 36).toUpperCase();
        TeamSummary team = as("admin", "ADMINISTRATOR", () -> teams.createTeam(service, code, "Quality test team " + code));
        LocalDate today = conferences.today();
        LocalDate from = today.minusDays(10);
        var policeBefore = police(from, today);

        ConferenceDetails first = held(data, "Wren", team.id(), true, true);
        ConferenceDetails second = held(data, "Finch", team.id(), false, false);
        as("chair", "CP_CHAIR", () -> quality.record(first.id(), new QualityScores(4, 3, 4, 2, 3, 4, "Good multi-agency plan", null)));
        as("chair", "CP_CHAIR", () -> quality.record(second.id(), new QualityScores(2, 1, 2, 2, 1, 2, null, null)));
        assertThatThrownBy(() -> as("chair", "CP_CHAIR", () -> quality.record(second.id(), new QualityScores(4, 4, 4, 4, 4, 4, null, null))))
                .satisfies(e -> assertThat(((RuleViolationException) e).fieldErrors())
                        .containsEntry("quality", "The quality form for this conference has already been recorded"));
        assertThatThrownBy(() -> as("chair", "CP_CHAIR", () -> quality.record(first.id(), new QualityScores(5, null, 4, 4, 4, 4, null, null))))
                .satisfies(e -> assertThat(((RuleViolationException) e).fieldErrors()).containsKeys("agencyTimeliness", "socialWorkReportQuality"));

        QualityAggregate mine = as("quality", "QUALITY_PERFORMANCE", () -> quality.byTeam(from, today)).stream()
                .filter(a -> a.group().equals(team.name())).findFirst().orElseThrow();
        assertThat(mine.forms()).isEqualTo(2);
        assertThat(mine.agencyTimeliness()).isEqualTo(3.0);
        assertThat(mine.socialWorkReportQuality()).isEqualTo(2.0);
        assertThat(mine.planQuality()).isEqualTo(3.0);
        assertThat(mine.overall()).isEqualTo((3.0 + 2.0 + 3.0 + 2.0 + 2.0 + 3.0) / 6);

        var policeAfter = police(from, today);
        assertThat(policeAfter.invited() - policeBefore.invited()).isEqualTo(2);
        assertThat(policeAfter.attended() - policeBefore.attended()).isEqualTo(1);
        assertThat(policeAfter.apologies() - policeBefore.apologies()).isEqualTo(1);
        assertThat(policeAfter.reportsRequested() - policeBefore.reportsRequested()).isEqualTo(2);
        assertThat(policeAfter.reportsReceived() - policeBefore.reportsReceived()).isZero();
    }

    private AgencyContribution police(LocalDate from, LocalDate to) {
        return as("quality", "QUALITY_PERFORMANCE", () -> quality.byAgency(from, to)).stream().filter(a -> a.agency().equals("POLICE"))
                .findFirst().orElse(new AgencyContribution("POLICE", "Police", 0, 0, 0, 0, 0, 0));
    }
}
