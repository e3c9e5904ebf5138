package uk.org.beacon.demodata;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.org.beacon.BeaconIntegrationTest;

/** The demo's strategy discussions and section 47 enquiries look like a working authority's year. */
class DemoSafeguardingTest extends BeaconIntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void theDemoHasStrategyDiscussionsWithThePoliceAndEnquiriesStartedFromThem() {
        long discussions = jdbc.sql("SELECT count(*) FROM reporting.strategy_discussion").query(Long.class).single();
        long decided = jdbc.sql("SELECT count(*) FROM reporting.strategy_discussion WHERE section47").query(Long.class).single();
        long enquiries = jdbc.sql("SELECT count(*) FROM reporting.section47 s JOIN reporting.strategy_discussion d ON d.discussion_id = s.strategy_discussion_id "
                + "WHERE d.initiated_enquiry_id = s.enquiry_id").query(Long.class).single();
        assertThat(discussions).isPositive();
        assertThat(decided).isPositive().isLessThanOrEqualTo(discussions);
        assertThat(enquiries).isPositive();
        assertThat(jdbc.sql("""
                SELECT count(*) FROM childprotection.strategy_discussion d WHERE NOT EXISTS (
                  SELECT 1 FROM childprotection.strategy_participant p WHERE p.discussion_id = d.id AND p.agency = 'POLICE')
                """).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM childprotection.section47_step WHERE kind = 'AGENCY_CHECK'").query(Long.class).single()).isPositive();
    }

    @Test
    void olderEnquiriesHaveASignedOffOutcomeAndThoseNeedingNoConferenceEndTheirClock() {
        long concluded = jdbc.sql("SELECT count(*) FROM reporting.section47 WHERE status = 'CONCLUDED'").query(Long.class).single();
        assertThat(concluded).isPositive();
        assertThat(jdbc.sql("""
                SELECT count(*) FROM reporting.section47 s JOIN timescales.clock c ON c.subject_type = 'SECTION_47' AND c.subject_id = s.enquiry_id
                WHERE s.icpc_not_required AND c.ended_on IS NULL
                """).query(Long.class).single()).isZero();
    }
}
