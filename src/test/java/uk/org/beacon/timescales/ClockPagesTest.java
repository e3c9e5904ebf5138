package uk.org.beacon.timescales;

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

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import uk.org.beacon.BeaconIntegrationTest;
import uk.org.beacon.SignedIn;
import uk.org.beacon.demodata.DemoAuthority;
import uk.org.beacon.identity.RecordAccess;
import uk.org.beacon.person.People;
import uk.org.beacon.person.Families;
import uk.org.beacon.person.InvolvementRecord;
import uk.org.beacon.identity.Staff;
import uk.org.beacon.person.PersonTestData;

/** A clock's page and the clocks API: read as at a past day, paused with a reason, refused where the child's record is closed to you. */
class ClockPagesTest extends BeaconIntegrationTest {

    @Autowired Clocks clocks;
    @Autowired RecordAccess access;
    @Autowired People people;
    @Autowired Families families;
    @Autowired Staff staff;

    private UUID child() {
        return SignedIn.as("social.worker", "SOCIAL_WORKER",
                () -> people.register(PersonTestData.child("Clockwork", "Ashdown", LocalDate.of(2018, 6, 6))).id());
    }

    private UUID assessmentClock(UUID child) {
        return SignedIn.as("social.worker", "SOCIAL_WORKER",
                () -> clocks.start("T2", child, "REFERRAL", UUID.randomUUID(), LocalDate.of(2024, 12, 16)));
    }

    @Test
    void aWorkerSeesTheAssessmentClockAsItStoodOnAPastDayAndAPauseWithoutAReasonIsShownAtTheField() throws Exception {
        UUID id = assessmentClock(child());

        mvc.perform(get("/clocks/{id}", id).param("asAt", "2025-01-10").with(user("social.worker").roles("SOCIAL_WORKER")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Thursday 20 February 2025")))
                .andExpect(content().string(containsString("As it stood on")))
                .andExpect(content().string(containsString(">Running<")));
        mvc.perform(post("/clocks/{id}/pause", id).with(csrf()).with(user("social.worker").roles("SOCIAL_WORKER"))
                        .param("pausedFromDay", "6").param("pausedFromMonth", "1").param("pausedFromYear", "2025").param("pauseReason", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("govuk-error-summary")))
                .andExpect(content().string(containsString("id=\"pauseReason-error\"")))
                .andExpect(content().string(containsString("Enter why the clock is paused")));
        mvc.perform(post("/clocks/{id}/pause", id).with(csrf()).with(user("social.worker").roles("SOCIAL_WORKER"))
                        .param("pausedFromDay", "6").param("pausedFromMonth", "1").param("pausedFromYear", "2025")
                        .param("pauseReason", "Child admitted to hospital"))
                .andExpect(redirectedUrl("/clocks/" + id + "?changed"));
        mvc.perform(get("/clocks/{id}", id).with(user("social.worker").roles("SOCIAL_WORKER")))
                .andExpect(content().string(containsString("Child admitted to hospital")))
                .andExpect(content().string(containsString("Resume the clock")));
    }

    @Test
    void theApiReadsAChildsClocksAsAtADayAndRefusesAPartnerAndARestrictedRecord() throws Exception {
        UUID child = child();
        UUID id = assessmentClock(child);

        mvc.perform(get("/api/v1/children/{child}/clocks", child).param("asAt", "2025-02-21").param("open", "true")
                        .with(httpBasic("social.worker", DemoAuthority.DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value(id.toString()))
                .andExpect(jsonPath("$[0].state").value("OVERDUE"))
                .andExpect(jsonPath("$[0].due").value("2025-02-20"));
        mvc.perform(get("/api/v1/clocks/{id}", id).with(httpBasic("partner", DemoAuthority.DEMO_PASSWORD)))
                .andExpect(status().isForbidden());

        SignedIn.run("manager", "TEAM_MANAGER", () -> access.restrict(child, "Child of a member of staff", Set.of()));
        mvc.perform(get("/api/v1/clocks/{id}", id).with(httpBasic("social.worker", DemoAuthority.DEMO_PASSWORD)))
                .andExpect(status().is4xxClientError());
        mvc.perform(post("/api/v1/clocks/{id}/pause", id).with(httpBasic("social.worker", DemoAuthority.DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"pausedFrom\":\"2025-01-06\",\"reason\":\"Hospital\"}"))
                .andExpect(status().is4xxClientError());
    }

    @Test
    void aPartnerInvolvedWithTheChildSeesTheChildsClocksAsTheRecordDoes() throws Exception {
        UUID child = child();
        UUID id = assessmentClock(child);
        mvc.perform(get("/api/v1/clocks/{id}", id).with(httpBasic("partner", DemoAuthority.DEMO_PASSWORD)))
                .andExpect(status().isForbidden());

        UUID partner = staff.findByUsername("partner").orElseThrow().id();
        SignedIn.run("social.worker", "SOCIAL_WORKER", () -> families.involve(child,
                new InvolvementRecord("SCHOOL", "Ashdown Primary", "Partner Professional", null, null, partner, LocalDate.of(2024, 9, 1))));
        mvc.perform(get("/api/v1/clocks/{id}", id).with(httpBasic("partner", DemoAuthority.DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id.toString()));
    }
}
