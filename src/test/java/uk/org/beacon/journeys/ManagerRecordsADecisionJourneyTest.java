package uk.org.beacon.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.http.MediaType;
import uk.org.beacon.SignedIn;
import uk.org.beacon.demodata.DemoAuthority;
import uk.org.beacon.identity.Staff;
import uk.org.beacon.timescales.Clocks;

class ManagerRecordsADecisionJourneyTest extends BrowserJourney {

    @Autowired Staff staff;
    @Autowired Clocks clocks;
    @Autowired JdbcClient jdbc;

    private String allocatedChild() throws Exception {
        String body = "{\"kind\":\"CHILD\",\"givenName\":\"Marigold\",\"familyName\":\"Ashcombe\",\"dateOfBirth\":\"2015-06-21\",\"legalSex\":\"F\","
                + "\"ethnicity\":\"WBRI\",\"address\":{\"line1\":\"9 Journey Row\",\"postcode\":\"DM4 1QR\"}}";
        String child = JsonPath.read(mvc.perform(post("/api/v1/people").with(httpBasic("social.worker", DemoAuthority.DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andReturn().getResponse().getContentAsString(), "$.id");
        String worker = staff.findByUsername("sfs1.worker2").orElseThrow().id().toString();
        mvc.perform(post("/api/v1/children/" + child + "/allocation/key-worker").param("version", "0")
                .with(httpBasic("manager", DemoAuthority.DEMO_PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"workerId\":\"" + worker + "\",\"allocatedOn\":\"" + LocalDate.now().minusDays(14) + "\",\"reason\":\"Child in need plan\"}"));
        SignedIn.run("manager", "TEAM_MANAGER", () -> clocks.start("T10", UUID.fromString(child), "VISITS",
                UUID.fromString(child), LocalDate.now().minusDays(10)));
        return child;
    }

    @Test
    void aManagerOpensAChildFromTheirTeamsClocksRecordsADecisionWithItsRationaleAndSeesItOnTheChildsRecord() throws Exception {
        String child = allocatedChild();
        Page page = newPage();
        signIn(page, "manager", DemoAuthority.DEMO_PASSWORD);
        assertThat(page.locator("h1")).hasText("My work");
        assertThat(accessibilityViolations(page)).isEmpty();

        page.click("nav >> text=My team");
        assertThat(page.locator("h1")).hasText("My team");
        Locator row = page.locator("#team-clocks tr").filter(new Locator.FilterOptions().setHasText("Marigold Ashcombe"));
        assertThat(row).containsText("Visit a child on a child in need plan");
        snapshot(page, "my-team");
        assertThat(accessibilityViolations(page)).isEmpty();

        row.locator("a", new Locator.LocatorOptions().setHasText("Marigold Ashcombe")).click();
        assertThat(page.locator("#child-name")).hasText("Marigold Ashcombe");
        assertThat(page.locator("#record-key-worker")).containsText("Safeguarding and Family Support 1");
        assertThat(page.locator("#clocks")).containsText("Visit a child on a child in need plan");
        snapshot(page, "child-record-overview");
        assertThat(accessibilityViolations(page)).isEmpty();

        page.click("#record-decision-link");
        assertThat(page.locator("h1")).hasText("Record a management decision");
        page.fill("#decision", "Step up to a child protection strategy discussion");
        page.fill("#rationale", "Too short");
        page.click("#save-decision");
        assertThat(page.locator(".govuk-error-summary")).containsText("Give the rationale for the decision");
        assertThat(accessibilityViolations(page)).isEmpty();
        page.fill("#rationale", "Three missed visits and a new bruise the school photographed: the plan is not keeping her safe.");
        page.fill("#nextSteps", "Strategy discussion with police and health by tomorrow noon");
        page.click("#save-decision");
        assertThat(page.locator("#recorded-banner")).hasText("Decision recorded on the child’s record");
        assertThat(accessibilityViolations(page)).isEmpty();

        // the chronology hears of the decision after it is committed: wait for its entry, never for a fixed time
        await().atMost(Duration.ofSeconds(90)).until(() -> jdbc.sql(
                        "SELECT count(*) FROM chronology.entry WHERE child_id = :c AND entry_type = 'MANAGEMENT_DECISION'")
                .param("c", UUID.fromString(child)).query(Long.class).single() > 0);
        page.navigate(url("/children/" + child));
        Locator decision = page.locator(".beacon-record-decision").first();
        assertThat(decision).hasText("Step up to a child protection strategy discussion");
        assertThat(page.locator("#decisions-heading")).isVisible();
        assertThat(page.locator("#chronology-section")).containsText("Management decision by Morgan Manager");
        snapshot(page, "child-record-with-decision");
        assertThat(accessibilityViolations(page)).isEmpty();
        page.context().close();
    }
}
