package uk.org.beacon.childprotection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import uk.org.beacon.BeaconIntegrationTest;
import uk.org.beacon.SignedIn;
import uk.org.beacon.frontdoor.Contacts;
import uk.org.beacon.person.People;

/** The strategy discussion and section 47 pages: bad input refused with the reason at the field; the JSON API's problems. */
class ChildProtectionPagesTest extends BeaconIntegrationTest {

    private static final RequestPostProcessor WORKER = user("social.worker").roles("SOCIAL_WORKER");

    @Autowired People people;
    @Autowired Contacts contacts;
    @Autowired StrategyDiscussions discussions;

    private UUID referredChild(String given, String family, LocalDateTime at) {
        LocalDate born = LocalDate.of(2013, 4, 4);
        UUID child = ChildProtectionTestData.child(people, given, family, born);
        ChildProtectionTestData.referredForStrategyDiscussion(contacts, child, given, family, born, at);
        return child;
    }

    private static MockHttpServletRequestBuilder discussion(UUID child, LocalDateTime held) {
        return post("/children/" + child + "/strategy-discussions/new").with(csrf()).with(WORKER)
                .param("heldDay", String.valueOf(held.getDayOfMonth())).param("heldMonth", String.valueOf(held.getMonthValue()))
                .param("heldYear", String.valueOf(held.getYear())).param("heldTime", "11:15").param("kind", "DISCUSSION")
                .param("chairedBy", "Morgan Manager, team manager")
                .param("participants[0].agency", "SOCIAL_CARE").param("participants[0].name", "Jordan Social-Worker")
                .param("participants[0].attendance", "ATTENDED").param("participants[0].informationShared", "Known since 2024 for neglect.")
                .param("participants[1].agency", "POLICE").param("participants[1].name", "DC Example")
                .param("participants[1].attendance", "ATTENDED").param("participants[1].informationShared", "Called to the home twice this month.")
                .param("participants[2].agency", "EDUCATION").param("participants[2].name", "")
                .param("section47", "yes").param("jointEnquiry", "JOINT")
                .param("decisionReason", "Two police call-outs and an injury: reasonable cause to suspect significant harm.");
    }

    @Test
    void anActionWithNoOwnerOrDateIsRefusedWithTheReasonAtTheField() throws Exception {
        LocalDateTime referred = discussions.now().minusDays(1).withHour(9).withMinute(0);
        UUID child = referredChild("Seren", "Vosper", referred);

        mvc.perform(discussion(child, referred).param("actions[0].action", "See the child alone at school").param("actions[0].ownerName", "")
                        .param("actions[0].ownerAgency", "SOCIAL_CARE"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("govuk-error-summary")))
                .andExpect(content().string(containsString("href=\"#actions[0].ownerName\"")))
                .andExpect(content().string(containsString("id=\"actions[0].ownerName-error\"")))
                .andExpect(content().string(containsString("Enter who owns action 1")))
                .andExpect(content().string(containsString("href=\"#actions[0].dueDay\"")))
                .andExpect(content().string(containsString("Enter the date action 1 is due")))
                .andExpect(content().string(containsString("Two police call-outs and an injury")))
                .andExpect(content().string(not(containsString("participants[2].name-error"))));
        assertThat(SignedIn.as("social.worker", "SOCIAL_WORKER", () -> discussions.forChild(child))).isEmpty();
    }

    @Test
    void addAnotherActionPostsBackWithOneMoreRowAndNothingSaved() throws Exception {
        LocalDateTime referred = discussions.now().minusDays(1).withHour(9).withMinute(0);
        UUID child = referredChild("Gwynn", "Pascoe", referred);
        mvc.perform(discussion(child, referred).param("actions[0].action", "").param("actions[1].action", "").param("actions[2].action", "")
                        .param("addAction", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"actions[3].action\"")))
                .andExpect(content().string(not(containsString("govuk-error-summary"))));
        assertThat(SignedIn.as("social.worker", "SOCIAL_WORKER", () -> discussions.forChild(child))).isEmpty();
    }

    @Test
    void anEnquiryWithNoInitiatingStrategyDiscussionIsRefusedAtTheDiscussion() throws Exception {
        LocalDateTime referred = discussions.now().minusDays(1).withHour(9).withMinute(0);
        UUID child = referredChild("Piran", "Jewell", referred);
        LocalDate today = referred.toLocalDate().plusDays(1);
        mvc.perform(get("/children/" + child + "/section-47-enquiries/new").with(WORKER))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"no-discussions\"")));

        mvc.perform(post("/children/" + child + "/section-47-enquiries").with(csrf()).with(WORKER).param("strategyDiscussionId", "")
                        .param("startedOnDay", String.valueOf(today.getDayOfMonth())).param("startedOnMonth", String.valueOf(today.getMonthValue()))
                        .param("startedOnYear", String.valueOf(today.getYear())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#strategyDiscussionId\"")))
                .andExpect(content().string(containsString("id=\"strategyDiscussionId-error\"")))
                .andExpect(content().string(containsString("Choose the strategy discussion that decided to start the enquiry")));
    }

    @Test
    void aDiscussionRecordedOnThePageStartsTheEnquiryFromItsPage() throws Exception {
        LocalDateTime referred = discussions.now().minusDays(1).withHour(9).withMinute(0);
        UUID child = referredChild("Elowen", "Hocking", referred);
        String location = mvc.perform(discussion(child, referred).param("actions[0].action", "Joint visit")
                        .param("actions[0].ownerName", "Jordan Social-Worker").param("actions[0].ownerAgency", "SOCIAL_CARE")
                        .param("actions[0].dueDay", String.valueOf(referred.getDayOfMonth()))
                        .param("actions[0].dueMonth", String.valueOf(referred.getMonthValue()))
                        .param("actions[0].dueYear", String.valueOf(referred.getYear())))
                .andExpect(redirectedUrlPattern("/children/*/strategy-discussions/*"))
                .andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(location).with(WORKER))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Section 47 enquiry, joint with the police")))
                .andExpect(content().string(containsString("Called to the home twice this month.")))
                .andExpect(content().string(containsString("id=\"start-enquiry-button\"")));
        String discussionId = location.substring(location.lastIndexOf('/') + 1);

        String enquiry = mvc.perform(post("/children/" + child + "/section-47-enquiries").with(csrf()).with(WORKER)
                        .param("strategyDiscussionId", discussionId)
                        .param("startedOnDay", String.valueOf(referred.getDayOfMonth())).param("startedOnMonth", String.valueOf(referred.getMonthValue()))
                        .param("startedOnYear", String.valueOf(referred.getYear())))
                .andExpect(redirectedUrlPattern("/children/*/section-47-enquiries/*"))
                .andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(enquiry).with(WORKER))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Which checks were done")))
                .andExpect(content().string(containsString("id=\"record-step\"")))
                .andExpect(content().string(containsString("Jordan Social-Worker, Safeguarding and Family Support 1")));
        mvc.perform(post(enquiry + "/steps").with(csrf()).with(WORKER).param("occurredDay", String.valueOf(referred.getDayOfMonth()))
                        .param("occurredMonth", String.valueOf(referred.getMonthValue())).param("occurredYear", String.valueOf(referred.getYear()))
                        .param("occurredTime", "15:00").param("kind", "AGENCY_CHECK").param("detail", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose the agency checked with")))
                .andExpect(content().string(containsString("Say whether the check was done")));

        mvc.perform(get("/api/v1/children/" + child + "/section-47-enquiries").with(WORKER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].status").value("OPEN"));
        mvc.perform(post("/api/v1/children/" + child + "/section-47-enquiries").with(csrf()).with(WORKER).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"strategyDiscussionId\":null,\"startedOn\":\"" + referred.toLocalDate() + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.strategyDiscussionId").exists());
    }
}
