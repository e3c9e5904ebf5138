package uk.org.beacon.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import uk.org.beacon.demodata.DemoAuthority;

class AdministratorSetsALocalTimescaleJourneyTest extends BrowserJourney {

    @Test
    void anAdministratorLoosensAStatutoryReviewTimescaleOnlyWithARecordedDecisionThenReturnsToTheNationalDefault() {
        Page admin = newPage();
        signIn(admin, "admin", DemoAuthority.DEMO_PASSWORD);

        admin.navigate(url("/admin/timescales"));
        assertThat(admin.locator("#rule-T11b")).containsText("6 months");
        snapshot(admin, "timescales");
        assertThat(accessibilityViolations(admin)).isEmpty();

        admin.click("#rule-T11b a");
        admin.fill("#amount", "7");
        admin.selectOption("#unit", "MONTHS");
        admin.fill("#reason", "Synthetic: reviews aligned with school terms");
        admin.click("#save-override");
        assertThat(admin.locator(".govuk-error-summary")).containsText("recorded decision");
        assertThat(admin.locator("#decisionReference-error")).isVisible();
        snapshot(admin, "timescale-needs-decision");
        assertThat(accessibilityViolations(admin)).isEmpty();

        admin.fill("#decisionReference", "Synthetic decision 2026/07");
        admin.click("#save-override");
        assertThat(admin.locator("#timescale-saved")).containsText("T11b");
        assertThat(admin.locator("#rule-T11b")).containsText("7 months");

        admin.click("#rule-T11b a");
        assertThat(admin.locator("#local-setting")).containsText("Synthetic decision 2026/07");
        snapshot(admin, "timescale-overridden");
        assertThat(accessibilityViolations(admin)).isEmpty();
        admin.fill("#removalReason", "Term alignment ended");
        admin.click("#remove-override");
        assertThat(admin.locator("#timescale-saved")).containsText("national default");
        assertThat(admin.locator("#rule-T11b")).containsText("National default");

        admin.navigate(url("/admin/bank-holidays?year=2026"));
        assertThat(admin.locator("#bank-holidays")).containsText("Boxing Day (substitute day)");
        snapshot(admin, "bank-holidays");
        assertThat(accessibilityViolations(admin)).isEmpty();
        admin.context().close();
    }
}
