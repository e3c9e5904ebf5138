package uk.org.beacon.childprotection.conference;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import uk.org.beacon.EventDelivery;
import uk.org.beacon.SignedIn;
import uk.org.beacon.calendar.WorkingDays;
import uk.org.beacon.childprotection.Section47EnquiryConcluded;
import uk.org.beacon.childprotection.Section47Outcome;
import uk.org.beacon.person.Families;
import uk.org.beacon.person.People;
import uk.org.beacon.person.PersonTestData;
import uk.org.beacon.person.RelationshipRecord;
import uk.org.beacon.timescales.Clocks;
import uk.org.beacon.timescales.Timescales;

/**
 * A child with a mother and a father whose section 47 enquiry concluded that an initial conference is
 * needed: T5 started from the strategy discussion the way the section 47 code starts it, the concluded
 * event published as childprotection publishes it, and the conference it schedules awaited.
 */
public final class ConferenceTestData {

    public record Case(UUID childId, UUID motherId, UUID fatherId, UUID enquiryId, UUID referralId, UUID conferenceId, LocalDate strategyOn,
            LocalDate dueOn) {}

    private final People people;
    private final Families families;
    private final Clocks clocks;
    private final Timescales timescales;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final JdbcClient jdbc;

    public ConferenceTestData(People people, Families families, Clocks clocks, Timescales timescales, ApplicationEventPublisher events,
            TransactionTemplate transactions, JdbcClient jdbc) {
        this.people = people;
        this.families = families;
        this.clocks = clocks;
        this.timescales = timescales;
        this.events = events;
        this.transactions = transactions;
        this.jdbc = jdbc;
    }

    /** The working day {@code n} working days before {@code day}. */
    public static LocalDate workingDaysBefore(WorkingDays workingDays, LocalDate day, int n) {
        LocalDate d = day;
        int counted = 0;
        while (counted < n) {
            d = d.minusDays(1);
            if (workingDays.isWorkingDay(d)) {
                counted++;
            }
        }
        return d;
    }

    /** The next working day after {@code day}. */
    public static LocalDate nextWorkingDay(WorkingDays workingDays, LocalDate day) {
        return workingDays.addWorkingDays(day, 1);
    }

    /** A child whose strategy discussion was held {@code workingDaysAgo} working days ago; the enquiry started the same day. */
    public Case concludedEnquiry(String given, String family, LocalDate born, LocalDate strategyOn) {
        return SignedIn.as("social.worker", "SOCIAL_WORKER", () -> {
            UUID child = people.register(PersonTestData.child(given, family, born)).id();
            UUID mother = people.register(PersonTestData.adult("Rowan", family, LocalDate.of(1990, 3, 3))).id();
            UUID father = people.register(PersonTestData.adult("Ellis", family, LocalDate.of(1988, 8, 8))).id();
            families.relate(child, new RelationshipRecord(mother, "MOTHER", true, born));
            families.relate(child, new RelationshipRecord(father, "FATHER", true, born));
            UUID enquiry = UUID.randomUUID();
            UUID referral = UUID.randomUUID();
            clocks.start("T5", child, "SECTION_47", enquiry, strategyOn);
            LocalDate due = timescales.due("T5", strategyOn);
            transactions.executeWithoutResult(s -> events.publishEvent(new Section47EnquiryConcluded(enquiry, child, referral, strategyOn,
                    strategyOn.plusDays(1), Section47Outcome.SUBSTANTIATED_CONFERENCE_NEEDED, due)));
            await().atMost(Duration.ofSeconds(90)).until(() -> conferenceOf(enquiry) != null);
            return new Case(child, mother, father, enquiry, referral, conferenceOf(enquiry), strategyOn, due);
        });
    }

    public UUID conferenceOf(UUID enquiryId) {
        return jdbc.sql("SELECT id FROM childprotection.conference WHERE enquiry_id = :e").param("e", enquiryId).query(UUID.class).optional()
                .orElse(null);
    }

    /** Until every event published so far has been delivered. */
    public void awaitDelivery() {
        EventDelivery.awaitAll(jdbc);
    }
}
