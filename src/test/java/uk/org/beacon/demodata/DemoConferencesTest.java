package uk.org.beacon.demodata;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import uk.org.beacon.BeaconIntegrationTest;
import uk.org.beacon.SignedIn;
import uk.org.beacon.calendar.WorkingDays;
import uk.org.beacon.childprotection.conference.ConferenceDetails;
import uk.org.beacon.childprotection.conference.ConferenceStatus;
import uk.org.beacon.childprotection.conference.ConferenceTestData;
import uk.org.beacon.childprotection.conference.Conferences;
import uk.org.beacon.person.Families;
import uk.org.beacon.person.People;
import uk.org.beacon.timescales.Clocks;
import uk.org.beacon.timescales.Timescales;

class DemoConferencesTest extends BeaconIntegrationTest {

    @Autowired DemoConferences demo;
    @Autowired Conferences conferences;
    @Autowired People people;
    @Autowired Families families;
    @Autowired Clocks clocks;
    @Autowired Timescales timescales;
    @Autowired WorkingDays workingDays;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;

    @Test
    void theDemoChairsArrangeAndHoldTheConferencesTheEnquiriesAskedForWithReportsParticipationAndADecision() {
        var data = new ConferenceTestData(people, families, clocks, timescales, events, transactions, jdbc);
        LocalDate today = conferences.today();
        var older = data.concludedEnquiry("Hattie", "Demoford", LocalDate.of(2014, 2, 2), ConferenceTestData.workingDaysBefore(workingDays, today, 40));
        SignedIn.run("chair", "CP_CHAIR", () -> demo.generate(new Random(7)));
        ConferenceDetails c = SignedIn.as("chair", "CP_CHAIR", () -> conferences.open(older.conferenceId()));
        assertThat(c.status()).isIn(ConferenceStatus.SCHEDULED, ConferenceStatus.HELD);
        assertThat(c.invitees()).extracting(ConferenceDetails.Invitee::kind).contains("CHILD", "PARENT", "AGENCY");
        assertThat(c.reports()).extracting(ConferenceDetails.AgencyReport::agency).contains("POLICE", "HEALTH_GP");
        if (c.held()) {
            assertThat(c.planDecided() == Boolean.FALSE || c.category() != null).isTrue();
            assertThat(c.heldOn()).isAfterOrEqualTo(older.strategyOn());
            assertThat(c.heldOn().isAfter(c.dueOn())).isEqualTo(c.lateReasonCode() != null);
        }
    }
}
