package uk.org.beacon.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.org.beacon.BeaconIntegrationTest;
import uk.org.beacon.returns.cin.CinBreach;
import uk.org.beacon.returns.cin.CinCensusRules;
import uk.org.beacon.returns.cin.CinCensusSource;
import uk.org.beacon.returns.cin.CinHeader;
import uk.org.beacon.returns.cin.CinReturn;
import uk.org.beacon.returns.cin.CinRuleKind;

/**
 * The demo authority's recording passes the CIN census rules with no error except the faults it
 * seeds on purpose and marks as such (a case note on the child and {@code demodata.seeded_fault}),
 * for the last year with a schema and for the year running today. Children other tests add to
 * the shared database after the demo was built are left out by their record numbers.
 */
class DemoAuthorityCensusTest extends BeaconIntegrationTest {

    @Autowired CinCensusSource source;
    @Autowired CinCensusRules rules;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;
    @Value("${beacon.la-number}") String laNumber;

    @Test
    void theDemoAuthoritysRecordingBreaksNoCensusRuleExceptTheFaultsItSeedsAndMarks() {
        LocalDate today = LocalDate.now(clock);
        long lastDemoRecord = jdbc.sql("SELECT last_record_number FROM demodata.generation").query(Long.class).single();
        Set<String> seeded = jdbc.sql("SELECT person_id || ' ' || rule FROM demodata.seeded_fault").query(String.class).set();
        assertThat(seeded).hasSize(3);
        List<UUID> marked = jdbc.sql("SELECT DISTINCT child_id FROM casework.case_note WHERE title LIKE 'Demo data fault (CIN census %'")
                .query(UUID.class).list();
        assertThat(marked).hasSize(3);

        for (CensusYear year : List.of(new CensusYear(2026), CensusYear.containing(today))) {
            // under the header the service puts on the file, so that only the recording is judged
            CinReturn read = source.build(year, today);
            CinReturn census = new CinReturn(year, new CinHeader(laNumber, "Beacon", "test", "001", LocalDateTime.now(clock).withNano(0)),
                    read.children());
            List<CinBreach> breaches = rules.check(census, today).stream()
                    .filter(b -> b.laChildId() == null || Long.parseLong(b.laChildId()) <= lastDemoRecord).toList();
            Set<String> errors = breaches.stream().filter(b -> b.kind() == CinRuleKind.ERROR)
                    .map(b -> b.personId() + " " + b.rule()).collect(Collectors.toSet());
            Set<String> seededErrors = seeded.stream().filter(s -> !s.endsWith("Q")).filter(s -> census.children().stream()
                    .anyMatch(c -> s.startsWith(c.personId().toString()))).collect(Collectors.toSet());
            assertThat(errors).as(year.label() + ": every error is a seeded fault:\n" + breaches.stream().filter(b -> b.kind() == CinRuleKind.ERROR)
                    .map(b -> b.rule() + " " + b.message()).collect(Collectors.joining("\n"))).isEqualTo(seededErrors);
            if (year.equals(CensusYear.containing(today))) {
                assertThat(breaches).anySatisfy(b -> assertThat(seeded).contains(b.personId() + " 8775Q"));
            }
        }
    }
}
