package uk.org.beacon.demodata;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.org.beacon.BeaconIntegrationTest;

class DemoCaseNotesTest extends BeaconIntegrationTest {

    @Autowired JdbcClient jdbc;

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    @Test
    void referredChildrenHaveAYearOfNotesAndVisitsSomeSignificantAndTheLateVisitsSayWhy() {
        assertThat(count("SELECT count(DISTINCT child_id) FROM casework.case_note WHERE status = 'FINALISED'")).isGreaterThanOrEqualTo(10);
        assertThat(count("SELECT count(*) FROM casework.case_note WHERE status = 'FINALISED'")).isGreaterThan(100);
        assertThat(count("SELECT count(*) FROM casework.case_note WHERE status = 'FINALISED' AND significant")).isPositive();
        assertThat(count("SELECT count(*) FROM casework.case_note WHERE note_type = 'HOME_VISIT' AND child_seen_alone")).isPositive();
        assertThat(count("SELECT count(*) FROM casework.case_note WHERE late_reason_code IS NOT NULL AND late_reason_text IS NOT NULL")).isPositive();
        assertThat(count("SELECT count(*) FROM casework.case_note_appendment")).isPositive();
        assertThat(count("SELECT count(*) FROM casework.case_note WHERE occurred_at < now() - interval '6 months'")).isPositive();
    }

    @Test
    void visitsKeepTheChildrensVisitingStandardsRunningFromTheLastVisit() {
        assertThat(count("SELECT count(*) FROM timescales.clock WHERE rule_id IN ('T9', 'T10') AND subject_type = 'VISITS' AND stopped_on IS NULL"))
                .isGreaterThan(3);
        assertThat(count("SELECT count(*) FROM timescales.clock WHERE rule_id IN ('T9', 'T10') AND previous_clock_id IS NOT NULL")).isPositive();
    }

    @Test
    void theDemoSocialWorkerHasDraftsInProgressOnTheirChildren() {
        assertThat(count("""
                SELECT count(*) FROM casework.case_note WHERE status = 'DRAFT'
                  AND author_id = (SELECT id FROM identity.staff_member WHERE username = 'social.worker')
                """)).isPositive();
    }
}
