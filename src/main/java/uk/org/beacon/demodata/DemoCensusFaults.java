package uk.org.beacon.demodata;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.org.beacon.casework.CaseNoteContent;
import uk.org.beacon.casework.CaseNotes;
import uk.org.beacon.childinneed.EpisodeSummary;
import uk.org.beacon.childinneed.Episodes;
import uk.org.beacon.person.People;
import uk.org.beacon.person.PersonDetails;
import uk.org.beacon.person.PersonRecord;
import uk.org.beacon.web.RestrictedRecordException;

/**
 * A few realistic recording faults seeded on purpose, so the census breach pages and each child's
 * census panel have something to show: a referred child whose ethnicity was never recorded (census
 * error 4220: the child is held back from the file until it is), one whose disability was never
 * recorded (8540), and one whose year of birth was typed as 2001, so they look 25 (query
 * 8775Q). Each is written on the child's record as a case note saying it is a demo fault, and kept
 * in {@code demodata.seeded_fault}; everything else the demo records passes the census rules.
 */
@Component
class DemoCensusFaults {

    private static final Logger log = LoggerFactory.getLogger(DemoCensusFaults.class);
    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final People people;
    private final Episodes episodes;
    private final CaseNotes notes;
    private final JdbcClient jdbc;
    private final Clock clock;

    DemoCensusFaults(People people, Episodes episodes, CaseNotes notes, JdbcClient jdbc, Clock clock) {
        this.people = people;
        this.episodes = episodes;
        this.notes = notes;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    int seed(List<DemoContacts.Child> children, Random random) {
        List<PersonDetails> candidates = new ArrayList<>();
        for (DemoContacts.Child child : children) {
            try {
                Optional<EpisodeSummary> open = episodes.openFor(child.id());
                if (open.isEmpty()) {
                    continue;
                }
                PersonDetails person = people.open(child.id());
                if ("CHILD".equals(person.kind()) && person.dateOfBirth() != null && person.dateOfBirth().getYear() >= 2010
                        && person.dateOfBirth().getYear() <= 2015 && person.upn() != null && person.ethnicity() != null) {
                    candidates.add(person);
                }
            } catch (RestrictedRecordException skipped) {
                // the restricted demo child is left alone
            }
        }
        if (candidates.size() < 3) {
            log.info("Demo authority: too few referred children to seed census faults");
            return 0;
        }
        List<PersonDetails> picked = new ArrayList<>();
        while (picked.size() < 3) {
            PersonDetails p = candidates.remove(random.nextInt(candidates.size()));
            picked.add(p);
        }
        fault(picked.get(0), "4220", r -> with(r, null, r.disabilities(), r.dateOfBirth()),
                "The child's ethnicity was never recorded, so the census file cannot hold them (rule 4220): they are held back from the "
                        + "return until it is.");
        fault(picked.get(1), "8540", r -> with(r, r.ethnicity(), Set.of(), r.dateOfBirth()),
                "The child's disability (or \"no disability\") was never recorded (rule 8540).");
        fault(picked.get(2), "8775Q", r -> with(r, r.ethnicity(), r.disabilities(), r.dateOfBirth().withYear(2001)),
                "The year of birth was typed as 2001, so the child looks over 25 (query 8775Q); correct it on the person record.");
        return picked.size();
    }

    private void fault(PersonDetails person, String rule, java.util.function.UnaryOperator<PersonRecord> change, String description) {
        people.update(person.id(), person.version(), change.apply(person.toRecord()));
        notes.record(person.id(), new CaseNoteContent("OTHER", LocalDateTime.now(clock.withZone(UK)).withNano(0).withSecond(0),
                "Demo data fault (CIN census " + rule + ")",
                "This is synthetic demo data with a fault seeded on purpose to show the census checks. " + description, false, false, null,
                false), null, null);
        jdbc.sql("INSERT INTO demodata.seeded_fault (person_id, rule, description) VALUES (:p, :r, :d)").param("p", person.id())
                .param("r", rule).param("d", description).update();
    }

    /** The record with its census characteristics changed (ethnicity, disabilities, date of birth), everything else as it was. */
    static PersonRecord with(PersonRecord r, String ethnicity, Set<String> disabilities, java.time.LocalDate born) {
        return new PersonRecord(r.kind(), r.givenName(), r.middleNames(), r.familyName(), r.preferredName(), r.aliases(), born,
                r.expectedDateOfBirth(), r.legalSex(), r.genderIdentity(), ethnicity, r.religion(), r.firstLanguage(), r.interpreterNeeded(),
                disabilities, r.upn(), r.formerUpn(), r.upnUnknownReason(), r.nhsNumber(), r.sexualOrientation(), r.address());
    }

    /** Remembers that the demo was built, and the last record number it made. */
    void finished(AuthoritySize size, long seed) {
        jdbc.sql("""
                INSERT INTO demodata.generation (id, size, seed, finished_at, last_record_number)
                VALUES (1, :size, :seed, :at, (SELECT coalesce(max(record_number), 0) FROM person.person))
                ON CONFLICT (id) DO UPDATE SET size = EXCLUDED.size, seed = EXCLUDED.seed, finished_at = EXCLUDED.finished_at,
                    last_record_number = EXCLUDED.last_record_number
                """).param("size", size.name()).param("seed", seed).param("at", java.sql.Timestamp.from(clock.instant())).update();
    }

}
