package uk.org.beacon.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uk.org.beacon.SignedIn.as;

import com.microsoft.playwright.Page;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.org.beacon.childinneed.EpisodeSummary;
import uk.org.beacon.childinneed.Episodes;
import uk.org.beacon.demodata.DemoAuthority;
import uk.org.beacon.frontdoor.Channel;
import uk.org.beacon.frontdoor.Consent;
import uk.org.beacon.frontdoor.ContactDetails;
import uk.org.beacon.frontdoor.ContactRecord;
import uk.org.beacon.frontdoor.Contacts;
import uk.org.beacon.frontdoor.RequestType;
import uk.org.beacon.frontdoor.ScreeningDecision;
import uk.org.beacon.frontdoor.Urgency;
import uk.org.beacon.person.People;
import uk.org.beacon.person.PersonRecord;
import uk.org.beacon.person.UniquePupilNumber;

/**
 * Checked while recording: a child referred this year whose date of birth was typed ten years too
 * early looks 25 in the census (query 8775Q); the worker sees it on the child's record, follows the
 * link, corrects the date and the breach is gone from the record.
 */
class SocialWorkerFixesACensusBreachJourneyTest extends BrowserJourney {

    @Autowired People people;
    @Autowired Contacts contacts;
    @Autowired Episodes episodes;
    @Autowired JdbcClient jdbc;

    @Test
    void aWorkerSeesACensusBreachOnTheChildsRecordCorrectsTheDateOfBirthAndTheBreachDisappears() {
        LocalDate typed = LocalDate.of(2001, 6, 15);
        UUID child = as("social.worker", "SOCIAL_WORKER", () -> people.register(new PersonRecord("CHILD", "Rhian", null, "Census", null, List.of(),
                typed, null, "F", null, "WBRI", null, "eng", false, Set.of("NONE"),
                UniquePupilNumber.withCheckLetter("330" + "20110615" + "7"), null, null, null, null,
                new PersonRecord.AddressLines("8 Return Row", null, "Testtown", "DM3 3RR", null))).id());
        ContactDetails contact = as("screener", "SCREENER", () -> contacts.record(new ContactRecord(Instant.now().minusSeconds(3600), Channel.PHONE,
                "2A", child, "Rhian", "Census", typed, "DM3 3RR", "8 Return Row", Set.of("NEGLECT"),
                "Rhian has missed most of this term and says there is no food at home.", null, Consent.GIVEN, null, RequestType.SERVICE,
                Urgency.ROUTINE, "Ms Example Teacher", "Northgate Academy", "Designated safeguarding lead", "01632 960 001",
                "dsl@northgate.example", null, null, false)));
        as("manager", "TEAM_MANAGER", () -> contacts.decide(contact.id(), contact.version(), ScreeningDecision.REFERRAL_FOR_ASSESSMENT,
                "Missed schooling and no food at home: a child and family assessment is needed.", null));
        await().atMost(Duration.ofSeconds(60)).until(() -> as("social.worker", "SOCIAL_WORKER", () -> episodes.openFor(child)).isPresent());
        EpisodeSummary episode = as("social.worker", "SOCIAL_WORKER", () -> episodes.openFor(child)).orElseThrow();
        as("social.worker", "SOCIAL_WORKER", () -> episodes.recordPrimaryNeed(episode.id(), episode.version(), "N1"));

        Page page = newPage();
        signIn(page, "social.worker", DemoAuthority.DEMO_PASSWORD);
        page.navigate(url("/children/" + child));
        assertThat(page.locator("#census-breaches tr[data-rule='8775Q']")).containsText("25");
        snapshot(page, "census-breach-on-record");
        assertThat(accessibilityViolations(page)).isEmpty();

        page.locator("#census-breaches tr[data-rule='8775Q'] a").click();
        page.fill("#dateOfBirthYear", "2011");
        page.click("#save-person");
        assertThat(page.locator("#saved-banner")).hasText("Changes saved");

        page.navigate(url("/children/" + child));
        assertThat(page.locator("#census-section")).isVisible();
        assertThat(page.locator("#census-breaches tr[data-rule='8775Q']")).hasCount(0);
        assertThat(jdbc.sql("SELECT count(*) FROM reporting.cin_census_breach WHERE child_id = :c AND rule = '8775Q'").param("c", child)
                .query(Long.class).single()).as("the kept breaches, which data quality counts, follow the fix").isZero();
        page.context().close();
    }
}
