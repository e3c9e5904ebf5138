package uk.org.beacon.childprotection.plan;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.org.beacon.SignedIn.as;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;
import uk.org.beacon.EventDelivery;
import uk.org.beacon.BeaconIntegrationTest;
import uk.org.beacon.calendar.WorkingDays;
import uk.org.beacon.childprotection.conference.InitialConferenceHeld;
import uk.org.beacon.identity.Staff;
import uk.org.beacon.person.People;
import uk.org.beacon.person.PersonTestData;

/** The plan's page: shown with its clocks and the SMART editor; refused forms show the messages at their fields. */
class ChildProtectionPlanPagesTest extends BeaconIntegrationTest {

    private static final RequestPostProcessor WORKER = user("social.worker").roles("SOCIAL_WORKER");
    private static final RequestPostProcessor CHAIR = user("chair").roles("CP_CHAIR");

    @Autowired ChildProtectionPlans cpPlans;
    @Autowired People people;
    @Autowired Staff staff;
    @Autowired WorkingDays workingDays;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;

    private ChildProtectionPlanSummary planFor(String given, String family) {
        UUID child = as("social.worker", "SOCIAL_WORKER", () -> people.register(PersonTestData.child(given, family, LocalDate.of(2017, 2, 3))).id());
        LocalDate held = cpPlans.today();
        while (!workingDays.isWorkingDay(held)) {
            held = held.minusDays(1);
        }
        LocalDate on = held;
        UUID chair = staff.findByUsername("chair").orElseThrow().id();
        transactions.executeWithoutResult(s -> events.publishEvent(new InitialConferenceHeld(UUID.randomUUID(), child, UUID.randomUUID(),
                UUID.randomUUID(), on, true, "NEG", chair)));
        EventDelivery.awaitAll(jdbc);
        return as("chair", "CP_CHAIR", () -> cpPlans.forChild(child)).get(0);
    }

    @Test
    void thePlanPageShowsTheCategoryClocksAndTheFormsAndRefusedFormsShowTheirMessagesAtTheFields() throws Exception {
        ChildProtectionPlanSummary plan = planFor("Wren", "Pagefield");
        String url = "/children/" + plan.childId() + "/child-protection/plans/" + plan.id();

        mvc.perform(get(url).with(WORKER))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Child protection plan")))
                .andExpect(content().string(containsString("Neglect")))
                .andExpect(content().string(containsString("(T6)")))
                .andExpect(content().string(containsString("id=\"meeting-form\"")))
                .andExpect(content().string(containsString("id=\"review-by-chair\"")));
        mvc.perform(get(url).with(CHAIR))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"review-form\"")));

        mvc.perform(get("/children/" + plan.childId()).with(WORKER))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"record-cp-plans\"")))
                .andExpect(content().string(containsString("Neglect")))
                .andExpect(content().string(containsString(url)));

        mvc.perform(post(url + "/core-group/members").with(csrf()).with(WORKER).param("version", String.valueOf(plan.version()))
                        .param("memberName", "Dana Hale").param("agencyRole", "School nurse"))
                .andExpect(redirectedUrl(url + "#core-group"));

        mvc.perform(post(url + "/core-group/meetings").with(csrf()).with(WORKER).param("version", String.valueOf(plan.version() + 1))
                        .param("meetingOnDay", "").param("meetingOnMonth", "").param("meetingOnYear", "").param("attendees", "")
                        .param("meetingSummary", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("govuk-error-summary")))
                .andExpect(content().string(containsString("href=\"#meetingOn\"")))
                .andExpect(content().string(containsString("id=\"meetingOn-error\"")))
                .andExpect(content().string(containsString("Dana Hale (School nurse)")));

        LocalDate today = plan.startedOn();
        mvc.perform(post(url + "/reviews").with(csrf()).with(CHAIR).param("version", String.valueOf(plan.version() + 1))
                        .param("heldOnDay", String.valueOf(today.getDayOfMonth())).param("heldOnMonth", String.valueOf(today.getMonthValue()))
                        .param("heldOnYear", String.valueOf(today.getYear())).param("decision", "END").param("summary", "Risks reduced")
                        .param("endReason", "The family engaged well").param("stepDown", "EARLY_HELP"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"leadName-error\"")))
                .andExpect(content().string(containsString("Name the lead professional for early help")))
                .andExpect(content().string(containsString("id=\"leadAgency-error\"")))
                .andExpect(content().string(containsString("value=\"The family engaged well\"")));

        mvc.perform(post(url + "/reviews").with(csrf()).with(CHAIR).param("version", String.valueOf(plan.version() + 1))
                        .param("heldOnDay", String.valueOf(today.getDayOfMonth())).param("heldOnMonth", String.valueOf(today.getMonthValue()))
                        .param("heldOnYear", String.valueOf(today.getYear())).param("decision", "END").param("summary", "Risks reduced")
                        .param("endReason", "The family engaged well").param("stepDown", "EARLY_HELP").param("leadName", "Sam Ade")
                        .param("leadAgency", "Family hub"))
                .andExpect(redirectedUrl(url + "#reviews"));
        mvc.perform(get(url).with(WORKER))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Sam Ade, Family hub")))
                .andExpect(content().string(containsString("No clocks running.")));
    }

    @Test
    void theApiListsThePlansAndRefusesAnEarlyHelpEndingWithoutTheLeadProfessionalAtTheField() throws Exception {
        ChildProtectionPlanSummary plan = planFor("Juno", "Apiworth");
        String api = "/api/v1/children/" + plan.childId() + "/child-protection/plans";
        mvc.perform(get(api).with(WORKER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value(plan.id().toString()))
                .andExpect(jsonPath("$[0].initialCategory").value("NEG"));
        mvc.perform(post(api + "/" + plan.id() + "/end").with(csrf()).with(CHAIR).param("version", String.valueOf(plan.version()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"heldOn\":\"" + plan.startedOn() + "\",\"summary\":\"Risks reduced\",\"reason\":\"Engaged\",\"stepDown\":\"EARLY_HELP\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.leadName").exists());
        mvc.perform(post(api + "/" + plan.id() + "/core-group/members").with(csrf()).with(WORKER).param("version", "99")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"Dana Hale\",\"agencyRole\":\"School\"}"))
                .andExpect(status().isConflict());
    }
}
