package uk.org.beacon.person;

import uk.org.beacon.SignedIn;
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

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import uk.org.beacon.BeaconIntegrationTest;

class MergePagesTest extends BeaconIntegrationTest {

    private static final RequestPostProcessor MANAGER = user("manager").roles("TEAM_MANAGER");
    private static final RequestPostProcessor WORKER = user("social.worker").roles("SOCIAL_WORKER");

    @Autowired People people;

    private PersonDetails recorded(PersonRecord record) {
        return SignedIn.as("social.worker", "SOCIAL_WORKER", () -> people.register(record));
    }

    @Test
    void aManagerComparesTwoRecordsAndMergesThemOnlyOnceAReasonIsGiven() throws Exception {
        LocalDate born = LocalDate.of(2013, 5, 17);
        PersonDetails older = recorded(PersonTestData.withNhs(PersonTestData.child("Senara", "Tonkin", born), null));
        PersonDetails newer = recorded(PersonTestData.withNhs(PersonTestData.child("Senara", "Tonkyn", born), null));

        mvc.perform(get("/people/duplicates").with(MANAGER))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Senara Tonkyn")))
                .andExpect(content().string(containsString("/people/merges/new?first=" + older.id() + "&amp;second=" + newer.id())));
        mvc.perform(get("/people/merges/new").param("first", older.id().toString()).param("second", newer.id().toString()).with(MANAGER))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"comparison\"")))
                .andExpect(content().string(containsString("17 May 2013")));
        mvc.perform(post("/people/merges").param("first", older.id().toString()).param("second", newer.id().toString()).param("keep", "first")
                        .param("reason", " ").with(csrf()).with(MANAGER))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("govuk-error-summary")))
                .andExpect(content().string(containsString("href=\"#reason\"")))
                .andExpect(content().string(containsString("Enter why these records are the same person")));

        MvcResult merged = mvc.perform(post("/people/merges").param("first", older.id().toString()).param("second", newer.id().toString())
                        .param("keep", "first").param("reason", "Same child: the school confirmed her date of birth").with(csrf()).with(MANAGER))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        String mergePage = merged.getResponse().getRedirectedUrl();
        mvc.perform(get(mergePage).with(MANAGER))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Same child: the school confirmed her date of birth")))
                .andExpect(content().string(containsString("Senara Tonkyn")))
                .andExpect(content().string(containsString("id=\"reverse-form\"")));

        mvc.perform(get("/people/" + newer.id()).with(WORKER))
                .andExpect(redirectedUrl("/people/" + older.id()))
                .andExpect(flash().attribute("mergedFrom", newer.id()));
        mvc.perform(get("/people/" + older.id()).flashAttr("mergedFrom", newer.id()).with(WORKER))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The record you opened was merged into this one")))
                .andExpect(content().string(containsString("Records merged into this one")));
        mvc.perform(get("/people/" + newer.id()).param("view", "merged").with(WORKER))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This record was merged into another record")))
                .andExpect(content().string(not(containsString("id=\"edit-details\""))));

        mvc.perform(post(mergePage + "/reversal").param("reason", "").with(csrf()).with(MANAGER))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter why the merge is being reversed")));
        mvc.perform(post(mergePage + "/reversal").param("reason", "Two different children after all").with(csrf()).with(MANAGER))
                .andExpect(redirectedUrl(mergePage));
        mvc.perform(get(mergePage).with(WORKER))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Two different children after all")))
                .andExpect(content().string(not(containsString("id=\"reverse-form\""))));
        mvc.perform(get("/people/" + newer.id()).with(WORKER)).andExpect(status().isOk());
    }

    @Test
    void aSocialWorkerCannotReachTheDuplicatesOrMergeRecords() throws Exception {
        mvc.perform(get("/people/duplicates").with(WORKER)).andExpect(status().isForbidden());
    }

    @Test
    void aChildCannotBeMergedWithAnAdultAndTheManagerIsToldWhy() throws Exception {
        PersonDetails child = recorded(PersonTestData.child("Kenver", "Roskilly", LocalDate.of(2010, 1, 1)));
        PersonDetails adult = recorded(PersonTestData.adult("Kenver", "Roskilly", LocalDate.of(1980, 1, 1)));

        mvc.perform(post("/people/merges").param("first", child.id().toString()).param("second", adult.id().toString())
                        .param("keep", "first").param("reason", "Same person").with(csrf()).with(MANAGER))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#keep\"")))
                .andExpect(content().string(containsString("A child&#39;s record cannot be merged with an adult&#39;s record")));
    }
}
