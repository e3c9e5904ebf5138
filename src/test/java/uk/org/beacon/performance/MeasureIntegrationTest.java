package uk.org.beacon.performance;

import static uk.org.beacon.SignedIn.as;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Autowired;
import uk.org.beacon.BeaconIntegrationTest;

/**
 * Base for the tests that read measures on a fixed cohort: the scorecards are read as a quality and
 * performance officer (their role), for the measure's own period unless a test asks for another.
 */
abstract class MeasureIntegrationTest extends BeaconIntegrationTest {

    @Autowired
    protected Scorecards scorecards;

    protected static <T> T read(Supplier<T> work) {
        return as("quality", "QUALITY_PERFORMANCE", work);
    }

    protected Measure measure(String id) {
        return read(() -> scorecards.measure(id).orElseThrow());
    }

    protected MeasureResult result(Measure m, Level level, LocalDate asAt) {
        return read(() -> scorecards.result(m, level, asAt, null));
    }

    protected List<MeasureItem> items(Measure m, Level level, LocalDate asAt, boolean denominator) {
        return read(() -> scorecards.items(m, level, asAt, null, denominator));
    }
}
