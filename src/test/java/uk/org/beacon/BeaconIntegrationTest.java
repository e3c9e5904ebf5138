package uk.org.beacon;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import uk.org.beacon.demodata.AuthoritySize;
import uk.org.beacon.demodata.DemoAuthority;

/**
 * Base for every test that needs the application: one Spring context for the whole suite, on a
 * real PostgreSQL server, with the small demo authority built once (seeded, so always the same).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({TestDatabaseConfiguration.class, PinnedClock.Configuration.class})
public abstract class BeaconIntegrationTest {

    public static final long DEMO_SEED = 42L;

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected DemoAuthority demoAuthority;

    @LocalServerPort
    protected int port;

    @Autowired
    private PinnedClock pinnedClock;

    @BeforeEach
    void demoAuthorityExists() {
        synchronized (BeaconIntegrationTest.class) {
            if (!demoAuthority.exists()) {
                demoAuthority.generate(AuthoritySize.SMALL, DEMO_SEED);
            }
        }
    }

    /** A test that pinned Beacon's clock to a day leaves it running again for the next test, whatever happened. */
    @AfterEach
    void releasePinnedClock() {
        pinnedClock.release();
    }
}
