package uk.org.beacon.childinneed;


import java.time.LocalDate;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import uk.org.beacon.EventDelivery;
import uk.org.beacon.SignedIn;
import uk.org.beacon.frontdoor.ReferralAccepted;
import uk.org.beacon.frontdoor.ScreeningDecision;
import uk.org.beacon.person.People;
import uk.org.beacon.person.PersonTestData;

/**
 * Children referred for child in need tests: the earlier modules' events published the way those
 * modules publish them (inside a transaction, delivered after commit), waiting for delivery.
 */
final class ChildInNeedTestSupport {

    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final JdbcClient jdbc;
    private final People people;

    ChildInNeedTestSupport(ApplicationEventPublisher events, TransactionTemplate transactions, JdbcClient jdbc, People people) {
        this.events = events;
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.people = people;
    }

    UUID child(String given, String family) {
        return SignedIn.as("social.worker", "SOCIAL_WORKER",
                () -> people.register(PersonTestData.child(given, family, LocalDate.of(2016, 4, 12))).id());
    }

    /** The front door accepted a referral for the child on {@code on}; returns the referral's id once its episode is recorded. */
    UUID referred(UUID childId, LocalDate on) {
        UUID referralId = UUID.randomUUID();
        publish(new ReferralAccepted(referralId, UUID.randomUUID(), childId, on, "1B", ScreeningDecision.REFERRAL_FOR_ASSESSMENT, false));
        return referralId;
    }

    void publish(Object event) {
        transactions.executeWithoutResult(status -> events.publishEvent(event));
        awaitDelivery();
    }

    void awaitDelivery() {
        EventDelivery.awaitAll(jdbc);
    }

    UUID episodeOf(UUID referralId) {
        return jdbc.sql("SELECT episode_id FROM childinneed.episode_referral WHERE referral_id = :r").param("r", referralId).query(UUID.class).single();
    }

    long version(UUID episodeId) {
        return jdbc.sql("SELECT version FROM childinneed.episode WHERE id = :id").param("id", episodeId).query(Long.class).single();
    }
}
