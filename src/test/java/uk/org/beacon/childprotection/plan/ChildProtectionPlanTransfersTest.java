package uk.org.beacon.childprotection.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.org.beacon.SignedIn.as;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;
import uk.org.beacon.EventDelivery;
import uk.org.beacon.BeaconIntegrationTest;
import uk.org.beacon.calendar.WorkingDays;
import uk.org.beacon.childinneed.EpisodeClosure;
import uk.org.beacon.childinneed.EpisodeSummary;
import uk.org.beacon.childinneed.Episodes;
import uk.org.beacon.frontdoor.ReferralAccepted;
import uk.org.beacon.frontdoor.ScreeningDecision;
import uk.org.beacon.person.People;
import uk.org.beacon.person.PersonTestData;
import uk.org.beacon.timescales.ClockSummary;
import uk.org.beacon.web.RuleViolationException;

/**
 * Children moving between authorities on a child protection plan: a transfer-in conference starts the plan here
 * (the previous authority's plan counted for NumberOfPreviousCPP), and a plan transferred out ends on the date of the
 * receiving authority's conference, after which the episode closes with RC5; through the pages and the API.
 */
class ChildProtectionPlanTransfersTest extends BeaconIntegrationTest {

    private static final RequestPostProcessor CHAIR = user("chair").roles("CP_CHAIR");
    private static final RequestPostProcessor WORKER = user("social.worker").roles("SOCIAL_WORKER");

    @Autowired ChildProtectionPlans cpPlans;
    @Autowired People people;
    @Autowired Episodes episodes;
    @Autowired WorkingDays workingDays;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;

    private LocalDate workingDaysAgo(int n) {
        LocalDate d = cpPlans.today();
        int counted = 0;
        while (counted < n) {
            d = d.minusDays(1);
            if (workingDays.isWorkingDay(d)) {
                counted++;
            }
        }
        return d;
    }

    private void awaitDelivery() {
        EventDelivery.awaitAll(jdbc);
    }

    private UUID referredChild(String given, String family, LocalDate referred) {
        UUID child = as("social.worker", "SOCIAL_WORKER", () -> people.register(PersonTestData.child(given, family, LocalDate.of(2016, 5, 5))).id());
        transactions.executeWithoutResult(s -> events.publishEvent(new ReferralAccepted(UUID.randomUUID(), UUID.randomUUID(), child, referred, "5C",
                ScreeningDecision.REFERRAL_FOR_ASSESSMENT, false)));
        awaitDelivery();
        return child;
    }

    @Test
    void aTransferInConferenceStartsThePlanHereCountingThePreviousAuthoritysPlanAndATransferOutEndsItForTheEpisodeToCloseWithRc5() {
        LocalDate heldOn = workingDaysAgo(25);
        UUID child = referredChild("Elodie", "Marchbank", workingDaysAgo(35));
        LocalDate startedThere = heldOn.minusMonths(7);
        ChildProtectionPlanRules.TransferIn transfer = new ChildProtectionPlanRules.TransferIn(heldOn, "Northshire County Council", startedThere,
                "PHY", "The risk from the father remains; the family moved to escape him; the plan continues here.");

        assertThatThrownBy(() -> as("social.worker", "SOCIAL_WORKER", () -> cpPlans.transferIn(child, null, transfer, null)))
                .isInstanceOf(AccessDeniedException.class);
        ChildProtectionPlanSummary plan = as("chair", "CP_CHAIR", () -> cpPlans.transferIn(child, null, transfer,
                "The manager agrees the plan continues."));
        awaitDelivery();

        assertThat(plan.startedOn()).isEqualTo(heldOn);
        assertThat(plan.transferredInFrom()).isEqualTo("Northshire County Council");
        assertThat(plan.transferredInPlanStartedOn()).isEqualTo(startedThere);
        assertThat(plan.initialCategory()).isEqualTo("PHY");
        assertThat(plan.previousPlans()).as("the other authority's plan counts for NumberOfPreviousCPP").isEqualTo(1);
        assertThat(plan.secondOrSubsequent()).as("this authority's own repeat-plan measure counts plans here").isFalse();
        Map<String, LocalDate> due = as("chair", "CP_CHAIR", () -> cpPlans.find(plan.id())).clocks().stream()
                .collect(Collectors.toMap(ClockSummary::ruleId, ClockSummary::due));
        assertThat(due.get("T8")).isEqualTo(ChildProtectionPlanRules.firstReviewDue(heldOn));
        assertThat(due.get("T6")).isEqualTo(ChildProtectionPlanRules.firstCoreGroupDue(workingDays, heldOn));
        Map<String, Object> row = jdbc.sql("SELECT * FROM reporting.cp_plan WHERE cp_plan_id = :p").param("p", plan.id()).query().singleRow();
        assertThat(row).containsEntry("transferred_in_from", "Northshire County Council").containsEntry("previous_plans", 1);
        assertThat(row.get("start_date").toString()).isEqualTo(heldOn.toString());
        assertThat(jdbc.sql("SELECT chair_rationale FROM childprotection.cp_transfer_in WHERE id = :c").param("c", plan.conferenceId())
                .query(String.class).single()).contains("the plan continues here");
        assertThat(jdbc.sql("SELECT detail ->> 'transferredInFrom' FROM audit.audit_event WHERE subject_type = 'CP_PLAN' AND subject_id = :p "
                + "AND action = 'CREATED'").param("p", plan.id()).query(String.class).single()).isEqualTo("Northshire County Council");
        assertThat(jdbc.sql("SELECT summary FROM chronology.entry WHERE child_id = :c AND entry_type = 'CHILD_PROTECTION_PLAN'").param("c", child)
                .query(String.class).single()).contains("transfer-in conference", "Northshire County Council");
        assertThatThrownBy(() -> as("chair", "CP_CHAIR", () -> cpPlans.transferIn(child, null, transfer, null)))
                .isInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(((RuleViolationException) e).fieldErrors()).containsKey("plan"));

        LocalDate theirConference = workingDaysAgo(2);
        assertThatThrownBy(() -> as("chair", "CP_CHAIR", () -> cpPlans.transferOut(plan.id(), plan.version(), " ", cpPlans.today().plusDays(3))))
                .isInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(((RuleViolationException) e).fieldErrors()).containsKeys("receivingAuthority", "conferenceOn"));
        ChildProtectionPlanDetails ended = as("chair", "CP_CHAIR", () -> cpPlans.transferOut(plan.id(), plan.version(), "Westvale Borough Council",
                theirConference));
        awaitDelivery();
        assertThat(ended.summary().endedOn()).isEqualTo(theirConference);
        assertThat(ended.summary().stepDown()).isEqualTo(StepDown.TRANSFERRED);
        assertThat(ended.summary().status()).isEqualTo(ChildProtectionPlanRules.Status.TRANSFERRED_OUT);
        assertThat(ended.summary().endReason()).isEqualTo("Transferred to another local authority: Westvale Borough Council");
        assertThat(ended.summary().transferredTo()).isEqualTo("Westvale Borough Council");
        assertThat(ended.summary().transferredToConferenceOn()).isEqualTo(theirConference);
        assertThat(ended.clocks()).isEmpty();
        assertThat(ended.plan().closed()).isTrue();
        assertThatThrownBy(() -> as("chair", "CP_CHAIR", () -> cpPlans.recordReview(plan.id(), ended.summary().version(), cpPlans.today(),
                ReviewDecision.CONTINUE, "Too late", null, null, null, null, null, null)))
                .isInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(((RuleViolationException) e).fieldErrors()).containsKey("heldOn"));

        EpisodeSummary episode = as("social.worker", "SOCIAL_WORKER", () -> episodes.openFor(child)).orElseThrow();
        assertThat(episode.activity()).filteredOn(a -> a.kind().equals("CP_PLAN")).singleElement()
                .satisfies(a -> assertThat(a.endedOn()).isEqualTo(theirConference));
        EpisodeSummary closed = as("social.worker", "SOCIAL_WORKER", () -> episodes.close(episode.id(), episode.version(),
                new EpisodeClosure(cpPlans.today(), "RC5", "N1", null, null, null)));
        assertThat(closed.closureReason()).isEqualTo("RC5");
    }

    @Test
    void theTransferPagesShowRefusalsAtTheFieldsAndTheApiStartsAndEndsAPlan() throws Exception {
        UUID child = referredChild("Jasper", "Holloway", workingDaysAgo(20));
        String form = "/children/" + child + "/child-protection/plans/transfer-in";
        mvc.perform(get("/children/" + child).with(CHAIR))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"transfer-in-link\"")));
        mvc.perform(get(form).with(WORKER))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"transfer-in-by-chair\"")));
        mvc.perform(post(form).with(csrf()).with(CHAIR).param("heldOnDay", "31").param("heldOnMonth", "2").param("heldOnYear", "2026")
                        .param("previousAuthority", "").param("category", "").param("chairRationale", "Continue the plan"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#heldOn\"")))
                .andExpect(content().string(containsString("id=\"previousAuthority-error\"")))
                .andExpect(content().string(containsString("id=\"previousPlanStartedOn-error\"")))
                .andExpect(content().string(containsString("id=\"category-error\"")))
                .andExpect(content().string(containsString("Continue the plan")));

        LocalDate held = workingDaysAgo(10);
        mvc.perform(post(form).with(csrf()).with(CHAIR).param("heldOnDay", String.valueOf(held.getDayOfMonth()))
                        .param("heldOnMonth", String.valueOf(held.getMonthValue())).param("heldOnYear", String.valueOf(held.getYear()))
                        .param("previousAuthority", "Eastmere City Council").param("previousPlanStartedOnDay", "3")
                        .param("previousPlanStartedOnMonth", "2").param("previousPlanStartedOnYear", String.valueOf(held.getYear() - 1))
                        .param("category", "NEG").param("chairRationale", "Neglect continues; the plan continues here"))
                .andExpect(redirectedUrlPattern("/children/" + child + "/child-protection/plans/*"));
        ChildProtectionPlanSummary plan = as("chair", "CP_CHAIR", () -> cpPlans.forChild(child)).get(0);
        String url = "/children/" + child + "/child-protection/plans/" + plan.id();
        mvc.perform(get(url).with(CHAIR))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("From Eastmere City Council, where the plan started on 3 February")))
                .andExpect(content().string(containsString("id=\"transfer-out-form\"")));
        mvc.perform(post(url + "/transfer-out").with(csrf()).with(CHAIR).param("version", String.valueOf(plan.version()))
                        .param("receivingAuthority", "").param("conferenceOnDay", String.valueOf(held.getDayOfMonth()))
                        .param("conferenceOnMonth", String.valueOf(held.getMonthValue())).param("conferenceOnYear", String.valueOf(held.getYear())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"receivingAuthority-error\"")))
                .andExpect(content().string(containsString("id=\"conferenceOn-error\"")))
                .andExpect(content().string(containsString("must be after the plan started here")));

        String api = "/api/v1/children/" + child + "/child-protection/plans";
        mvc.perform(post(api + "/" + plan.id() + "/transfer-out").with(csrf()).with(CHAIR).param("version", String.valueOf(plan.version()))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"receivingAuthority\":\"Westvale Borough Council\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.conferenceOn").exists());
        mvc.perform(post(api + "/" + plan.id() + "/transfer-out").with(csrf()).with(CHAIR).param("version", String.valueOf(plan.version()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"receivingAuthority\":\"Westvale Borough Council\",\"conferenceOn\":\"" + workingDaysAgo(1) + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.summary.stepDown").value("TRANSFERRED"))
                .andExpect(jsonPath("$.summary.transferredTo").value("Westvale Borough Council"));
        mvc.perform(post(api + "/transfer-in").with(csrf()).with(CHAIR).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"heldOn\":\"" + cpPlans.today().plusDays(7) + "\",\"previousAuthority\":\"Eastmere\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.heldOn").exists())
                .andExpect(jsonPath("$.errors.category").exists())
                .andExpect(jsonPath("$.errors.chairRationale").exists());
    }
}
