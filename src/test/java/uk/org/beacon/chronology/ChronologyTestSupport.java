package uk.org.beacon.chronology;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import uk.org.beacon.EventDelivery;

/**
 * Practice events for chronology tests, published the way their modules publish them (inside a
 * transaction, delivered after commit), and waiting for delivery instead of sleeping.
 */
final class ChronologyTestSupport {

    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final JdbcClient jdbc;

    ChronologyTestSupport(ApplicationEventPublisher events, TransactionTemplate transactions, JdbcClient jdbc) {
        this.events = events;
        this.transactions = transactions;
        this.jdbc = jdbc;
    }

    void publish(Object event) {
        transactions.executeWithoutResult(status -> events.publishEvent(event));
    }

    /** Until every event published so far has been delivered to its listeners. */
    void awaitDelivery() {
        EventDelivery.awaitAll(jdbc);
    }

    /** Until the source record has its entry; returns how many entries it has. */
    long awaitEntry(String module, UUID sourceId, EntryType type) {
        await().atMost(Duration.ofSeconds(90)).until(() -> entries(module, sourceId, type) > 0);
        return entries(module, sourceId, type);
    }

    long entries(String module, UUID sourceId, EntryType type) {
        return jdbc.sql("SELECT count(*) FROM chronology.entry WHERE source_module = :m AND source_id = :s AND entry_type = :t")
                .param("m", module).param("s", sourceId).param("t", type.name()).query(Long.class).single();
    }

    UUID entryId(String module, UUID sourceId, EntryType type) {
        return jdbc.sql("SELECT id FROM chronology.entry WHERE source_module = :m AND source_id = :s AND entry_type = :t")
                .param("m", module).param("s", sourceId).param("t", type.name()).query(UUID.class).single();
    }
}
