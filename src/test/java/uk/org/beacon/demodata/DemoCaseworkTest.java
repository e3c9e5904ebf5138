package uk.org.beacon.demodata;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.org.beacon.BeaconIntegrationTest;

class DemoCaseworkTest extends BeaconIntegrationTest {

    @Autowired JdbcClient jdbc;

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    @Test
    void referredChildrenAreAllocatedSomeWaitForAWorkerAndTwoTransfersAreInProgress() {
        assertThat(count("SELECT count(*) FROM casework.allocation WHERE lead AND worker_id IS NOT NULL AND allocated_to IS NULL")).isGreaterThan(20);
        assertThat(count("SELECT count(*) FROM casework.allocation WHERE lead AND worker_id IS NULL AND allocated_to IS NULL")).isPositive();
        assertThat(count("SELECT count(*) FROM casework.transfer WHERE status = 'REQUESTED'")).isBetween(1L, 2L);
        assertThat(count("""
                SELECT count(DISTINCT child_id) FROM casework.allocation WHERE allocated_to IS NULL
                  AND worker_id = (SELECT id FROM identity.staff_member WHERE username = 'social.worker')
                """)).isGreaterThanOrEqualTo(8);
    }

    @Test
    void allocatedChildrenHaveVisitingClocksRunningSomeOverdueAndManagersHaveOversightOnRecord() {
        assertThat(count("""
                SELECT count(*) FROM timescales.clock c WHERE c.rule_id IN ('T9', 'T10') AND c.stopped_on IS NULL AND c.ended_on IS NULL
                  AND EXISTS (SELECT 1 FROM casework.allocation a WHERE a.child_id = c.child_id AND a.allocated_to IS NULL)
                """)).isGreaterThan(10);
        assertThat(count("SELECT count(*) FROM casework.management_decision")).isPositive();
        assertThat(count("SELECT count(*) FROM casework.supervision")).isPositive();
        assertThat(count("SELECT count(*) FROM casework.authorisation WHERE status = 'AWAITING'")).isPositive();
    }
}
