package uk.org.beacon.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
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
import uk.org.beacon.childprotection.plan.ChildProtectionPlans;
import uk.org.beacon.demodata.DemoAuthority;
import uk.org.beacon.frontdoor.ReferralAccepted;
import uk.org.beacon.frontdoor.ScreeningDecision;
import uk.org.beacon.identity.Staff;
import uk.org.beacon.person.People;
import uk.org.beacon.person.PersonTestData;

/**
 * The chair opens a child's plan, records the review conference that ends it with the reason and a step-down to a
 * child in need plan (a refusal first, shown at its field); the plan shows as ended and the child's record shows the
 * child in need plan, started the day the child protection plan ended.
 */
class ReviewConferenceEndsThePlanJourneyTest extends BrowserJourney {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    @Autowired ChildProtectionPlans cpPlans;
    @Autowired People people;
    @Autowired Staff staff;
    @Autowired WorkingDays workingDays;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;

    private void awaitDelivery() {
        EventDelivery.awaitAll(jdbc);
    }

    private LocalDate workingDayOnOrBefore(LocalDate day) {
        LocalDate d = day;
        while (!workingDays.isWorkingDay(d)) {
            d = d.minusDays(1);
        }
        return d;
    }

    @Test
    void theChairRecordsAReviewConferenceThatEndsThePlanSteppingDownToAChildInNeedPlan() {
        UUID child = SignedIn.as("social.worker", "SOCIAL_WORKER",
                () -> people.register(PersonTestData.child("Wilfred", "Endacott", LocalDate.of(2015, 11, 2))).id());
        UUID referral = UUID.randomUUID();
        LocalDate today = cpPlans.today();
        transactions.executeWithoutResult(s -> events.publishEvent(new ReferralAccepted(referral, UUID.randomUUID(), child, today.minusMonths(5),
                "1B", ScreeningDecision.REFERRAL_FOR_ASSESSMENT, false)));
        awaitDelivery();
        LocalDate conferenceOn = workingDayOnOrBefore(today.minusMonths(4));
        UUID chair = staff.findByUsername("chair").orElseThrow().id();
        transactions.executeWithoutResult(s -> events.publishEvent(new InitialConferenceHeld(UUID.randomUUID(), child, UUID.randomUUID(), referral,
                conferenceOn, true, "NEG", chair)));
        awaitDelivery();
        assertThat(SignedIn.as("chair", "CP_CHAIR", () -> cpPlans.forChild(child))).singleElement()
                .satisfies(p -> assertThat(p.open()).isTrue());
        LocalDate reviewOn = workingDayOnOrBefore(today);

        Page page = newPage();
        signIn(page, "chair", DemoAuthority.DEMO_PASSWORD);
        page.navigate(url("/children/" + child));
        page.click("#record-cp-plans a");
        assertThat(page.locator("h1")).containsText("Running");
        assertThat(page.locator("#plan-clocks")).containsText("(T8)");
        assertThat(page.locator("#review-form")).isVisible();
        assertThat(accessibilityViolations(page)).isEmpty();

        page.fill("#heldOn", String.valueOf(reviewOn.getDayOfMonth()));
        page.fill("#heldOnMonth", String.valueOf(reviewOn.getMonthValue()));
        page.fill("#heldOnYear", String.valueOf(reviewOn.getYear()));
        page.check("#decision-END");
        page.fill("#summary", "Home conditions have been good for three months; Wilfred is at school every day and says he feels safe.");
        page.click("#record-review");
        assertThat(page.locator(".govuk-error-summary")).containsText("Give the reason the plan ends");
        assertThat(page.locator("#endReason-error")).isVisible();
        assertThat(page.locator("#stepDown-error")).containsText("Say where the child's support goes next");
        assertThat(page.locator("#summary")).hasValue("Home conditions have been good for three months; Wilfred is at school every day and says "
                + "he feels safe.");

        page.fill("#heldOn", String.valueOf(reviewOn.getDayOfMonth()));
        page.fill("#heldOnMonth", String.valueOf(reviewOn.getMonthValue()));
        page.fill("#heldOnYear", String.valueOf(reviewOn.getYear()));
        page.fill("#endReason", "The risk of significant harm has reduced: his needs can be met on a child in need plan");
        page.check("#stepDown");
        page.selectOption("#lateReasonCode", "FAMILY_UNAVAILABLE");
        page.fill("#lateReasonText", "The review was moved when the family was away");
        page.click("#record-review");

        assertThat(page.locator("h1")).containsText("Ended");
        assertThat(page.locator("#plan-ended")).containsText(DAY.format(reviewOn));
        assertThat(page.locator("#plan-ended")).containsText("his needs can be met on a child in need plan");
        assertThat(page.locator("#plan-ended")).containsText("Step-down: Child in need plan");
        assertThat(page.locator("#plan-reviews")).containsText("The plan ends");
        assertThat(page.locator("#review-form")).hasCount(0);
        assertThat(page.locator("body")).containsText("No clocks running.");
        snapshot(page, "review-conference-ended-the-plan");
        assertThat(accessibilityViolations(page)).isEmpty();

        awaitDelivery();
        page.navigate(url("/children/" + child));
        assertThat(page.locator("#record-cp-plans")).containsText(DAY.format(reviewOn));
        assertThat(page.locator("#cin-plan-link")).containsText("Child in need plan since " + DAY.format(reviewOn));
        snapshot(page, "child-record-after-step-down");
        assertThat(accessibilityViolations(page)).isEmpty();
        assertThat(SignedIn.as("chair", "CP_CHAIR", () -> cpPlans.forChild(child)).get(0).endedOn()).isEqualTo(reviewOn);
    }
}
