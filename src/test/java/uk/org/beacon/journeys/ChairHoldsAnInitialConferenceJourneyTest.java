package uk.org.beacon.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import uk.org.beacon.SignedIn;
import uk.org.beacon.calendar.WorkingDays;
import uk.org.beacon.childprotection.conference.ConferenceArrangement;
import uk.org.beacon.childprotection.conference.ConferenceDetails;
import uk.org.beacon.childprotection.conference.ConferenceTestData;
import uk.org.beacon.childprotection.conference.Conferences;
import uk.org.beacon.demodata.DemoAuthority;
import uk.org.beacon.identity.Staff;
import uk.org.beacon.person.Families;
import uk.org.beacon.person.People;
import uk.org.beacon.timescales.Clocks;
import uk.org.beacon.timescales.Timescales;

class ChairHoldsAnInitialConferenceJourneyTest extends BrowserJourney {

    private static final String RATIONALE = "Lily-Mae has been left alone overnight twice and is often hungry at school: without a plan she is "
            + "likely to suffer significant harm through neglect.";

    @Autowired Conferences conferences;
    @Autowired People people;
    @Autowired Families families;
    @Autowired Clocks clocks;
    @Autowired Timescales timescales;
    @Autowired Staff staff;
    @Autowired WorkingDays workingDays;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;

    @Test
    void theChairSeesThePoliceReportMissingRecordsWhoTookPartAndTheDecisionAndTheFamilysLetterGivesTheRationale() throws Exception {
        LocalDate today = conferences.today();
        LocalDate heldOn = workingDays.isWorkingDay(today) ? today : ConferenceTestData.workingDaysBefore(workingDays, today, 1);
        var data = new ConferenceTestData(people, families, clocks, timescales, events, transactions, jdbc);
        var c = data.concludedEnquiry("Lily-Mae", "Brockhurst", today.minusYears(10), ConferenceTestData.workingDaysBefore(workingDays, heldOn, 4));
        UUID chair = staff.findByUsername("chair").orElseThrow().id();
        SignedIn.run("chair", "CP_CHAIR", () -> {
            ConferenceDetails open = conferences.open(c.conferenceId());
            ConferenceDetails arranged = conferences.arrange(c.conferenceId(), open.version(), new ConferenceArrangement(
                    ConferenceTestData.nextWorkingDay(workingDays, today).atTime(LocalTime.of(10, 0)), "Civic Centre, room 2", chair, null, null,
                    List.of(c.motherId(), c.fatherId()), true, null, List.of("POLICE", "HEALTH_GP", "EDUCATION")));
            ConferenceDetails gp = conferences.recordReport(c.conferenceId(), arranged.version(), "HEALTH_GP", today, today);
            conferences.recordReport(c.conferenceId(), gp.version(), "EDUCATION", today, null);
        });

        Page page = newPage();
        signIn(page, "chair", DemoAuthority.DEMO_PASSWORD);
        page.click("nav >> text=Conferences");
        assertThat(page.locator("h1")).hasText("Child protection conferences");
        Locator row = page.locator("#my-conferences tr").filter(new Locator.FilterOptions().setHasText("Lily-Mae Brockhurst"));
        assertThat(row).containsText("1 of 3 missing");
        assertThat(accessibilityViolations(page)).isEmpty();

        row.locator("a").click();
        assertThat(page.locator("h1")).hasText("Initial child protection conference");
        assertThat(page.locator("#missing-reports-warning")).containsText("1 agency report has not been received: Police");
        assertThat(page.locator("#report-POLICE")).containsText("Missing");
        // received and shared today, one working day before the conference: not in advance (the local setting is 2)
        assertThat(page.locator("#report-HEALTH_GP")).not().containsText("Missing");
        assertThat(page.locator("#report-HEALTH_GP")).not().containsText("In advance");
        snapshot(page, "conference-before");
        assertThat(accessibilityViolations(page)).isEmpty();

        ConferenceDetails details = SignedIn.as("chair", "CP_CHAIR", () -> conferences.open(c.conferenceId()));
        for (ConferenceDetails.Invitee i : details.invitees()) {
            String k = i.id().toString();
            if (i.child()) {
                page.check("#contributedBy-" + k + "-ADVOCATE");
                page.fill("#advocateName-" + k, "Jo Advocate");
            } else if ("POLICE".equals(i.agency())) {
                page.check("#attendance-" + k + "-APOLOGIES");
            } else {
                page.check("#attendance-" + k);
            }
        }
        page.click("#save-participation");
        assertThat(page.locator("#banner")).hasText("Participation recorded.");
        assertThat(accessibilityViolations(page)).isEmpty();

        page.fill("#heldOnDay", String.valueOf(heldOn.getDayOfMonth()));
        page.fill("#heldOnMonth", String.valueOf(heldOn.getMonthValue()));
        page.fill("#heldOnYear", String.valueOf(heldOn.getYear()));
        page.check("#planDecided");
        page.fill("#risksSummary", "Left alone overnight; hungry at school; missed health appointments.");
        page.fill("#strengthsSummary", "Her grandmother lives nearby and Lily-Mae is doing well at school.");
        page.fill("#chairRationale", RATIONALE);
        page.fill("#managerRationale", "The team manager agrees: the child in need plan has not changed things.");
        page.click("#record-decision");
        assertThat(page.locator(".govuk-error-summary")).containsText("Choose the category of abuse: a child protection plan needs one");
        assertThat(page.locator("#category-error")).isVisible();
        assertThat(accessibilityViolations(page)).isEmpty();
        page.selectOption("#category", "NEG");
        page.click("#record-decision");
        assertThat(page.locator("#banner")).hasText("Decision recorded. The family's decision letter is ready.");
        assertThat(page.locator("#plan-decided")).hasText("Yes, category: Neglect");
        snapshot(page, "conference-decided");
        assertThat(accessibilityViolations(page)).isEmpty();

        Download letter = page.waitForDownload(() -> page.click("#decision-letter"));
        assertThat(letter.failure()).isNull();
        String text;
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(letter.path()))) {
            text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
        assertThat(text).contains("needs a child protection plan").contains("neglect").contains(RATIONALE)
                .contains("The team manager agrees").contains("views were shared by their advocate");
        page.context().close();
    }
}
