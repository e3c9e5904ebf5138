package uk.org.beacon.childinneed;

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

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;
import uk.org.beacon.BeaconIntegrationTest;
import uk.org.beacon.SignedIn;
import uk.org.beacon.assessment.AssessmentStarted;
import uk.org.beacon.person.People;

class ChildInNeedPagesTest extends BeaconIntegrationTest {

    private static final RequestPostProcessor WORKER = user("social.worker").roles("SOCIAL_WORKER");

    @Autowired ChildInNeedPlans cinPlans;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;
    @Autowired People people;
    @Autowired Clock clock;

    private ChildInNeedTestSupport support;
    private LocalDate today;

    @BeforeEach
    void setUp() {
        support = new ChildInNeedTestSupport(events, transactions, jdbc, people);
        today = LocalDate.now(clock);
    }

    @Test
    void closingAnEpisodeWithAnOpenAssessmentIsRefusedWithTheReasonAtTheDateField() throws Exception {
        UUID child = support.child("Rae", "Closepage");
        UUID referral = support.referred(child, today.minusDays(30));
        UUID episode = support.episodeOf(referral);
        support.publish(new AssessmentStarted(UUID.randomUUID(), child, referral, today.minusDays(28), null));

        mvc.perform(get("/children/" + child + "/episodes").with(WORKER))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Child and family assessment")))
                .andExpect(content().string(containsString("id=\"close-form\"")));
        mvc.perform(post("/children/" + child + "/episodes/" + episode + "/close").with(csrf()).with(WORKER)
                        .param("version", String.valueOf(support.version(episode)))
                        .param("closedOnDay", String.valueOf(today.getDayOfMonth())).param("closedOnMonth", String.valueOf(today.getMonthValue()))
                        .param("closedOnYear", String.valueOf(today.getYear())).param("closureReason", "RC9").param("primaryNeed", "N4"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("govuk-error-summary")))
                .andExpect(content().string(containsString("href=\"#closedOnDay\"")))
                .andExpect(content().string(containsString("id=\"closedOn-error\"")))
                .andExpect(content().string(containsString("is still open: it must be authorised before the episode closes")))
                .andExpect(content().string(containsString("id=\"leadProfessionalName-error\"")));
        assertThat(jdbc.sql("SELECT closed_on IS NULL FROM childinneed.episode WHERE id = :e").param("e", episode).query(Boolean.class).single()).isTrue();
    }

    @Test
    void anActionWithNoOwnerOrDateIsRefusedAtThoseFieldsAndVagueWordingIsFlaggedBesideTheAction() throws Exception {
        UUID child = support.child("Sol", "Smartpage");
        support.referred(child, today.minusDays(30));
        String planUrl = mvc.perform(post("/children/" + child + "/child-in-need-plans").with(csrf()).with(WORKER)
                        .param("startedOnDay", String.valueOf(today.getDayOfMonth())).param("startedOnMonth", String.valueOf(today.getMonthValue()))
                        .param("startedOnYear", String.valueOf(today.getYear())))
                .andExpect(redirectedUrlPattern("/children/" + child + "/child-in-need-plans/*"))
                .andReturn().getResponse().getRedirectedUrl();
        UUID id = UUID.fromString(planUrl.substring(planUrl.lastIndexOf('/') + 1));
        mvc.perform(post(planUrl + "/outcomes").with(csrf()).with(WORKER).param("version", "0")
                        .param("outcome", "Sol is registered with a dentist and his tooth pain is treated"))
                .andExpect(redirectedUrlPattern(planUrl + "*"));
        ChildInNeedPlanDetails plan = SignedIn.as("social.worker", "SOCIAL_WORKER", () -> cinPlans.find(id));
        UUID outcome = plan.plan().outcomes().get(0).id();

        mvc.perform(post(planUrl + "/outcomes/" + outcome + "/actions").with(csrf()).with(WORKER).param("version", String.valueOf(plan.plan().version()))
                        .param("action", "Book a dental appointment for Sol").param("difference", "Sol eats without pain"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#ownerName-" + outcome + "\"")))
                .andExpect(content().string(containsString("id=\"ownerName-" + outcome + "-error\"")))
                .andExpect(content().string(containsString("Enter who will do it")))
                .andExpect(content().string(containsString("id=\"dueOn-" + outcome + "-error\"")))
                .andExpect(content().string(containsString("Enter the date the action is due")))
                .andExpect(content().string(containsString("Book a dental appointment for Sol")));

        LocalDate due = today.plusWeeks(4);
        var vague = post(planUrl + "/outcomes/" + outcome + "/actions").with(csrf()).with(WORKER).param("version", String.valueOf(plan.plan().version()))
                .param("action", "Dad to engage with the dental practice").param("ownerName", "Mr Lee Smartpage").param("ownerRole", "Father")
                .param("difference", "Sol eats without pain").param("dueOnDay", String.valueOf(due.getDayOfMonth()))
                .param("dueOnMonth", String.valueOf(due.getMonthValue())).param("dueOnYear", String.valueOf(due.getYear()));
        mvc.perform(vague)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Make this action specific")))
                .andExpect(content().string(containsString("&#39;engage&#39; does not say what will be done or what will change")))
                .andExpect(content().string(containsString("id=\"wordingConfirmed-" + outcome + "\"")))
                .andExpect(content().string(not(containsString("govuk-error-summary"))));
        mvc.perform(vague.param("wordingConfirmed", "true")).andExpect(redirectedUrlPattern(planUrl + "#action-*"));
        mvc.perform(get(planUrl).with(WORKER))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kept by the worker despite vague wording")))
                .andExpect(content().string(containsString("Mr Lee Smartpage (Father)")))
                .andExpect(content().string(containsString("Add another action")));

        var action = SignedIn.as("social.worker", "SOCIAL_WORKER", () -> cinPlans.find(id)).plan().outcomes().get(0).actions().get(0);
        mvc.perform(post(planUrl + "/actions/" + action.id() + "/edit").with(csrf()).with(WORKER).param("version", String.valueOf(action.version()))
                        .param("action", "Dad to take Sol to the 10:30 appointment at Northgate Dental on the booked day").param("ownerName", " ")
                        .param("difference", "Sol eats without pain").param("dueOnDay", String.valueOf(due.getDayOfMonth()))
                        .param("dueOnMonth", String.valueOf(due.getMonthValue())).param("dueOnYear", String.valueOf(due.getYear())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"ownerName-edit-" + action.id() + "-error\"")))
                .andExpect(content().string(containsString("Northgate Dental on the booked day")));
        mvc.perform(post(planUrl + "/actions/" + action.id() + "/edit").with(csrf()).with(WORKER).param("version", String.valueOf(action.version()))
                        .param("action", "Dad to take Sol to the 10:30 appointment at Northgate Dental on the booked day").param("ownerName", "Mr Lee Smartpage")
                        .param("difference", "Sol eats without pain").param("dueOnDay", String.valueOf(due.getDayOfMonth()))
                        .param("dueOnMonth", String.valueOf(due.getMonthValue())).param("dueOnYear", String.valueOf(due.getYear())))
                .andExpect(redirectedUrlPattern(planUrl + "#action-*"));
        mvc.perform(get(planUrl).with(WORKER)).andExpect(content().string(containsString("Reworded once")));

        mvc.perform(get("/api/v1/children/" + child + "/child-in-need-plans/" + id).with(WORKER).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.plan.outcomes[0].actions[0].ownerName").value("Mr Lee Smartpage"));
    }
}
