package uk.org.beacon.demodata;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.org.beacon.chronology.ChronologyEntries;
import uk.org.beacon.chronology.ChronologyEntryDetails;
import uk.org.beacon.chronology.ChronologyFilter;
import uk.org.beacon.chronology.CuratedEntry;
import uk.org.beacon.chronology.EntryType;
import uk.org.beacon.web.RestrictedRecordException;

/**
 * The demo's chronologies. Their entries come from the year of contacts by themselves (the
 * chronology listens to the front door), so this first waits until every event published while
 * the authority was built has been delivered; then, for a few children, a worker records the
 * impact of the first concerns and adds what they learned from school, health and the family,
 * one entry marked as information about another person.
 */
@Component
class DemoChronology {

    private static final Logger log = LoggerFactory.getLogger(DemoChronology.class);
    private static final ZoneId UK = ZoneId.of("Europe/London");
    /** The most chronologies the small demo curates. */
    static final int MOST = 40;

    private static final String[] IMPACTS = {
        "The child is hungry and tired in class and is falling behind their friends; they told the teacher nobody makes breakfast.",
        "The child heard the argument from their bedroom and was frightened; they have been wetting the bed since.",
        "The child says they feel safer at school than at home and asks to stay for after-school club every day.",
        "Missed health appointments mean the child's hearing problem has not been followed up; they struggle to join in.",
        "The child went without supervision overnight; they say they are used to looking after themselves."};

    private final ChronologyEntries chronology;
    private final JdbcClient jdbc;
    private final Clock clock;

    DemoChronology(ChronologyEntries chronology, JdbcClient jdbc, Clock clock) {
        this.chronology = chronology;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Waits for the chronology to catch up with the demo's events, then curates a few children's chronologies; returns how many. */
    int generate(List<DemoContacts.Child> children, Random random) {
        return generate(children, random, MOST);
    }

    /** As above, curating at most {@code most} children's chronologies. */
    int generate(List<DemoContacts.Child> children, Random random, int most) {
        DemoEventDelivery.awaitAll(jdbc);
        LocalDate today = LocalDate.now(clock.withZone(UK));
        int wanted = Math.min(most, 5 + children.size() / 150);
        int curated = 0;
        for (DemoContacts.Child child : children) {
            if (curated >= wanted) {
                break;
            }
            List<ChronologyEntryDetails> entries;
            try {
                entries = chronology.list(child.id(), ChronologyFilter.significantOnly());
            } catch (RestrictedRecordException restricted) {
                continue;
            }
            if (entries.size() < 2) {
                continue;
            }
            curate(child, entries, today, random);
            curated++;
        }
        log.info("Demo authority: {} children's chronologies curated by their workers", curated);
        return curated;
    }

    private void curate(DemoContacts.Child child, List<ChronologyEntryDetails> entries, LocalDate today, Random random) {
        ChronologyEntryDetails first = entries.get(0);
        chronology.recordImpact(child.id(), first.id(), first.version(), IMPACTS[random.nextInt(IMPACTS.length)]);
        LocalDate start = first.occurredOn();
        long span = Math.max(1, today.toEpochDay() - start.toEpochDay());
        chronology.add(child.id(), new CuratedEntry(start.plusDays(random.nextLong(span)), null, EntryType.EDUCATION,
                "School reports attendance has fallen to 82%", "The attendance officer's report shows 14 sessions missed this term, mostly Mondays.",
                "The child is missing phonics sessions and says they are behind their friends.", true, "School attendance report", false));
        chronology.add(child.id(), new CuratedEntry(start.plusDays(random.nextLong(span)), null, EntryType.HEALTH,
                "Missed a second hearing test", "The audiology clinic wrote that the child was not brought to the appointment.",
                null, random.nextBoolean(), "Health visitor", false));
        chronology.add(child.id(), new CuratedEntry(start.plusDays(random.nextLong(span)), null, EntryType.FAMILY,
                "Mother's partner moved into the home", "The neighbour told the worker that the partner, who has a history of violence in "
                        + "another relationship, now lives at the address.",
                "The child has a new adult at home whom they do not yet know; the risk from him is being assessed.", true,
                "Neighbour, by telephone", true));
    }
}
