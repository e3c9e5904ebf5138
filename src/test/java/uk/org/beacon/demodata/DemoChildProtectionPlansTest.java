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
        // every demo plan that has run past its first review (three months, T8) has had one; the small
        // demo's plans may all be younger than that on the day the suite runs, so "any review" is no test
        assertThat(jdbc.sql("""
                SELECT count(*) FROM childprotection.cp_plan p JOIN person.person c ON c.id = p.child_id
                 WHERE c.record_number <= (SELECT last_record_number FROM demodata.generation)
                   AND p.started_on < current_date - INTERVAL '3 months 10 days'
                   AND coalesce(p.ended_on, current_date) > p.started_on + INTERVAL '3 months'
                   AND NOT EXISTS (SELECT 1 FROM childprotection.cp_review r WHERE r.cp_plan_id = p.id)
                """).query(Long.class).single()).as("demo plans past their first review without one").isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM reporting.cp_plan WHERE step_down = 'EARLY_HELP'").query(Long.class).single())
                .isEqualTo(jdbc.sql("SELECT count(*) FROM childprotection.cp_plan WHERE step_down = 'EARLY_HELP' AND lead_professional_name IS NOT NULL")
                        .query(Long.class).single());
    }
}
