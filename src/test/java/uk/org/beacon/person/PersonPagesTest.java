package uk.org.beacon.person;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import uk.org.beacon.BeaconIntegrationTest;

class PersonPagesTest extends BeaconIntegrationTest {

    @Autowired People people;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private static MockHttpServletRequestBuilder validChild(MockHttpServletRequestBuilder post) {
        return validChild(post, "3", "2017");
    }

    private static MockHttpServletRequestBuilder validChild(MockHttpServletRequestBuilder post, String day, String year) {
        return post.param("kind", "CHILD").param("givenName", "Ivy").param("familyName", "Vellacott")
                .param("dateOfBirthDay", day).param("dateOfBirthMonth", "4").param("dateOfBirthYear", year)
                .param("legalSex", "F").param("ethnicity", "WBRI").param("firstLanguage", "eng")
                .param("addressLine1", "5 Page Lane").param("postcode", "DM5 6JL");
    }

    @Test
    void aSignedOutVisitorIsSentToSignIn() throws Exception {
        mvc.perform(get("/people")).andExpect(status().is3xxRedirection()).andExpect(header().string("Location", endsWith("/sign-in")));
    }

    @Test
    void everyPageAnnouncesTheSignedInPerson() throws Exception {
        mvc.perform(get("/people").with(user("social.worker").roles("SOCIAL_WORKER")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Jordan Social-Worker")))
                .andExpect(content().string(not(containsString("DEMO MODE"))));
    }

    @Test
    void anInvalidNhsNumberIsShownAtTheFieldAndInTheErrorSummary() throws Exception {
        long before = people.count();
        mvc.perform(validChild(post("/people/new"), "3", "2099").param("nhsNumber", "999 000 0019")
                        .with(csrf()).with(user("social.worker").roles("SOCIAL_WORKER")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("govuk-error-summary")))
                .andExpect(content().string(containsString("href=\"#nhsNumber\"")))
                .andExpect(content().string(containsString("id=\"nhsNumber-error\"")))
                .andExpect(content().string(containsString("href=\"#dateOfBirthDay\"")))
                .andExpect(content().string(containsString("Date of birth must be today or in the past")))
                .andExpect(content().string(containsString("value=\"Vellacott\"")));
        org.assertj.core.api.Assertions.assertThat(people.count()).isEqualTo(before);
    }

    @Test
    void aDateThatIsNotRealGetsTheGovUkMessage() throws Exception {
        mvc.perform(validChild(post("/people/new"), "31", "2019").param("nhsNumber", "12")
                        .with(csrf()).with(user("social.worker").roles("SOCIAL_WORKER")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Date of birth must be a real date")))
                .andExpect(content().string(containsString("href=\"#nhsNumber\"")));
    }

    @Test
    void aValidChildIsSavedAndTheRecordOpens() throws Exception {
        MvcResult result = mvc.perform(validChild(post("/people/new")).param("nhsNumber", PersonTestData.nextNhsNumber())
                        .with(csrf()).with(user("social.worker").roles("SOCIAL_WORKER")))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        mvc.perform(get(result.getResponse().getRedirectedUrl()).with(user("social.worker").roles("SOCIAL_WORKER")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ivy Vellacott")))
                .andExpect(content().string(containsString("3 April 2017")));
    }

    @Test
    @WithMockUser(username = "social.worker", roles = "SOCIAL_WORKER")
    void aStaleEditShowsWhatTheOtherPersonChangedAndKeepsWhatYouTyped() throws Exception {
        PersonDetails p = people.register(PersonTestData.child("Jude", "Wyvern", LocalDate.of(2011, 11, 11)));
        people.update(p.id(), p.version(), PersonTestData.withFamilyName(p.toRecord(), "Wyvern-Oakes"));

        mvc.perform(post("/people/" + p.id() + "/edit").with(csrf())
                        .param("version", String.valueOf(p.version())).param("kind", "CHILD").param("givenName", "Judith")
                        .param("familyName", "Wyvern").param("dateOfBirthDay", "11").param("dateOfBirthMonth", "11").param("dateOfBirthYear", "2011")
                        .param("legalSex", "F").param("addressLine1", "12 Test Street").param("postcode", "DM1 2AB"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"conflict-table\"")))
                .andExpect(content().string(containsString("Wyvern-Oakes")))
                .andExpect(content().string(containsString("value=\"Judith\"")));
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("SELECT given_name FROM person.person WHERE id = :id").param("id", p.id())
                .query(String.class).single()).isEqualTo("Jude");
    }

    @Test
    @WithMockUser(username = "social.worker", roles = "SOCIAL_WORKER")
    void whatWasTypedWhenTheSessionTimedOutIsPutBackAfterSigningIn() throws Exception {
        PersonDetails p = people.register(PersonTestData.child("Kit", "Yarrow", LocalDate.of(2010, 10, 10)));
        String path = "/people/" + p.id() + "/edit";
        // the session has expired: no authentication on the post
        MvcResult expired = mvc.perform(post(path).with(csrf()).with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous())
                        .param("version", String.valueOf(p.version())).param("givenName", "Kit").param("familyName", "Yarrow")
                        .param("preferredName", "Kitty-typed-before-timeout"))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", endsWith("/sign-in")))
                .andReturn();
        Cookie draft = expired.getResponse().getCookie("BEACON_DRAFT");
        org.assertj.core.api.Assertions.assertThat(draft).isNotNull();

        mvc.perform(get(path).cookie(draft))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"Kitty-typed-before-timeout\"")));
    }
}
