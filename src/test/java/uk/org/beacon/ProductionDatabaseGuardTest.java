package uk.org.beacon;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class ProductionDatabaseGuardTest {

    @Test
    void withoutAnExplicitDatabaseBeaconRefusesToStart() {
        assertThatThrownBy(() -> BeaconApplication.requireExplicitDatabase(new MockEnvironment()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("SPRING_DATASOURCE_URL");
    }

    @Test
    void anExplicitDatabaseIsEnough() {
        MockEnvironment env = new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db.invalid:5432/beacon");
        assertThatCode(() -> BeaconApplication.requireExplicitDatabase(env)).doesNotThrowAnyException();
    }

    @Test
    void theDemoProfileUsesItsEmbeddedDatabase() {
        MockEnvironment env = new MockEnvironment();
        env.setActiveProfiles("demo");
        assertThatCode(() -> BeaconApplication.requireExplicitDatabase(env)).doesNotThrowAnyException();
    }
}
