package uk.org.beacon.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import uk.org.beacon.EventDelivery;
import uk.org.beacon.SignedIn;
import uk.org.beacon.calendar.WorkingDays;
import uk.org.beacon.childprotection.conference.InitialConferenceHeld;
import uk.org.beacon.childprotection.plan.ChildProtectionPlanSummary;
import uk.org.beacon.childprotection.plan.ChildProtectionPlans;
import uk.org.beacon.demodata.DemoAuthority;
import uk.org.beacon.identity.Staff;
import uk.org.beacon.person.People;
import uk.org.beacon.person.PersonTestData;
import uk.org.beacon.planning.PlanActionContent;
import uk.org.beacon.planning.PlanActionSummary;
import uk.org.beacon.planning.PlanDetails;

class CoreGroupMarksActionsJourneyTest extends BrowserJourney {

    @Autowired ChildProtectionPlans cpPlans;
    @Autowired People people;
    @Autowired Staff staff;
    @Autowired WorkingDays workingDays;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;

    @Test
    void theSocialWorkerRecordsTheFirstCoreGroupMarkingAnActionDoneAndTheNextCoreGroupClockStarts() {
        UUID child = SignedIn.as("social.worker", "SOCIAL_WORKER",
                () -> people.register(PersonTestData.child("Elowen", "Corefield", LocalDate.of(2016, 9, 9))).id());
        LocalDate held = cpPlans.today().minusDays(1);
        while (!workingDays.isWorkingDay(held)) {
            held = held.minusDays(1);
        }
        LocalDate on = held;
        UUID chair = staff.findByUsername("chair").orElseThrow().id();
        transactions.executeWithoutResult(s -> events.publishEvent(new InitialConferenceHeld(UUID.randomUUID(), child, UUID.randomUUID(),
                UUID.randomUUID(), on, true, "EMO", chair)));
        EventDelivery.awaitAll(jdbc);
        ChildProtectionPlanSummary plan = SignedIn.as("chair", "CP_CHAIR", () -> cpPlans.forChild(child)).get(0);
        PlanActionSummary action = SignedIn.as("social.worker", "SOCIAL_WORKER", () -> {
            PlanDetails p = cpPlans.addOutcome(plan.id(), cpPlans.detailsOf(plan.id()).plan().version(), "Elowen feels safe at home");
            return cpPlans.addAction(plan.id(), p.outcomes().get(0).id(), p.version(), new PlanActionContent(
                    "Fit a lock to Elowen's bedroom door this week", "Rowan Corefield", "Mother", null,
                    "Elowen says she sleeps through the night", cpPlans.today().plusWeeks(2), true)).action();
        });
        LocalDate today = cpPlans.today();

        Page page = newPage();
        signIn(page, "social.worker", DemoAuthority.DEMO_PASSWORD);
        page.navigate(url("/children/" + child + "/child-protection/plans/" + plan.id()));
        assertThat(page.locator("h1")).containsText("Child protection plan");
        assertThat(page.locator("#latest-category")).hasText("Emotional abuse");
        assertThat(page.locator("#plan-clocks")).containsText("(T6)");
        assertThat(accessibilityViolations(page)).isEmpty();

        page.click("#record-meeting");
        assertThat(page.locator(".govuk-error-summary")).containsText("Say who attended the core group meeting");
        assertThat(page.locator("#attendees-error")).isVisible();

        page.fill("#meetingOn", String.valueOf(today.getDayOfMonth()));
        page.fill("#meetingOnMonth", String.valueOf(today.getMonthValue()));
        page.fill("#meetingOnYear", String.valueOf(today.getYear()));
        page.fill("#attendees", "Social worker, mother, school nurse");
        page.fill("#meetingSummary", "The lock is fitted; Elowen is sleeping better");
        page.selectOption("#progressStatus-" + action.id(), "DONE");
        page.fill("#progressNote-" + action.id(), "Lock fitted on Tuesday; seen on the visit");
        page.click("#record-meeting");

        assertThat(page.locator("#core-group-meetings")).containsText("Social worker, mother, school nurse");
        assertThat(page.locator("#action-" + action.id())).containsText("Done");
        assertThat(page.locator("#plan-clocks")).containsText("(T7)");
        assertThat(page.locator("#plan-clocks")).not().containsText("(T6)");
        snapshot(page, "core-group-recorded");
        assertThat(accessibilityViolations(page)).isEmpty();
    }
}
