package uk.org.beacon.demodata;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.org.beacon.BeaconIntegrationTest;

/** The demo authority's child protection plans: started from its conferences, with core groups, reviews and some ended with a step-down. */
class DemoChildProtectionPlansTest extends BeaconIntegrationTest {

    @Autowired JdbcClient jdbc;

    @Test
    void theDemoConferencesPlansHaveCoreGroupsReviewsAndSomeEndWithAStepDown() {
        long plans = jdbc.sql("SELECT count(*) FROM reporting.cp_plan").query(Long.class).single();
        long conferencesWithPlans = jdbc.sql("SELECT count(*) FROM childprotection.conference WHERE kind = 'INITIAL' AND plan_decided")
                .query(Long.class).single();
        assertThat(plans).isPositive().isGreaterThanOrEqualTo(conferencesWithPlans / 2);
        assertThat(jdbc.sql("SELECT count(DISTINCT cp_plan_id) FROM reporting.core_group").query(Long.class).single()).isPositive();
        assertThat(jdbc.sql("SELECT count(*) FROM reporting.core_group WHERE actions_reviewed > 0").query(Long.class).single()).isPositive();
        assertThat(jdbc.sql("SELECT count(*) FROM reporting.cp_review").query(Long.class).single()).isPositive();
        assertThat(jdbc.sql("SELECT count(*) FROM reporting.cp_plan WHERE step_down = 'EARLY_HELP'").query(Long.class).single())
                .isEqualTo(jdbc.sql("SELECT count(*) FROM childprotection.cp_plan WHERE step_down = 'EARLY_HELP' AND lead_professional_name IS NOT NULL")
                        .query(Long.class).single());
    }
}
