package uk.org.beacon.assessment;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.org.beacon.SignedIn.as;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import uk.org.beacon.BeaconIntegrationTest;
import uk.org.beacon.frontdoor.Contacts;
import uk.org.beacon.frontdoor.ReferralSummary;
import uk.org.beacon.person.People;
import uk.org.beacon.timescales.Clocks;

class AssessmentPagesTest extends BeaconIntegrationTest {

    private static final RequestPostProcessor WORKER = user("social.worker").roles("SOCIAL_WORKER");
    private static final RequestPostProcessor MANAGER = user("manager").roles("TEAM_MANAGER");

    @Autowired Assessments assessments;
    @Autowired People people;
    @Autowired Contacts contacts;
    @Autowired Clocks clocks;

    private static MockHttpServletRequestBuilder filledIn(MockHttpServletRequestBuilder post, AssessmentDetails a, LocalDate seen) {
        return post.param("version", String.valueOf(a.version())).param("childSeenOnDay", String.valueOf(seen.getDayOfMonth()))
                .param("childSeenOnMonth", String.valueOf(seen.getMonthValue())).param("childSeenOnYear", String.valueOf(seen.getYear()))
                .param("childsViews", "\"I like my school.\"").param("analysis", "Needs are met; worries came from a misunderstanding.")
                .with(csrf()).with(WORKER);
    }

    @Test
    void aWorkerStartsFromTheReferralButNotBeforeIt() throws Exception {
        LocalDate today = clocks.today();
        ReferralSummary r = AssessmentTestData.referredChild(people, contacts, "Tam", "Oakenshaw", LocalDate.of(2016, 8, 8), today.minusDays(6));
        mvc.perform(get("/children/" + r.childId() + "/assessments").with(WORKER))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"start-form\"")))
                .andExpect(content().string(containsString(r.contactReference())));
        LocalDate before = today.minusDays(8);
        mvc.perform(post("/children/" + r.childId() + "/assessments").param("referralId", r.id().toString())
                        .param("startedOnDay", String.valueOf(before.getDayOfMonth())).param("startedOnMonth", String.valueOf(before.getMonthValue()))
                        .param("startedOnYear", String.valueOf(before.getYear())).with(csrf()).with(WORKER))
                .andExpect(redirectedUrl("/children/" + r.childId() + "/assessments#start"))
                .andExpect(flash().attribute("errors", java.util.Map.of("startedOnDay", "The assessment cannot start before the referral (" + r.referralDate() + ")")));
    }

    @Test
    void factor21WithOtherFactorsAndAStepDownWithoutALeadProfessionalAreRefusedAtTheirFields() throws Exception {
        LocalDate today = clocks.today();
        ReferralSummary r = AssessmentTestData.referredChild(people, contacts, "Rue", "Pendlebury", LocalDate.of(2014, 2, 2), today.minusDays(12));
        AssessmentDetails a = as("social.worker", "SOCIAL_WORKER", () -> assessments.start(r.childId(), r.id(), today.minusDays(11)));
        String url = "/children/" + r.childId() + "/assessments/" + a.id();

        mvc.perform(filledIn(post(url), a, today.minusDays(10)).param("factors", "21", "16A").param("outcome", "STEP_DOWN_TO_EARLY_HELP")
                        .param("action", "submit"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("govuk-error-summary")))
                .andExpect(content().string(containsString("id=\"factors-error\"")))
                .andExpect(content().string(containsString("stands alone")))
                .andExpect(content().string(containsString("id=\"leadProfessionalName-error\"")))
                .andExpect(content().string(containsString("Enter the name of the early help lead professional")))
                .andExpect(content().string(containsString("id=\"leadProfessionalAgency-error\"")))
                .andExpect(content().string(containsString("id=\"saved-with-problems\"")))
                .andExpect(content().string(containsString("I like my school.")));
        AssessmentDetails kept = as("social.worker", "SOCIAL_WORKER", () -> assessments.open(a.id()));
        org.assertj.core.api.Assertions.assertThat(kept.status()).isEqualTo(AssessmentStatus.DRAFT);
        org.assertj.core.api.Assertions.assertThat(kept.content().childsViews()).contains("I like my school");

        mvc.perform(filledIn(post(url), kept, today.minusDays(10)).param("factors", "21").param("outcome", "NO_FURTHER_ACTION")
                        .param("action", "submit"))
                .andExpect(redirectedUrl(url));
        mvc.perform(get(url).with(WORKER))
                .andExpect(content().string(containsString("Awaiting authorisation")))
                .andExpect(content().string(not(containsString("id=\"assessment-form\""))));
    }

    @Test
    void anAssessmentCompletedBeforeItStartedIsRefusedAtTheAuthorisationDate() throws Exception {
        LocalDate today = clocks.today();
        ReferralSummary r = AssessmentTestData.referredChild(people, contacts, "Kit", "Marlowe", LocalDate.of(2018, 4, 4), today.minusDays(14));
        AssessmentDetails a = as("social.worker", "SOCIAL_WORKER", () -> {
            AssessmentDetails s = assessments.start(r.childId(), r.id(), today.minusDays(10));
            s = assessments.saveDraft(s.id(), s.version(), AssessmentTestData.complete(today.minusDays(9)));
            return assessments.submit(s.id(), s.version());
        });
        String url = "/children/" + r.childId() + "/assessments/" + a.id();
        mvc.perform(get(url + "/authorise").with(MANAGER))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"authorise-form\"")))
                .andExpect(content().string(containsString("The neighbour told the school")));
        LocalDate early = today.minusDays(12);
        mvc.perform(post(url + "/authorise").param("version", String.valueOf(a.version())).param("authorisedOnDay", String.valueOf(early.getDayOfMonth()))
                        .param("authorisedOnMonth", String.valueOf(early.getMonthValue())).param("authorisedOnYear", String.valueOf(early.getYear()))
                        .param("rationale", "Agreed: the plan addresses the neglect.").with(csrf()).with(MANAGER))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"authorisedOn-error\"")))
                .andExpect(content().string(containsString("cannot be completed before it started")));
        mvc.perform(post(url + "/return").param("version", String.valueOf(a.version())).param("comment", "Please say who the child lives with.")
                        .with(csrf()).with(MANAGER))
                .andExpect(redirectedUrl(url));
        mvc.perform(get(url).with(WORKER))
                .andExpect(content().string(containsString("id=\"return-comment\"")))
                .andExpect(content().string(containsString("Please say who the child lives with.")))
                .andExpect(content().string(containsString("id=\"assessment-form\"")));
    }
}
