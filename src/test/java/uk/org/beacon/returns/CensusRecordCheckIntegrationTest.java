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
        List<Long> first = kept(child);
        assertThat(first).hasSize(found.size());

        assertThat(checks.checkChild(child)).isEqualTo(found);
        assertThat(kept(child)).as("the same rows: nothing deleted or written again").isEqualTo(first);

        jdbc.sql("DELETE FROM returns.cin_breach WHERE person_id = :c").param("c", child).update();
        assertThat(checks.checkChild(child)).isEqualTo(found);
        List<Long> again = kept(child);
        assertThat(again).hasSize(found.size()).doesNotContainAnyElementsOf(first);
    }

    private List<Long> kept(UUID child) {
        return jdbc.sql("SELECT id FROM returns.cin_breach WHERE person_id = :c ORDER BY id").param("c", child).query(Long.class).list();
    }
}
