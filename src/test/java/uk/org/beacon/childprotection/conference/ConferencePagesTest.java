package uk.org.beacon.childprotection.conference;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;
import uk.org.beacon.BeaconIntegrationTest;
import uk.org.beacon.calendar.WorkingDays;
import uk.org.beacon.demodata.DemoAuthority;
import uk.org.beacon.identity.Staff;
import uk.org.beacon.person.Families;
import uk.org.beacon.person.People;
import uk.org.beacon.timescales.Clocks;
import uk.org.beacon.timescales.Timescales;

class ConferencePagesTest extends BeaconIntegrationTest {

    private static final RequestPostProcessor CHAIR = user("chair").roles("CP_CHAIR");

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

    @Test
    void aWeekendDateAndMissingAnswersAreShownAtEachFieldAndAValidArrangementRedirectsToTheConference() throws Exception {
        var data = new ConferenceTestData(people, families, clocks, timescales, events, transactions, jdbc);
        LocalDate today = conferences.today();
        var c = data.concludedEnquiry("Ottilie", "Brannigan", LocalDate.of(2013, 7, 7), ConferenceTestData.workingDaysBefore(workingDays, today, 2));
        String url = "/children/" + c.childId() + "/child-protection/conferences/" + c.conferenceId();
        mvc.perform(get(url).with(CHAIR)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Arrange the conference")))
                .andExpect(content().string(containsString("Rowan Brannigan (Mother)")));
        LocalDate saturday = today.with(TemporalAdjusters.next(DayOfWeek.SATURDAY));
        mvc.perform(post(url + "/arrange").with(CHAIR).with(csrf()).param("version", "0")
                        .param("scheduledForDay", String.valueOf(saturday.getDayOfMonth())).param("scheduledForMonth", String.valueOf(saturday.getMonthValue()))
                        .param("scheduledForYear", String.valueOf(saturday.getYear())).param("scheduledForTime", "10:00").param("venue", "")
                        .param("chairId", "").param("childInvited", "false"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("govuk-error-summary")))
                .andExpect(content().string(containsString("id=\"scheduledForDay-error\"")))
                .andExpect(content().string(containsString("A conference cannot be held at a weekend")))
                .andExpect(content().string(containsString("id=\"venue-error\"")))
                .andExpect(content().string(containsString("id=\"chairId-error\"")))
                .andExpect(content().string(containsString("id=\"childNotInvitedReason-error\"")))
                .andExpect(content().string(containsString("id=\"agencies-error\"")));
        LocalDate next = ConferenceTestData.nextWorkingDay(workingDays, today);
        mvc.perform(post(url + "/arrange").with(CHAIR).with(csrf()).param("version", "0")
                        .param("scheduledForDay", String.valueOf(next.getDayOfMonth())).param("scheduledForMonth", String.valueOf(next.getMonthValue()))
                        .param("scheduledForYear", String.valueOf(next.getYear())).param("scheduledForTime", "14:30").param("venue", "Civic Centre")
                        .param("chairId", staff.findByUsername("chair").orElseThrow().id().toString()).param("childInvited", "true")
                        .param("familyInvited", c.motherId().toString()).param("agencies", "POLICE", "HEALTH_GP"))
                .andExpect(redirectedUrl(url));
        mvc.perform(get(url).with(CHAIR)).andExpect(status().isOk())
                .andExpect(content().string(containsString("2 agency reports have not been received: Police, Health: GP")));
        mvc.perform(get("/children/" + c.childId()).with(CHAIR)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"conferences-heading\"")));
        mvc.perform(get("/my-work").with(CHAIR)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Conferences I am chairing")))
                .andExpect(content().string(containsString("Ottilie Brannigan")));
        mvc.perform(post(url + "/decision").with(CHAIR).with(csrf()).param("version", "1").param("planDecided", "true")
                        .param("heldOnDay", "").param("heldOnMonth", "").param("heldOnYear", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"heldOnDay-error\"")));
    }

    @Test
    void theApiRefusesAPlanWithoutACategoryAsAProblemWithTheFieldAndAStaleVersionAsAConflict() throws Exception {
        var data = new ConferenceTestData(people, families, clocks, timescales, events, transactions, jdbc);
        LocalDate today = conferences.today();
        var c = data.concludedEnquiry("Jasper", "Oakridge", LocalDate.of(2011, 1, 1), ConferenceTestData.workingDaysBefore(workingDays, today, 2));
        String api = "/api/v1/children/" + c.childId() + "/child-protection/conferences/" + c.conferenceId();
        LocalDate next = ConferenceTestData.nextWorkingDay(workingDays, today);
        String chair = staff.findByUsername("chair").orElseThrow().id().toString();
        mvc.perform(post(api + "/arrange").param("version", "0").with(httpBasic("chair", DemoAuthority.DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"scheduledFor\":\"" + next + "T10:00\",\"venue\":\"Civic Centre\",\"chairId\":\""
                                + chair + "\",\"familyInvited\":[],\"childInvited\":true,\"agencies\":[\"POLICE\"]}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SCHEDULED"));
        mvc.perform(post(api + "/arrange").param("version", "0").with(httpBasic("chair", DemoAuthority.DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"scheduledFor\":\"" + next + "T11:00\",\"venue\":\"Civic Centre\",\"chairId\":\""
                                + chair + "\",\"childInvited\":true,\"agencies\":[\"POLICE\"]}"))
                .andExpect(status().isConflict());
        LocalDate heldOn = workingDays.isWorkingDay(today) ? today : ConferenceTestData.workingDaysBefore(workingDays, today, 1);
        mvc.perform(post(api + "/decision").param("version", "1").with(httpBasic("chair", DemoAuthority.DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"heldOn\":\"" + heldOn + "\",\"planDecided\":true,\"risksSummary\":\"r\","
                                + "\"strengthsSummary\":\"s\",\"chairRationale\":\"A plan is needed to keep him safe from harm.\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.category").value("Choose the category of abuse: a child protection plan needs one"));
    }
}
