package uk.org.beacon;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Waiting for the modules' published events to reach their listeners (Spring Modulith's publication log). */
public final class EventDelivery {

    private static final Duration LONGEST = Duration.ofSeconds(90);

    private EventDelivery() {}

    /** Until every event published so far has been delivered to its listeners (or has failed), for at most 90 seconds. */
    public static void awaitAll(JdbcClient jdbc) {
        awaitAll(jdbc, LONGEST);
    }

    /** As {@link #awaitAll(JdbcClient)}, for at most {@code longest}. */
    public static void awaitAll(JdbcClient jdbc, Duration longest) {
        await().atMost(longest).until(() -> jdbc.sql(
                "SELECT count(*) FROM event_publication WHERE completion_date IS NULL AND (status IS NULL OR status <> 'FAILED')")
                .query(Long.class).single() == 0);
    }
}
