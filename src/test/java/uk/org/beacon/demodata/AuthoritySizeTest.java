package uk.org.beacon.demodata;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AuthoritySizeTest {

    @Test
    void theSmallAuthorityKeepsItsShowcaseAndItsLimits() {
        assertThat(AuthoritySize.SMALL.nationalFlow()).isFalse();
        assertThat(AuthoritySize.SMALL.scaled(250)).isEqualTo(250);
        assertThat(AuthoritySize.SMALL.contactChildren()).isEqualTo(5_000);
    }

    @Test
    void theLargeAuthoritiesFollowTheNationalFlowWithLimitsGrownWithTheirSample() {
        for (AuthoritySize size : new AuthoritySize[] {AuthoritySize.WALSALL, AuthoritySize.BIRMINGHAM}) {
            assertThat(size.nationalFlow()).isTrue();
            // contacts spread so that most children contacted have one or two, not nine
            assertThat(size.contactChildren()).isGreaterThan(size.contactsPerYear()).isLessThan(size.children());
            assertThat(size.scaled(250)).isEqualTo(250 * size.contactChildren() / 5_000);
        }
    }
}
