package uk.org.beacon.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.jayway.jsonpath.JsonPath;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import uk.org.beacon.demodata.DemoAuthority;

/**
 * A manager opens the board scorecard, follows a measure that is close to target (amber) to its
 * page, and opens a child behind the figure. The test makes the measure amber for today itself: as
 * the quality and performance officer it sets a target just past today's value (by the measure's
 * polarity) with the value inside the amber tolerance, and puts the original target back at the end
 * (a new dated change), so no other test sees a different RAG.
 */
class ManagerFollowsAnAmberMeasureToAChildJourneyTest extends BrowserJourney {

    /** Percentages no other test asserts the RAG of; the first with a figure between 1% and 99% today is used. */
    private static final List<String> CANDIDATES = List.of("ICPC_POLICE_ATTENDED", "ICPC_CHILD_PARTICIPATED", "ICPC_ADVOCATE_USED",
            "CP_CORE_GROUPS_IN_TIME", "CP_REVIEWS_IN_TIME", "CIN_VISITS_IN_TIME", "CIN_REVIEWS_IN_TIME", "ASSESSMENTS_IN_TIME");
    private static final BigDecimal ONE = BigDecimal.ONE;
    private static final BigDecimal TOLERANCE = new BigDecimal("2");

    private record Figure(String id, String title, String polarity, BigDecimal value, long numerator, BigDecimal target,
            BigDecimal amberTolerance, long version) {}

    private Figure figure(String id) throws Exception {
        String json = mvc.perform(get("/api/v1/performance/measures/" + id).with(httpBasic("quality", DemoAuthority.DEMO_PASSWORD)))
                .andReturn().getResponse().getContentAsString();
        Number value = JsonPath.read(json, "$.value");
        Number target = JsonPath.read(json, "$.target");
        Number tolerance = JsonPath.read(json, "$.amberTolerance");
        Number numerator = JsonPath.read(json, "$.numerator");
        Number version = JsonPath.read(json, "$.version");
        return new Figure(id, JsonPath.read(json, "$.title"), JsonPath.read(json, "$.polarity"),
                value == null ? null : new BigDecimal(value.toString()), numerator.longValue(),
                target == null ? null : new BigDecimal(target.toString()), new BigDecimal(tolerance.toString()), version.longValue());
    }

    private void setTarget(String id, long version, BigDecimal target, BigDecimal tolerance, String reason) throws Exception {
        int status = mvc.perform(put("/api/v1/performance/measures/" + id + "/target").param("version", String.valueOf(version))
                        .with(httpBasic("quality", DemoAuthority.DEMO_PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"target\":" + target.toPlainString() + ",\"amberTolerance\":" + tolerance.toPlainString()
                                + ",\"reason\":\"" + reason + "\"}"))
                .andReturn().getResponse().getStatus();
        assertThat(status).as("changing the target of " + id).isEqualTo(200);
    }

    @Test
    void aManagerOpensTheBoardClicksAnAmberMeasureAndReachesAChildBehindIt() throws Exception {
        Figure measure = null;
        for (String id : CANDIDATES) {
            Figure f = figure(id);
            if (f.target() != null && f.value() != null && f.numerator() > 0 && f.value().compareTo(ONE) >= 0
                    && f.value().compareTo(BigDecimal.valueOf(99)) <= 0) {
                measure = f;
                break;
            }
        }
        assertThat(measure).as("a percentage measure with a figure between 1% and 99% today among " + CANDIDATES).isNotNull();
        // the officer's form refuses a change without a reason, at the field, and changes nothing
        Page officer = newPage();
        signIn(officer, "quality", DemoAuthority.DEMO_PASSWORD);
        officer.navigate(url("/performance/measures/" + measure.id()));
        assertThat(officer.locator("#target")).hasValue(measure.target().stripTrailingZeros().toPlainString());
        officer.fill("#target", "101");
        officer.click("#change-target-button");
        assertThat(officer.locator(".govuk-error-summary a").first()).hasText("Enter the target as a percentage from 0 to 100");
        assertThat(officer.locator("#reason-error")).containsText("Enter why the target is changing");
        assertThat(officer.locator("#target")).hasValue("101");
        snapshot(officer, "target-form-errors");
        assertThat(accessibilityViolations(officer)).isEmpty();
        officer.context().close();
        assertThat(figure(measure.id()).version()).isEqualTo(measure.version());

        // just short of the target, inside the tolerance: amber whichever way is better
        BigDecimal amberTarget = "HIGHER_IS_BETTER".equals(measure.polarity()) ? measure.value().add(ONE) : measure.value().subtract(ONE);
        setTarget(measure.id(), measure.version(), amberTarget, TOLERANCE, "Journey test: close to target for today");
        try {
            Page page = newPage();
            signIn(page, "manager", DemoAuthority.DEMO_PASSWORD);
            page.navigate(url("/performance"));
            assertThat(page.locator("h1")).containsText("Board scorecard");
            Locator row = page.locator("#measure-" + measure.id());
            assertThat(row.locator(".govuk-tag")).hasText("Close to target");
            assertThat(row).containsText(measure.value().stripTrailingZeros().toPlainString() + "%");
            assertThat(row).containsText(amberTarget.stripTrailingZeros().toPlainString() + "%");
            // the figures come first; the page then fetches the twelve-month trend lines into their cells
            assertThat(row.locator("#trend-" + measure.id() + " svg[role='img']")).hasCount(1);
            assertThat(page.locator("#scorecard a", new Page.LocatorOptions().setHasText("Show the trend"))).hasCount(0);
            snapshot(page, "board-scorecard-amber");
            assertThat(accessibilityViolations(page)).isEmpty();

            row.locator("a", new Locator.LocatorOptions().setHasText(measure.title())).click();
            assertThat(page.locator("#measure-title")).hasText(measure.title());
            assertThat(page.locator("#measure-rag")).hasText("Close to target");
            assertThat(page.locator("#target-history")).containsText("Journey test: close to target for today");
            assertThat(page.locator("#change-target")).hasCount(0);
            snapshot(page, "amber-measure");
            assertThat(accessibilityViolations(page)).isEmpty();

            Locator child = page.locator("#items a[href^='/children/']").filter(new Locator.FilterOptions().setHasNotText("Restricted record")).first();
            String name = child.textContent().trim();
            child.click();
            assertThat(page.locator("#child-name")).hasText(name);
            snapshot(page, "child-behind-amber-measure");
            assertThat(accessibilityViolations(page)).isEmpty();
            page.context().close();
        } finally {
            Figure now = figure(measure.id());
            setTarget(measure.id(), now.version(), measure.target(), measure.amberTolerance(), "Journey test: the original target back");
        }
        Figure after = figure(measure.id());
        assertThat(after.target()).isEqualByComparingTo(measure.target());
        assertThat(after.amberTolerance()).isEqualByComparingTo(measure.amberTolerance());
    }
}
