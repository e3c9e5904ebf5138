package uk.org.beacon.person;

import uk.org.beacon.SignedIn;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import uk.org.beacon.BeaconIntegrationTest;
import uk.org.beacon.demodata.DemoAuthority;

class PersonMatchingApiTest extends BeaconIntegrationTest {

    private static final RequestPostProcessor SCREENER = httpBasic("screener", DemoAuthority.DEMO_PASSWORD);
    private static final RequestPostProcessor MANAGER = httpBasic("manager", DemoAuthority.DEMO_PASSWORD);
    private static final RequestPostProcessor WORKER = httpBasic("social.worker", DemoAuthority.DEMO_PASSWORD);

    @Autowired People people;

    @Test
    void theFrontDoorAsksWhetherAChildIsKnownAndHearsWhy() throws Exception {
        PersonDetails child = SignedIn.as("social.worker", "SOCIAL_WORKER",
                () -> people.register(PersonTestData.child("Cathy", "Nancarrow", LocalDate.of(2014, 8, 4))));

        mvc.perform(get("/api/v1/people/matches").param("givenName", "Katherine").param("familyName", "Nancarrow")
                        .param("dateOfBirth", "2014-04-08").with(SCREENER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].personId").value(child.id().toString()))
                .andExpect(jsonPath("$[0].reasons", hasItem("Date of birth matches with day and month swapped")))
                .andExpect(jsonPath("$[0].reasons", hasItem("First name is a known variant (Katherine / Cathy)")));
    }

    @Test
    void aMatchQuestionWithNothingToMatchOnOrABadNhsNumberIsA400() throws Exception {
        mvc.perform(get("/api/v1/people/matches").with(SCREENER)).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/people/matches").param("nhsNumber", "123").with(SCREENER))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.nhsNumber").exists());
    }

    @Test
    void aManagerMergesAndReversesOverTheApiButASocialWorkerMayNot() throws Exception {
        LocalDate born = LocalDate.of(2012, 10, 10);
        PersonDetails kept = SignedIn.as("social.worker", "SOCIAL_WORKER", () -> people.register(PersonTestData.child("Piran", "Chegwidden", born)));
        PersonDetails duplicate = SignedIn.as("social.worker", "SOCIAL_WORKER",
                () -> people.register(PersonTestData.withNhs(PersonTestData.child("Piran", "Chegwiden", born), null)));
        String body = "{\"survivorId\":\"" + kept.id() + "\",\"mergedId\":\"" + duplicate.id() + "\",\"reason\":\"Same child: same school and GP\"}";

        mvc.perform(get("/api/v1/people/duplicates").with(WORKER)).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/people/merges").contentType(MediaType.APPLICATION_JSON).content(body).with(WORKER))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/people/merges").contentType(MediaType.APPLICATION_JSON)
                        .content(body.replace("Same child: same school and GP", "")).with(MANAGER))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.reason").exists());
        MvcResult merged = mvc.perform(post("/api/v1/people/merges").contentType(MediaType.APPLICATION_JSON).content(body).with(MANAGER))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.survivorId").value(kept.id().toString()))
                .andExpect(jsonPath("$.aliasesAdded", hasItem("Piran Chegwiden")))
                .andReturn();
        String mergeId = com.jayway.jsonpath.JsonPath.read(merged.getResponse().getContentAsString(), "$.mergeId");

        mvc.perform(post("/api/v1/people/merges/" + mergeId + "/reversal").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"Not the same child\"}").with(MANAGER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reverseReason").value("Not the same child"))
                .andExpect(jsonPath("$.reversedAt").exists());
    }
}
