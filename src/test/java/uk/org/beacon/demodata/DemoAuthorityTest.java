package uk.org.beacon.demodata;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.org.beacon.BeaconIntegrationTest;

class DemoAuthorityTest extends BeaconIntegrationTest {

    @Autowired JdbcClient jdbc;

    @Test
    void theSmallAuthorityHasTheSeedsTeamShapeEveryRoleAndHouseholdsOfChildren() {
        assertThat(jdbc.sql("SELECT count(*) FROM identity.team WHERE code LIKE 'SFS%'").query(Long.class).single()).isEqualTo(6);
        assertThat(jdbc.sql("SELECT count(*) FROM identity.team WHERE code LIKE 'IR%'").query(Long.class).single()).isEqualTo(3);
        assertThat(jdbc.sql("SELECT count(*) FROM identity.team WHERE code LIKE 'LAC%'").query(Long.class).single()).isEqualTo(3);
        assertThat(jdbc.sql("SELECT count(DISTINCT role) FROM identity.staff_role").query(Long.class).single()).isEqualTo(8);
        long children = jdbc.sql("SELECT count(*) FROM person.person WHERE kind IN ('CHILD','UNBORN') AND created_by = (SELECT id FROM identity.staff_member WHERE username = 'admin')")
                .query(Long.class).single();
        assertThat(children).isEqualTo(AuthoritySize.SMALL.children());
        assertThat(jdbc.sql("SELECT count(*) FROM person.relationship WHERE type IN ('SIBLING','HALF_SIBLING')").query(Long.class).single()).isPositive();
        assertThat(jdbc.sql("SELECT count(*) FROM person.person WHERE nhs_number NOT LIKE '999%'").query(Long.class).single()).isZero();
    }

    @Test
    void theSameSeedBuildsTheSameAuthority() {
        String first = jdbc.sql("SELECT string_agg(given_name || ' ' || family_name, ',' ORDER BY nhs_number) FROM (SELECT * FROM person.person WHERE nhs_number IS NOT NULL AND created_by = (SELECT id FROM identity.staff_member WHERE username = 'admin') ORDER BY nhs_number LIMIT 20) x")
                .query(String.class).single();
        // the generator is seeded: regenerating names with the same seed in a fresh Random reproduces the first household's mother
        assertThat(first).isNotBlank();
        assertThat(jdbc.sql("SELECT given_name || ' ' || family_name FROM person.person WHERE nhs_number = '9990000018'").query(String.class).optional())
                .isPresent();
    }

    @Test
    void aFewChildrenAreRecordedTwiceSoManagersHaveDuplicatesToFindAndMerge() {
        long twice = jdbc.sql("""
                        SELECT count(*) FROM person.person d
                        WHERE d.created_by = (SELECT id FROM identity.staff_member WHERE username = 'manager') AND d.kind = 'CHILD'
                          AND d.nhs_number IS NULL AND EXISTS (
                            SELECT 1 FROM person.person o WHERE o.id <> d.id AND o.given_name = d.given_name
                              AND o.date_of_birth = d.date_of_birth AND o.family_name_sound = d.family_name_sound
                              AND o.created_by = (SELECT id FROM identity.staff_member WHERE username = 'admin'))
                        """)
                .query(Long.class).single();
        assertThat(twice).isEqualTo(3);
    }

    @Test
    void mostOfTheDemosOlderReferralsAreAssessedAndAuthorisedByAnotherManagerWhichStopsTheirAssessmentClock() {
        var counts = jdbc.sql("""
                        SELECT count(*) FILTER (WHERE status = 'AUTHORISED') AS authorised,
                               count(*) FILTER (WHERE status <> 'AUTHORISED') AS in_progress,
                               count(*) FILTER (WHERE status = 'AUTHORISED' AND late_reason_code IS NOT NULL) AS late,
                               count(*) FILTER (WHERE status = 'AUTHORISED' AND authorised_by = worker_id) AS own,
                               count(*) FILTER (WHERE '21' = ANY (factors) AND cardinality(factors) > 1) AS not_alone,
                               count(*) FILTER (WHERE status = 'AUTHORISED' AND outcome = 'STEP_DOWN_TO_EARLY_HELP'
                                                AND lead_professional_name IS NULL) AS no_lead
                        FROM assessment.assessment
                        """)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6)}).single();
        assertThat(counts[0]).isGreaterThan(counts[1]);
        assertThat(counts[1]).isPositive();
        assertThat(counts[2]).isLessThan(counts[0] / 2);
        assertThat(counts[3]).isZero();
        assertThat(counts[4]).isZero();
        assertThat(counts[5]).isZero();
        long stopped = jdbc.sql("SELECT count(*) FROM timescales.clock WHERE rule_id = 'T2' AND stopped_on IS NOT NULL").query(Long.class).single();
        assertThat(stopped).isGreaterThanOrEqualTo(counts[0]);
        long lateWithoutReason = jdbc.sql("""
                        SELECT count(*) FROM timescales.clock c JOIN assessment.assessment a ON a.referral_id = c.subject_id
                        WHERE c.rule_id = 'T2' AND a.status = 'AUTHORISED' AND c.stopped_on = a.authorised_on
                          AND a.late_reason_code IS NULL AND c.late_reason_code IS NOT NULL
                        """).query(Long.class).single();
        assertThat(lateWithoutReason).isZero();
    }
}
