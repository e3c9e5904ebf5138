package uk.org.beacon.demodata;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo builds later stages from what earlier stages' events produced (episodes, conferences,
 * plans, chronology entries): before each such step it waits until every event published so far has
 * been delivered to its listeners (failed ones aside), giving up after two minutes without progress.
 */
final class DemoEventDelivery {

    private static final Logger log = LoggerFactory.getLogger(DemoEventDelivery.class);
    private static final long GIVE_UP_AFTER_NO_PROGRESS_NANOS = 120_000_000_000L;

    private DemoEventDelivery() {}

    static void awaitAll(JdbcClient jdbc) {
        long outstanding = outstanding(jdbc);
        long lastProgress = System.nanoTime();
        while (outstanding > 0) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            long now = outstanding(jdbc);
            if (now < outstanding) {
                lastProgress = System.nanoTime();
            } else if (System.nanoTime() - lastProgress > GIVE_UP_AFTER_NO_PROGRESS_NANOS) {
                log.warn("Demo authority: {} events still undelivered after two minutes without progress; carrying on", now);
                return;
            }
            outstanding = now;
        }
    }

    private static long outstanding(JdbcClient jdbc) {
        return jdbc.sql("SELECT count(*) FROM event_publication WHERE completion_date IS NULL AND (status IS NULL OR status <> 'FAILED')")
                .query(Long.class).single();
    }
}
