package uk.org.beacon.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.org.beacon.SignedIn.as;


import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.org.beacon.EventDelivery;
import uk.org.beacon.BeaconIntegrationTest;
import uk.org.beacon.casework.Allocations;
import uk.org.beacon.chronology.ChronologyEntries;
import uk.org.beacon.chronology.CuratedEntry;
import uk.org.beacon.chronology.EntryType;
import uk.org.beacon.frontdoor.ReferralAccepted;
import uk.org.beacon.frontdoor.ScreeningDecision;
import uk.org.beacon.identity.Staff;
import uk.org.beacon.identity.Teams;
import uk.org.beacon.person.People;
import uk.org.beacon.person.PersonRecord;

class DataQualityIntegrationTest extends BeaconIntegrationTest {

    @Autowired DataQuality quality;
    @Autowired Scorecards scorecards;
    @Autowired Teams teams;
    @Autowired Staff staff;
    @Autowired People people;
    @Autowired Allocations allocations;
    @Autowired ChronologyEntries chronology;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Autowired org.springframework.context.ApplicationEventPublisher events;
    @Autowired org.springframework.transaction.support.TransactionTemplate transactions;

    @Test
    void aWorkersScoreIsThePercentageOfTheirChildrensRecordsCompleteAndTheirFixesLinkToEachRecord() {
        LocalDate today = scorecards.today();
        PerformanceTestData.TestTeam t = PerformanceTestData.team(teams, staff, "Data quality team");
        UUID ada = as("social.worker", "SOCIAL_WORKER", () -> people.register(new PersonRecord("CHILD", "Ada", null, "Fennimore", null, List.of(),
                LocalDate.of(2015, 1, 9), null, "F", null, null, null, "eng", false, Set.of(), null, null, null, null, null,
                new PersonRecord.AddressLines("3 Test Row", null, "Testtown", "DM1 2AB", null))).id());
        UUID ben = PerformanceTestData.child(people, "Ben", "Fennimore");
        String manager = t.manager().username();
        as(manager, "TEAM_MANAGER", () -> allocations.allocate(ada, 0, t.first().id(), today.minusDays(5), "Allocated"));
        as(manager, "TEAM_MANAGER", () -> allocations.allocate(ben, 0, t.first().id(), today.minusDays(5), "Allocated"));

        List<QualityScore> workers = as(manager, "TEAM_MANAGER", () -> quality.scores(today, t.team().id()).byGroup());
        assertThat(workers).singleElement().satisfies(s -> {
            assertThat(s.id()).isEqualTo(t.first().id());
            assertThat(s.checked()).isEqualTo(12);
            assertThat(s.passed()).isEqualTo(7);
            assertThat(s.formatted()).isEqualTo("58.3%");
        });
        List<QualityScore> rules = as(manager, "TEAM_MANAGER", () -> quality.scores(today, t.team().id()).byRule());
        assertThat(rules).filteredOn(s -> s.key().equals("ETHNICITY")).singleElement()
                .satisfies(s -> assertThat(s.checked() + "/" + s.passed()).isEqualTo("2/1"));
        assertThat(rules).filteredOn(s -> s.key().equals("UPN")).singleElement()
                .satisfies(s -> assertThat(s.checked() + "/" + s.passed()).isEqualTo("2/0"));

        List<QualityFix> fixes = as(t.first().username(), "SOCIAL_WORKER", () -> quality.fixes(t.first().id(), today));
        assertThat(fixes).extracting(f -> f.ruleId() + " " + f.label()).containsExactly("ETHNICITY Ada Fennimore", "NHS_NUMBER Ada Fennimore",
                "UPN Ada Fennimore", "UPN Ben Fennimore", "DISABILITY Ada Fennimore");
        assertThat(fixes.get(0).link()).isEqualTo("/people/" + ada + "/edit");

        assertThat(as(manager, "TEAM_MANAGER", () -> quality.scores(today.minusDays(6), t.team().id()).byGroup())).isEmpty();
        assertThat(as("quality", "QUALITY_PERFORMANCE", () -> quality.scores(today, null).byGroup()))
                .filteredOn(s -> t.team().id().equals(s.id())).singleElement()
                .satisfies(s -> assertThat(s.checked() + "/" + s.passed() + " " + s.name()).isEqualTo("12/7 " + t.team().name()));
    }

    /**
     * Chronology entries present: Ann and Bea were referred five months ago and allocated four months
     * ago (entries from the referral and the allocation); Bea's worker added an entry three weeks ago,
     * Ann has nothing since. Dot was referred ten days ago. Cas has no episode of need, so is not checked.
     */
    @Test
    void aChildWithAnOpenEpisodeAndNoChronologyEntryInThreeMonthsIsAFixForTheirWorker() {
        LocalDate today = scorecards.today();
        PerformanceTestData.TestTeam t = PerformanceTestData.team(teams, staff, "Chronology team");
        UUID ann = PerformanceTestData.child(people, "Ann", "Lowender");
        UUID bea = PerformanceTestData.child(people, "Bea", "Lowender");
        UUID cas = PerformanceTestData.child(people, "Cas", "Lowender");
        UUID dot = PerformanceTestData.child(people, "Dot", "Trevail");
        referred(ann, today.minusDays(150));
        referred(bea, today.minusDays(150));
        referred(dot, today.minusDays(10));
        String manager = t.manager().username();
        for (UUID child : List.of(ann, bea, cas, dot)) {
            as(manager, "TEAM_MANAGER", () -> allocations.allocate(child, 0, t.first().id(), today.minusDays(120), "Allocated"));
        }
        as("social.worker", "SOCIAL_WORKER", () -> chronology.add(bea, new CuratedEntry(today.minusDays(21), null, EntryType.EDUCATION,
                "Excluded from school for two days", "The school excluded Bea after a fight; mum collected her.", null, true, "School report",
                false)));
        awaitDelivery();

        QualityScore rule = chronologyScore(today, t);
        assertThat(rule.checked() + "/" + rule.passed()).isEqualTo("3/2");
        List<QualityFix> fixes = as(t.first().username(), "SOCIAL_WORKER", () -> quality.fixes(t.first().id(), today)).stream()
                .filter(f -> f.ruleId().equals("CHRONOLOGY")).toList();
        assertThat(fixes).singleElement().satisfies(f -> {
            assertThat(f.childId()).isEqualTo(ann);
            assertThat(f.link()).isEqualTo("/children/" + ann + "/chronology");
        });
        QualityScore earlier = chronologyScore(today.minusDays(100), t);
        assertThat(earlier.checked() + "/" + earlier.passed()).as("as at 100 days ago: Dot not yet referred; nothing had been recorded yet")
                .isEqualTo("2/0");
    }

    private QualityScore chronologyScore(LocalDate asAt, PerformanceTestData.TestTeam t) {
        return as(t.manager().username(), "TEAM_MANAGER", () -> quality.scores(asAt, t.team().id()).byRule()).stream()
                .filter(s -> s.key().equals("CHRONOLOGY")).findFirst().orElseThrow();
    }

    private void referred(UUID child, LocalDate on) {
        transactions.executeWithoutResult(status -> events.publishEvent(new ReferralAccepted(UUID.randomUUID(), UUID.randomUUID(), child, on, "1B",
                ScreeningDecision.REFERRAL_FOR_ASSESSMENT, false)));
        awaitDelivery();
    }

    private void awaitDelivery() {
        EventDelivery.awaitAll(jdbc);
    }
}
