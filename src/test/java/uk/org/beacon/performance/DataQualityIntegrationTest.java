package uk.org.beacon.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.org.beacon.SignedIn.as;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.org.beacon.BeaconIntegrationTest;
import uk.org.beacon.casework.Allocations;
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

        List<QualityScore> workers = as(manager, "TEAM_MANAGER", () -> quality.byWorker(today, t.team().id()));
        assertThat(workers).singleElement().satisfies(s -> {
            assertThat(s.id()).isEqualTo(t.first().id());
            assertThat(s.checked()).isEqualTo(12);
            assertThat(s.passed()).isEqualTo(7);
            assertThat(s.formatted()).isEqualTo("58.3%");
        });
        List<QualityScore> rules = as(manager, "TEAM_MANAGER", () -> quality.byRule(today, t.team().id()));
        assertThat(rules).filteredOn(s -> s.key().equals("ETHNICITY")).singleElement()
                .satisfies(s -> assertThat(s.checked() + "/" + s.passed()).isEqualTo("2/1"));
        assertThat(rules).filteredOn(s -> s.key().equals("UPN")).singleElement()
                .satisfies(s -> assertThat(s.checked() + "/" + s.passed()).isEqualTo("2/0"));

        List<QualityFix> fixes = as(t.first().username(), "SOCIAL_WORKER", () -> quality.fixes(t.first().id(), today));
        assertThat(fixes).extracting(f -> f.ruleId() + " " + f.label()).containsExactly("ETHNICITY Ada Fennimore", "NHS_NUMBER Ada Fennimore",
                "UPN Ada Fennimore", "UPN Ben Fennimore", "DISABILITY Ada Fennimore");
        assertThat(fixes.get(0).link()).isEqualTo("/people/" + ada + "/edit");

        assertThat(as(manager, "TEAM_MANAGER", () -> quality.byWorker(today.minusDays(6), t.team().id()))).isEmpty();
        assertThat(as("quality", "QUALITY_PERFORMANCE", () -> quality.byTeam(today))).extracting(QualityScore::id).contains(t.team().id());
    }
}
