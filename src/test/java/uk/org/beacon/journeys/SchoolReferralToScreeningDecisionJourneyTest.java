package uk.org.beacon.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import com.microsoft.playwright.Page;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import uk.org.beacon.demodata.DemoAuthority;

class SchoolReferralToScreeningDecisionJourneyTest extends BrowserJourney {

    private String api(String user, String path, String json) throws Exception {
        return mvc.perform(post(path).with(httpBasic(user, DemoAuthority.DEMO_PASSWORD)).contentType(MediaType.APPLICATION_JSON).content(json))
                .andReturn().getResponse().getContentAsString();
    }

    private String child(String given, String dob) throws Exception {
        return JsonPath.read(api("social.worker", "/api/v1/people", "{\"kind\":\"CHILD\",\"givenName\":\"" + given
                + "\",\"familyName\":\"Harwood\",\"dateOfBirth\":\"" + dob + "\",\"legalSex\":\"M\","
                + "\"address\":{\"line1\":\"11 Brook Road\",\"postcode\":\"DM8 2RS\"}}"), "$.id");
    }

    @Test
    void aSchoolReferralIsScreenedWithHistoryAndSiblingsDecidedAndTheSchoolSeesTheOutcome() throws Exception {
        String gethin = child("Gethin", "2014-06-01");
        child("Iona", "2017-02-11");
        String earlier = LocalDate.now().minusMonths(3).atStartOfDay(ZoneId.of("Europe/London")).toInstant().toString();
        String prior = api("screener", "/api/v1/front-door/contacts", "{\"receivedAt\":\"" + earlier + "\",\"channel\":\"PHONE\",\"referralSource\":\"3B\","
                + "\"childId\":\"" + gethin + "\",\"childGivenName\":\"Gethin\",\"childFamilyName\":\"Harwood\",\"concernSummary\":\"Health visitor worried about home conditions.\","
                + "\"consent\":\"GIVEN\",\"requestType\":\"SERVICE\",\"urgency\":\"ROUTINE\",\"referrerName\":\"Health visitor\"}");
        String priorId = JsonPath.read(prior, "$.id");
        api("screener", "/api/v1/front-door/contacts/" + priorId + "/decision?version=" + JsonPath.read(prior, "$.version"),
                "{\"decision\":\"REFERRAL_FOR_ASSESSMENT\",\"rationale\":\"Home conditions need a child and family assessment.\"}");

        Page school = newPage();
        signIn(school, "partner", DemoAuthority.DEMO_PASSWORD);
        school.navigate(url("/referrals/new"));
        school.selectOption("#referralSource", "2A");
        school.fill("#childGivenName", "Gethin");
        school.fill("#childFamilyName", "Harwood");
        school.fill("#childDateOfBirthDay", "1");
        school.fill("#childDateOfBirthMonth", "6");
        school.fill("#childDateOfBirthYear", "2014");
        school.fill("#childAddress", "11 Brook Road");
        school.fill("#childPostcode", "DM8 2RS");
        school.check("#concerns");
        school.fill("#concernSummary", "Gethin told his teacher he has not eaten since yesterday and is scared to go home.");
        school.check("#requestType-SERVICE");
        school.check("#urgency-URGENT");
        school.check("#consent");
        assertThat(accessibilityViolations(school)).isEmpty();
        school.click("#submit-referral");
        String reference = school.locator("#reference").textContent().trim();
        assertThat(reference).startsWith("C");

        Page screener = newPage();
        signIn(screener, "screener", DemoAuthority.DEMO_PASSWORD);
        screener.navigate(url("/front-door"));
        screener.click("text=" + reference);
        assertThat(screener.locator("#matches")).containsText("Gethin Harwood");
        screener.locator("#matches tr", new Page.LocatorOptions().setHasText("Gethin Harwood")).locator("button").click();
        assertThat(screener.locator("#re-referral")).isVisible();
        assertThat(screener.locator("#history + table")).containsText("Referral");
        assertThat(screener.locator("#siblings ~ .govuk-summary-card").first()).containsText("Iona Harwood");
        snapshot(screener, "screening");
        assertThat(accessibilityViolations(screener)).isEmpty();
        screener.check("#decision-REFERRAL_FOR_ASSESSMENT");
        screener.fill("#rationale", "Second referral in three months; Gethin's own account of hunger and fear at home.");
        screener.fill("#feedback", "Thank you. We are starting an assessment today and a social worker will call you.");
        screener.click("#record-decision");
        assertThat(screener.locator("#decided-banner")).hasText("Decision recorded");

        school.navigate(url("/my-referrals"));
        assertThat(school.locator("#my-referrals")).containsText(reference);
        assertThat(school.locator("#my-referrals")).containsText("Referral to children's social care for assessment");
        assertThat(school.locator("#my-referrals")).containsText("starting an assessment today");
        school.context().close();
        screener.context().close();
    }

    @Test
    void aPoliceBatchWithTwoBadRowsImportsTheRestAndShowsEachProblem() throws Exception {
        Path file = Files.createTempFile("police-", ".csv");
        Files.writeString(file, """
                police_reference,received_at,child_given_name,child_family_name,child_date_of_birth,address_line1,postcode,concerns,summary,police_assessment
                J-PPN-1,2026-11-21 22:00,Kit,Lambourne,2013-03-03,4 Pool Lane,DM10 1AB,DOMESTIC_ABUSE,Argument at home with the child present,MEDIUM
                J-PPN-2,2026-11-22 01:00,Lottie,Mayhew,2011-11-11,8 Pool Lane,DM10 1AB,MISSING,Missing overnight and found in the town centre,HIGH
                J-PPN-3,yesterday,Mo,Nettleton,2012-12-12,1 Pool Lane,DM10 1AB,NEGLECT,Home conditions,MEDIUM
                J-PPN-4,2026-11-22 09:00,Nia,Oxley,2010-10-10,2 Pool Lane,DM10 1AB,OTHER,Witness to a collision,NO_COUNCIL_RESPONSE
                ,2026-11-22 10:00,Ola,Pimm,2010-01-01,3 Pool Lane,DM10 1AB,NEGLECT,Home conditions,MEDIUM
                """, StandardCharsets.UTF_8);
        Page page = newPage();
        signIn(page, "screener", DemoAuthority.DEMO_PASSWORD);
        page.navigate(url("/front-door/police-notifications"));
        page.setInputFiles("#file", file);
        page.click("#upload");
        assertThat(page.locator("#import-summary")).hasText("3 imported, 0 already held, 2 with problems (of 5)");
        assertThat(page.locator("#row-errors")).containsText("received_at");
        assertThat(page.locator("#row-errors")).containsText("police_reference");
        snapshot(page, "police-upload");
        page.context().close();
        Files.deleteIfExists(file);
    }
}
