package uk.org.beacon.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.org.beacon.SignedIn;
import uk.org.beacon.childprotection.ChildProtectionTestData;
import uk.org.beacon.childprotection.StrategyDiscussions;
import uk.org.beacon.demodata.DemoAuthority;
import uk.org.beacon.frontdoor.Contacts;
import uk.org.beacon.identity.Role;
import uk.org.beacon.identity.Staff;
import uk.org.beacon.identity.StaffDetails;
import uk.org.beacon.identity.StaffSummary;
import uk.org.beacon.identity.Teams;
import uk.org.beacon.person.People;
import uk.org.beacon.timescales.Clocks;
import uk.org.beacon.timescales.Timescales;

class StrategyDiscussionStartsACoWorkedEnquiryJourneyTest extends BrowserJourney {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final String PASSWORD = "co-worker-journey-2026";

    @Autowired People people;
    @Autowired Contacts contacts;
    @Autowired StrategyDiscussions discussions;
    @Autowired Staff staff;
    @Autowired Teams teams;
    @Autowired Clocks clocks;
    @Autowired Timescales timescales;

    private static String field(String id) {
        return "[id='" + id + "']";
    }

    @Test
    void aStrategyDiscussionStartsAnEnquiryCoWorkedByTheDisabilityTeamWhoseWorkerRecordsACheck() {
        LocalDate born = LocalDate.of(2015, 10, 2);
        UUID child = ChildProtectionTestData.child(people, "Tegen", "Rowse", born);
        LocalDateTime referred = discussions.now().minusDays(1).withHour(8).withMinute(30);
        ChildProtectionTestData.referredForStrategyDiscussion(contacts, child, "Tegen", "Rowse", born, referred);
        UUID cwdTeam = teams.all().stream().filter(t -> t.code().equals("CWD")).findFirst().orElseThrow().id();
        String username = "cwd.journey." + UUID.randomUUID().toString().substring(0, 8);
        StaffSummary coworker = SignedIn.as("admin", "ADMINISTRATOR", () -> staff.create(new StaffDetails(username, "Kit Disability-Worker",
                username + "@demo.beacon.invalid", "Social worker", null, cwdTeam, EnumSet.of(Role.SOCIAL_WORKER), PASSWORD, true)));
        LocalDate today = clocks.today();

        Page worker = newPage();
        signIn(worker, "social.worker", DemoAuthority.DEMO_PASSWORD);
        worker.navigate(url("/children/" + child));
        assertThat(worker.locator("#safeguarding")).containsText("None recorded");
        worker.click("#record-strategy-discussion");
        assertThat(worker.locator("h1")).hasText("Record a strategy discussion");
        worker.check("#kind");
        worker.fill("#chairedBy", "Morgan Manager, team manager");
        worker.fill(field("participants[0].name"), "Jordan Social-Worker");
        worker.check(field("participants[0].attendance"));
        worker.fill(field("participants[0].informationShared"), "Tegen has autism and uses symbols; known to the disability team since 2022.");
        worker.fill(field("participants[1].name"), "DC Example Officer");
        worker.check(field("participants[1].attendance"));
        worker.fill(field("participants[1].informationShared"), "Called to the home last night: mother's partner arrested for assault on mother.");
        worker.fill(field("participants[2].name"), "Dr Example");
        worker.check(field("participants[2].attendance-SENT_INFORMATION"));
        worker.fill(field("participants[3].name"), "Ms Example Teacher");
        worker.check(field("participants[3].attendance"));
        worker.fill(field("participants[3].informationShared"), "Tegen arrived with a bruise on her arm and pointed to the 'hurt' symbol.");
        worker.check("#section47");
        worker.check("#jointEnquiry");
        worker.fill("#decisionReason", "An injury, Tegen's own communication and domestic abuse at home: reasonable cause to suspect significant harm.");
        worker.fill(field("actions[0].action"), "Joint visit with the police and the disability team");
        worker.fill(field("actions[0].ownerName"), "Jordan Social-Worker");
        worker.selectOption(field("actions[0].ownerAgency"), "SOCIAL_CARE");
        worker.click("#add-action");
        assertThat(worker.locator(field("actions[3].action"))).isVisible();
        assertThat(worker.locator(field("actions[0].action"))).hasValue("Joint visit with the police and the disability team");
        assertThat(accessibilityViolations(worker)).isEmpty();
        worker.click("#save-discussion");
        assertThat(worker.locator(".govuk-error-summary")).containsText("Enter the date action 1 is due");
        assertThat(worker.locator(field("actions[0].due-error"))).containsText("Enter the date action 1 is due");
        worker.fill(field("actions[0].dueDay"), String.valueOf(today.getDayOfMonth()));
        worker.fill(field("actions[0].dueMonth"), String.valueOf(today.getMonthValue()));
        worker.fill(field("actions[0].dueYear"), String.valueOf(today.getYear()));
        worker.click("#save-discussion");

        assertThat(worker.locator("#recorded-banner")).hasText("Strategy discussion recorded");
        assertThat(worker.locator("#decision")).hasText("Section 47 enquiry, joint with the police");
        assertThat(worker.locator("#participants")).containsText("mother's partner arrested");
        assertThat(worker.locator("#participants")).containsText("Sent information in writing");
        snapshot(worker, "strategy-discussion");
        assertThat(accessibilityViolations(worker)).isEmpty();

        LocalDate heldOn = today;
        worker.click("#start-enquiry-button");
        assertThat(worker.locator("#changed-banner")).hasText("Section 47 enquiry started");
        assertThat(worker.locator("#conference-due")).containsText(DAY.format(timescales.due("T5", heldOn)));
        assertThat(worker.locator("#lead-worker")).containsText("Jordan Social-Worker");
        worker.selectOption("#staffId", new SelectOption().setValue(coworker.id().toString()));
        worker.fill("#reason", "Tegen communicates with symbols: the disability team co-works to hear her views.");
        worker.click("#add-coworker");
        assertThat(worker.locator("#coworkers")).containsText("Kit Disability-Worker, Children with Disabilities");
        snapshot(worker, "section-47-enquiry");
        assertThat(accessibilityViolations(worker)).isEmpty();
        worker.context().close();

        Page cwd = newPage();
        signIn(cwd, username, PASSWORD);
        assertThat(cwd.locator("#my-section47")).containsText("Tegen Rowse");
        assertThat(cwd.locator("#my-section47")).containsText("Co-worker");
        assertThat(accessibilityViolations(cwd)).isEmpty();
        cwd.locator("#my-section47 a", new Page.LocatorOptions().setHasText("Tegen Rowse")).click();
        assertThat(cwd.locator("#enquiry-heading")).hasText("Section 47 enquiry");
        assertThat(cwd.locator("#check-HEALTH_GP")).containsText("Not recorded");
        cwd.check("#kind-AGENCY_CHECK");
        cwd.selectOption("#agency", "HEALTH_GP");
        cwd.check("#checkDone");
        cwd.fill("#detail", "GP: Tegen seen in March for the same arm; recorded as a fall at school. Paediatric review requested.");
        cwd.click("#record-step");

        assertThat(cwd.locator("#changed-banner")).hasText("Step recorded");
        assertThat(cwd.locator("#timeline .step-recorded-by")).containsText("Kit Disability-Worker (Children with Disabilities)");
        assertThat(cwd.locator("#check-HEALTH_GP")).containsText("Done");
        assertThat(cwd.locator("#check-POLICE")).containsText("Not recorded");
        snapshot(cwd, "section-47-co-worker-check");
        assertThat(accessibilityViolations(cwd)).isEmpty();
        cwd.context().close();
    }
}
