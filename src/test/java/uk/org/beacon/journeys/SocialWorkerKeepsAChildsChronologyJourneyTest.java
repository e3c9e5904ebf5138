package uk.org.beacon.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import uk.org.beacon.demodata.DemoAuthority;

class SocialWorkerKeepsAChildsChronologyJourneyTest extends BrowserJourney {

    private String api(String path, String json) throws Exception {
        return mvc.perform(post(path).with(httpBasic("social.worker", DemoAuthority.DEMO_PASSWORD)).contentType(MediaType.APPLICATION_JSON).content(json))
                .andReturn().getResponse().getContentAsString();
    }

    @Test
    void aSocialWorkerRecordsTheImpactOfAnEventAddsWhatTheSchoolToldThemAndPrintsForTheFamily() throws Exception {
        String child = JsonPath.read(api("/api/v1/people", "{\"kind\":\"CHILD\",\"givenName\":\"Nia\",\"familyName\":\"Treharne\","
                + "\"dateOfBirth\":\"2015-05-05\",\"legalSex\":\"F\",\"address\":{\"line1\":\"3 Quarry Lane\",\"postcode\":\"DM4 4QL\"}}"), "$.id");
        String yesterday = LocalDate.now().minusDays(1).toString();
        api("/api/v1/children/" + child + "/chronology", "{\"occurredOn\":\"" + yesterday + "\",\"type\":\"POLICE\","
                + "\"title\":\"Police called to a fight at home\",\"summary\":\"Nia's mother's partner was arrested.\",\"source\":\"Police notification\"}");

        Page page = newPage();
        signIn(page, "social.worker", DemoAuthority.DEMO_PASSWORD);
        page.navigate(url("/children/" + child + "/chronology"));
        assertThat(page.locator("h1")).hasText("Chronology");
        assertThat(page.locator("#chronology-table")).containsText("Impact not yet recorded");
        assertThat(accessibilityViolations(page)).isEmpty();

        page.click("text=Record impact");
        page.click("#chronology-table button:has-text('Save impact')");
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter the impact on the child");
        assertThat(accessibilityViolations(page)).isEmpty();
        page.locator("#chronology-table textarea").fill("Nia saw the arrest from the landing and now will not sleep in her own room.");
        page.click("#chronology-table button:has-text('Save impact')");
        assertThat(page.locator("#saved-banner")).hasText("Impact on the child recorded");
        assertThat(page.locator("#chronology-table")).containsText("will not sleep in her own room");

        page.click("#add-entry");
        page.click("#save-entry");
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter what happened");
        assertThat(accessibilityViolations(page)).isEmpty();
        page.fill("#occurredOnDay", String.valueOf(LocalDate.now().getDayOfMonth()));
        page.fill("#occurredOnMonth", String.valueOf(LocalDate.now().getMonthValue()));
        page.fill("#occurredOnYear", String.valueOf(LocalDate.now().getYear()));
        page.selectOption("#type", "EDUCATION");
        page.fill("#title", "Teacher worried about Nia's tiredness");
        page.fill("#summary", "Nia fell asleep in class twice this week; her friend Example said Nia's uncle shouts at night.");
        page.check("#thirdParty");
        page.click("#save-entry");
        assertThat(page.locator("#saved-banner")).hasText("Entry added");
        snapshot(page, "chronology");

        assertThat(page.locator("#filters")).hasAttribute("open", "open");
        page.check("#show");
        page.selectOption("#type", "EDUCATION");
        page.click("#apply-filters");
        assertThat(page.locator("#chronology-table")).containsText("Teacher worried about Nia's tiredness");
        assertThat(page.locator("#chronology-table")).not().containsText("Police called to a fight at home");
        assertThat(accessibilityViolations(page)).isEmpty();

        page.click("text=Open the entry: Teacher worried about Nia's tiredness");
        assertThat(page.locator("#entry-third-party")).containsText("withheld from the family");
        assertThat(accessibilityViolations(page)).isEmpty();
        page.click("text=Back to the chronology");
        assertThat(page.locator("#print-family")).isVisible();

        Download family = page.waitForDownload(() -> page.evaluate("() => { const a = document.getElementById('print-family'); "
                + "a.setAttribute('download', 'family.pdf'); a.click(); }"));
        assertThat(family.failure()).isNull();
        assertThat(family.suggestedFilename()).endsWith(".pdf");
        page.context().close();
    }
}
