package uk.org.beacon.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import uk.org.beacon.demodata.DemoAuthority;
import uk.org.beacon.identity.Staff;
import uk.org.beacon.timescales.Clocks;
import uk.org.beacon.timescales.Timescales;

class SocialWorkerRecordsAHomeVisitJourneyTest extends BrowserJourney {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    @Autowired Clocks clocks;
    @Autowired Timescales timescales;
    @Autowired Staff staff;

    @Test
    void aSocialWorkerRecordsAHomeVisitWithTheChildSeenAloneAndTheVisitClockRestartsFromTheVisit() throws Exception {
        String body = "{\"kind\":\"CHILD\",\"givenName\":\"Wren\",\"familyName\":\"Halloran\",\"dateOfBirth\":\"2016-02-11\",\"legalSex\":\"F\","
                + "\"ethnicity\":\"WBRI\",\"address\":{\"line1\":\"7 Visit Row\",\"postcode\":\"DM4 2QT\"}}";
        String json = mvc.perform(post("/api/v1/people").with(httpBasic("social.worker", DemoAuthority.DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andReturn().getResponse().getContentAsString();
        String child = JsonPath.read(json, "$.id");
        LocalDate today = clocks.today();
        LocalDate planStart = today.minusDays(12);
        LocalDate visitDay = today.minusDays(1);
        String worker = staff.findByUsername("social.worker").orElseThrow().id().toString();
        mvc.perform(post("/api/v1/children/" + child + "/allocation/key-worker").param("version", "0")
                        .with(httpBasic("manager", DemoAuthority.DEMO_PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"workerId\":\"" + worker + "\",\"allocatedOn\":\"" + planStart + "\",\"reason\":\"Child in need plan\"}"))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/children/" + child + "/visit-clocks").with(httpBasic("social.worker", DemoAuthority.DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"ruleId\":\"T10\",\"startedOn\":\"" + planStart + "\"}"))
                .andExpect(status().isCreated());

        Page page = newPage();
        signIn(page, "social.worker", DemoAuthority.DEMO_PASSWORD);
        assertThat(page.locator("h1")).hasText("My work");
        Locator row = page.locator("table.beacon-clocks tr").filter(new Locator.FilterOptions().setHasText("Wren Halloran"));
        assertThat(row).containsText("Visit a child on a child in need plan");
        row.locator("a", new Locator.LocatorOptions().setHasText("Wren Halloran")).click();
        assertThat(page.locator("#child-name")).hasText("Wren Halloran");
        assertThat(page.locator("#latest-visit")).containsText("No visit recorded");
        page.click("#nav-case-notes");
        assertThat(page.locator("h1")).hasText("Case notes");
        assertThat(page.locator("#visit-clock-T10 .visit-clock-started")).hasText(DAY.format(planStart));
        assertThat(page.locator("#visit-clock-T10 .visit-clock-due")).hasText(DAY.format(timescales.due("T10", planStart)));
        assertThat(accessibilityViolations(page)).isEmpty();

        page.click("#new-note");
        assertThat(page.locator("#noteType")).isFocused();
        page.check("#noteType");
        page.fill("#occurredAtDay", String.valueOf(visitDay.getDayOfMonth()));
        page.fill("#occurredAtMonth", String.valueOf(visitDay.getMonthValue()));
        page.fill("#occurredAtYear", String.valueOf(visitDay.getYear()));
        page.fill("#occurredAtTime", "16:10");
        page.fill("#title", "Home visit after school");
        page.check("#childSeen");
        page.check("#childSeenAlone");
        page.fill("#text", "Wren showed me her room and her drawings. Mum says mornings are calmer since the new routine.");
        page.fill("#wishesAndFeelings", "\"I like it when Mum walks me to school.\"");
        page.locator("#text").press("Control+Enter");
        assertThat(page.locator("#autosave-status")).containsText("Draft saved at");
        snapshot(page, "home-visit-draft");
        assertThat(accessibilityViolations(page)).isEmpty();

        page.click("#finalise");
        assertThat(page.locator("#success-banner")).containsText("finalised");
        assertThat(page.locator("#child-seen")).hasText("Seen, and seen alone");
        assertThat(page.locator("#immutable-notice")).containsText("cannot be changed");
        assertThat(page.locator("#next-visit-due")).hasText(DAY.format(timescales.due("T10", visitDay)));
        snapshot(page, "home-visit-finalised");
        assertThat(accessibilityViolations(page)).isEmpty();

        page.click("text=Back to case notes");
        assertThat(page.locator("#visit-clock-T10 .visit-clock-started")).hasText(DAY.format(visitDay));
        assertThat(page.locator("#note-list")).containsText("Home visit after school");
        assertThat(page.locator("#note-list")).containsText("Seen alone");
        assertThat(page.locator("#drafts-in-progress")).hasCount(0);

        page.click("nav >> text=Record");
        assertThat(page.locator("#latest-visit")).containsText("Home visit");
        assertThat(page.locator("#latest-visit")).containsText("Seen alone");
        assertThat(page.locator("#recent-notes")).containsText("Home visit after school");
        page.context().close();
    }
}
