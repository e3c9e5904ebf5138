package uk.org.beacon.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.org.beacon.assessment.AssessmentTestData;
import uk.org.beacon.demodata.DemoAuthority;
import uk.org.beacon.frontdoor.Contacts;
import uk.org.beacon.frontdoor.ReferralSummary;
import uk.org.beacon.person.People;
import uk.org.beacon.timescales.Clocks;

class SocialWorkerWritesAnAssessmentJourneyTest extends BrowserJourney {

    private static final String RATIONALE = "I agree with the plan: help with routines and mum's health is what will make the difference for Poppy.";

    @Autowired People people;
    @Autowired Contacts contacts;
    @Autowired Clocks clocks;

    @Test
    void aWorkerWritesAnAssessmentTheManagerReturnsItThenAuthorisesItAndTheFamilysCopyGivesTheManagersReasons() throws Exception {
        LocalDate today = clocks.today();
        ReferralSummary referral = AssessmentTestData.referredChild(people, contacts, "Poppy", "Treharne", LocalDate.of(2017, 7, 14), today.minusDays(10));
        String assessments = url("/children/" + referral.childId() + "/assessments");

        Page worker = newPage();
        signIn(worker, "social.worker", DemoAuthority.DEMO_PASSWORD);
        worker.navigate(url("/children/" + referral.childId()));
        worker.click("#nav-assessments");
        assertThat(worker.locator("h1")).hasText("Assessments");
        assertThat(worker.locator("#start-form")).containsText(referral.contactReference());
        assertThat(accessibilityViolations(worker)).isEmpty();
        worker.click("#start-assessment");
        assertThat(worker.locator("h1")).hasText("Child and family assessment");
        assertThat(worker.locator("#identity-facts")).containsText("Ethnicity");

        worker.fill("#childSeenOnDay", String.valueOf(today.getDayOfMonth()));
        worker.fill("#childSeenOnMonth", String.valueOf(today.getMonthValue()));
        worker.fill("#childSeenOnYear", String.valueOf(today.getYear()));
        worker.fill("#childSeenAloneOnDay", String.valueOf(today.getDayOfMonth()));
        worker.fill("#childSeenAloneOnMonth", String.valueOf(today.getMonthValue()));
        worker.fill("#childSeenAloneOnYear", String.valueOf(today.getYear()));
        worker.fill("#childsViews", "\"I get hungry at school. Mum is tired a lot.\"");
        worker.fill("#familyViews", "Mum says she has been low since the winter and wants help with mornings.");
        worker.fill("#analysis", "Poppy's needs slip when mum is unwell; mum is willing to work with us.");
        worker.check("#factors-16A");
        worker.check("#factors-4B");
        worker.check("#outcome-CHILD_IN_NEED_PLAN");
        worker.fill("#thirdPartyInformation", "The neighbour says the ex-partner visits late at night.");
        worker.click("#save-draft");
        assertThat(worker.locator("#draft-saved-banner")).containsText("Draft saved");
        assertThat(worker.locator("#childsViews")).hasValue("\"I get hungry at school. Mum is tired a lot.\"");
        snapshot(worker, "assessment-draft");
        assertThat(accessibilityViolations(worker)).isEmpty();
        worker.click("#submit-assessment");
        assertThat(worker.locator("#success-banner")).containsText("submitted");

        Page manager = newPage();
        signIn(manager, "manager", DemoAuthority.DEMO_PASSWORD);
        manager.navigate(url("/authorisations"));
        Locator item = manager.locator("tr").filter(new Locator.FilterOptions().setHasText("Poppy Treharne"));
        item.locator("a", new Locator.LocatorOptions().setHasText("Child and family assessment")).click();
        assertThat(manager.locator("h1")).hasText("Authorise or return the assessment");
        assertThat(manager.locator("#assessment-sections")).containsText("I get hungry at school");
        assertThat(accessibilityViolations(manager)).isEmpty();
        manager.fill("#comment", "Please say what the school nurse told you about Poppy's weight.");
        manager.click("#return-to-worker");
        assertThat(manager.locator("#success-banner")).containsText("returned");

        worker.navigate(url("/my-work"));
        Locator mine = worker.locator("#my-assessments li").filter(new Locator.FilterOptions().setHasText("Poppy Treharne"));
        assertThat(mine).containsText("Returned by your manager");
        assertThat(accessibilityViolations(worker)).isEmpty();
        mine.locator("a").click();
        assertThat(worker.locator("#return-comment")).containsText("school nurse");
        assertThat(worker.locator("#analysis")).hasValue("Poppy's needs slip when mum is unwell; mum is willing to work with us.");
        worker.fill("#analysis", "Poppy's needs slip when mum is unwell; the school nurse reports her weight is on the 10th centile. "
                + "Mum is willing to work with us.");
        worker.click("#submit-assessment");
        assertThat(worker.locator("#success-banner")).containsText("submitted");
        assertThat(worker.locator("#review-list")).containsText("Returned to the worker");

        manager.navigate(url("/authorisations"));
        manager.locator("tr").filter(new Locator.FilterOptions().setHasText("Poppy Treharne"))
                .locator("a", new Locator.LocatorOptions().setHasText("Child and family assessment")).click();
        assertThat(manager.locator("#assessment-sections")).containsText("10th centile");
        manager.fill("#rationale", RATIONALE);
        manager.click("#authorise");
        assertThat(manager.locator("#success-banner")).containsText("authorised");
        assertThat(manager.locator("#manager-rationale")).hasText(RATIONALE);
        assertThat(manager.locator("#read-only-notice")).containsText("cannot be changed");
        snapshot(manager, "assessment-authorised");
        assertThat(accessibilityViolations(manager)).isEmpty();

        worker.navigate(assessments);
        worker.locator("#assessment-list a").first().click();
        assertThat(worker.locator("#authorisation")).containsText("Morgan Manager");
        Download family = worker.waitForDownload(() -> worker.evaluate("() => { const a = document.getElementById('family-pdf'); "
                + "a.setAttribute('download', 'family.pdf'); a.click(); }"));
        assertThat(family.failure()).isNull();
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(family.path()))) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("What the manager decided and why").contains(RATIONALE);
            assertThat(text).doesNotContain("ex-partner visits late at night");
        }
        worker.context().close();
        manager.context().close();
    }
}
