package uk.org.beacon.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.org.beacon.BeaconIntegrationTest;
import uk.org.beacon.returns.cin.CinBreach;
import uk.org.beacon.returns.cin.CinCensusChecks;

/** The child record's census check keeps the child's breaches, and writes only when they changed. */
class CensusRecordCheckIntegrationTest extends BeaconIntegrationTest {

    @Autowired CinCensusChecks checks;
    @Autowired JdbcClient jdbc;

    @Test
    void openingARecordAgainWithNothingChangedWritesNothingAndALostListIsKeptAgain() {
        UUID child = null;
        List<CinBreach> found = List.of();
        for (UUID seeded : jdbc.sql("SELECT DISTINCT person_id FROM demodata.seeded_fault ORDER BY 1").query(UUID.class).list()) {
            found = checks.checkChild(seeded);
            if (!found.isEmpty()) {
                child = seeded;
                break;
            }
        }
        assertThat(child).as("a demo child with a seeded census fault in the year running today").isNotNull();
        int lastYear = checks.currentYear().endYear() - 1;
        jdbc.sql("""
                INSERT INTO returns.cin_breach (census_year, person_id, la_child_id, rule, kind, message, fields, source_kind, checked_at)
                VALUES (:y, :c, 'LAST-YEAR', '8500', 'QUERY', 'Kept from last year''s return', '{}', 'CHILD', now())
                """).param("y", lastYear).param("c", child).update();
        long lastYearKept = countFor(child, lastYear);
        List<Long> first = kept(child);
        assertThat(first).hasSize(found.size());

        assertThat(checks.checkChild(child)).isEqualTo(found);
        assertThat(kept(child)).as("the same rows: nothing deleted or written again").isEqualTo(first);

        jdbc.sql("DELETE FROM returns.cin_breach WHERE person_id = :c AND census_year = :y").param("c", child)
                .param("y", checks.currentYear().endYear()).update();
        assertThat(checks.checkChild(child)).isEqualTo(found);
        List<Long> again = kept(child);
        assertThat(again).hasSize(found.size()).doesNotContainAnyElementsOf(first);
        // last year's kept breaches (ours, and any a whole return checked by another test kept) are left alone
        assertThat(countFor(child, lastYear)).as("last year's kept breaches are left alone").isEqualTo(lastYearKept).isPositive();
        assertThat(jdbc.sql("SELECT count(*) FROM returns.cin_breach WHERE person_id = :c AND census_year = :y AND la_child_id = 'LAST-YEAR'")
                .param("c", child).param("y", lastYear).query(Long.class).single()).isEqualTo(1);
    }

    private long countFor(UUID child, int year) {
        return jdbc.sql("SELECT count(*) FROM returns.cin_breach WHERE person_id = :c AND census_year = :y").param("c", child)
                .param("y", year).query(Long.class).single();
    }

    /** The child's kept breaches for the year running today (a whole return checked for another year keeps its own). */
    private List<Long> kept(UUID child) {
        return jdbc.sql("SELECT id FROM returns.cin_breach WHERE person_id = :c AND census_year = :y ORDER BY id").param("c", child)
                .param("y", checks.currentYear().endYear()).query(Long.class).list();
    }
}
