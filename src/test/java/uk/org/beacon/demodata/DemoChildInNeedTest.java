package uk.org.beacon.demodata;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.org.beacon.BeaconIntegrationTest;

class DemoChildInNeedTest extends BeaconIntegrationTest {

    @Autowired JdbcClient jdbc;

    @Test
    void theDemosReferralsOpenEpisodesThatNeverOverlapAndSomeHaveSmartPlansAndClosures() {
        assertThat(jdbc.sql("SELECT count(*) FROM reporting.cin_episode").query(Long.class).single()).isPositive();
        long overlapping = jdbc.sql("""
                SELECT count(*) FROM reporting.cin_episode a JOIN reporting.cin_episode b
                  ON a.child_id = b.child_id AND a.episode_id <> b.episode_id AND a.referral_date <= b.referral_date
                 AND (a.closure_date IS NULL OR b.referral_date < a.closure_date)
                """).query(Long.class).single();
        assertThat(overlapping).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM reporting.cin_plan").query(Long.class).single()).isPositive();
        assertThat(jdbc.sql("""
                SELECT min(n) FROM (SELECT count(DISTINCT outcome_id) AS n FROM reporting.plan_action WHERE owner_module = 'childinneed' GROUP BY plan_id) x
                """).query(Long.class).single()).isGreaterThanOrEqualTo(2L);
        assertThat(jdbc.sql("SELECT count(*) FROM reporting.cin_episode WHERE closure_reason = 'RC7'").query(Long.class).single()).isPositive();
        assertThat(jdbc.sql("SELECT count(*) FROM reporting.cin_episode WHERE closure_date IS NOT NULL AND primary_need IS NULL").query(Long.class)
                .single()).isZero();
    }
}
