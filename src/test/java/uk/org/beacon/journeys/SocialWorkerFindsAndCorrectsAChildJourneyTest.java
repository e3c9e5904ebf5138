package uk.org.beacon.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import uk.org.beacon.demodata.DemoAuthority;
import uk.org.beacon.person.NhsNumber;
import uk.org.beacon.person.PersonTestData;

class SocialWorkerFindsAndCorrectsAChildJourneyTest extends BrowserJourney {

    private String createChild(String given, String family, String asUser) throws Exception {
        String body = "{\"kind\":\"CHILD\",\"givenName\":\"" + given + "\",\"familyName\":\"" + family
                + "\",\"dateOfBirth\":\"2016-09-14\",\"legalSex\":\"M\",\"ethnicity\":\"WBRI\",\"address\":{\"line1\":\"4 Journey Close\",\"postcode\":\"DM7 8QR\"}}";
        String json = mvc.perform(post("/api/v1/people").with(httpBasic(asUser, DemoAuthority.DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(json, "$.id");
    }

    @Test
    void aSocialWorkerSearchesOpensAndCorrectsARecordAndTheAdministratorSeesItInTheAccessLog() throws Exception {
        String id = createChild("Nerys", "Oakhampton", "social.worker");
        Page page = newPage();
        signIn(page, "social.worker", DemoAuthority.DEMO_PASSWORD);
        assertThat(page.locator("#signed-in-as")).hasText("Jordan Social-Worker");

        page.navigate(url("/people"));
        page.fill("#name", "Neris Okehampton");
        page.click("#search-button");
        page.click("text=Nerys Oakhampton");
        assertThat(page.locator("#person-name")).hasText("Nerys Oakhampton");
        snapshot(page, "child-record");
        assertThat(accessibilityViolations(page)).isEmpty();

        page.click("#edit-details");
        page.fill("#nhsNumber", "999 000 0019");
        page.click("#save-person");
        assertThat(page.locator(".govuk-error-summary")).containsText("NHS number");
        assertThat(page.locator("#nhsNumber-error")).isVisible();
        snapshot(page, "edit-with-error");
        assertThat(accessibilityViolations(page)).isEmpty();

        String nhs = PersonTestData.nextNhsNumber();
        page.fill("#nhsNumber", nhs);
        page.click("#save-person");
        assertThat(page.locator("#saved-banner")).hasText("Changes saved");
        assertThat(page.locator("#nhs-number")).hasText(NhsNumber.format(nhs));
        page.context().close();

        Page admin = newPage();
        signIn(admin, "admin", DemoAuthority.DEMO_PASSWORD);
        admin.navigate(url("/admin/audit/people/" + id));
        assertThat(admin.locator("#audit-log")).containsText("VIEWED");
        assertThat(admin.locator("#audit-log")).containsText("CHANGED");
        assertThat(admin.locator("#audit-log")).containsText("Jordan Social-Worker");
        assertThat(admin.locator("#audit-log")).containsText("NHS number");
        snapshot(admin, "access-log");
        admin.context().close();
    }

    @Test
    void aRestrictedRecordIsRefusedThenOpenedByBreakingTheGlassWithAReason() throws Exception {
        String id = createChild("Orla", "Pendlebury", "social.worker");
        mvc.perform(post("/api/v1/people/" + id + "/restriction").with(httpBasic("manager", DemoAuthority.DEMO_PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"Relative works in the team\",\"staffIds\":[]}"));

        Page page = newPage();
        signIn(page, "screener", DemoAuthority.DEMO_PASSWORD);
        page.navigate(url("/people/" + id));
        assertThat(page.locator("h1")).hasText("This record is restricted");
        assertThat(page.content()).doesNotContain("Pendlebury");

        page.click("#break-glass");
        assertThat(page.locator(".govuk-error-summary")).containsText("at least 10 characters");
        page.fill("#reason", "Police notification about Orla received out of hours");
        page.click("#break-glass");
        assertThat(page.locator("#person-name")).hasText("Orla Pendlebury");
        assertThat(page.locator(".govuk-warning-text")).containsText("breaking the glass");
        page.context().close();
    }
}
