package uk.org.beacon.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import uk.org.beacon.demodata.DemoAuthority;

class ManagerMergesADuplicateChildJourneyTest extends BrowserJourney {

    private String createChild(String given, String family, LocalDate born) throws Exception {
        String body = "{\"kind\":\"CHILD\",\"givenName\":\"" + given + "\",\"familyName\":\"" + family + "\",\"dateOfBirth\":\"" + born
                + "\",\"legalSex\":\"F\",\"ethnicity\":\"WBRI\",\"address\":{\"line1\":\"2 Merge Mews\",\"postcode\":\"DM8 2QR\"}}";
        String json = mvc.perform(post("/api/v1/people").with(httpBasic("social.worker", DemoAuthority.DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(json, "$.id");
    }

    @Test
    void aManagerMergesATwiceRecordedChildAndAWorkerFollowingTheOldRecordLandsOnTheOneKept() throws Exception {
        LocalDate born = LocalDate.now().minusMonths(3);
        String older = createChild("Ottilie", "Brannagh", born);
        String newer = createChild("Ottilie", "Branagh", born);

        Page page = newPage();
        signIn(page, "manager", DemoAuthority.DEMO_PASSWORD);
        page.click("text=Duplicate records");
        assertThat(page.locator("h1")).hasText("Possible duplicate records");
        assertThat(accessibilityViolations(page)).isEmpty();
        Locator row = page.locator("#duplicates tr").filter(new Locator.FilterOptions().setHasText("Ottilie Branagh"));
        row.locator("a.beacon-compare").click();
        assertThat(page.locator("h1")).hasText("Merge two records");
        snapshot(page, "merge-compare");
        assertThat(accessibilityViolations(page)).isEmpty();

        page.click("#merge-button");
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter why these records are the same person");
        assertThat(accessibilityViolations(page)).isEmpty();
        page.check("#keep");
        page.fill("#reason", "Same baby: the health visitor confirmed the spelling is Brannagh");
        page.click("#merge-button");
        assertThat(page.locator("#merge-banner")).hasText("Records merged");
        assertThat(page.locator("#merge-summary")).containsText("Ottilie Branagh");
        snapshot(page, "merge-summary");
        assertThat(accessibilityViolations(page)).isEmpty();
        page.context().close();

        Page worker = newPage();
        signIn(worker, "social.worker", DemoAuthority.DEMO_PASSWORD);
        worker.navigate(url("/people/" + newer));
        assertThat(worker.locator("#merged-from")).containsText("The record you opened was merged into this one");
        assertThat(worker.locator("#person-name")).hasText("Ottilie Brannagh");
        assertThat(worker.url()).endsWith("/people/" + older);
        assertThat(accessibilityViolations(worker)).isEmpty();
        worker.context().close();
    }
}
