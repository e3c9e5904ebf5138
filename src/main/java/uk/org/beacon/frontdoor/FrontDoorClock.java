package uk.org.beacon.frontdoor;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import uk.org.beacon.timescales.ClockReading;
import uk.org.beacon.timescales.Timescales;

/**
 * The screening decision clock (rule T1a: a decision within one working day of receiving the
 * contact, by default) read from the one timescale engine, as at today.
 */
@Component
class FrontDoorClock {

    static final String DECISION_RULE = "T1a";

    private final Timescales timescales;
    private final Clock clock;

    FrontDoorClock(Timescales timescales, Clock clock) {
        this.timescales = timescales;
        this.clock = clock;
    }

    ClockReading reading(ContactDetails c) {
        return readingAsAt(c, LocalDate.now(clock.withZone(ContactRules.UK)));
    }

    ClockReading readingAsAt(ContactDetails c, LocalDate asAt) {
        LocalDate received = c.receivedAt().atZone(ContactRules.UK).toLocalDate();
        LocalDate decided = c.decidedAt() == null ? null : c.decidedAt().atZone(ContactRules.UK).toLocalDate();
        return timescales.read(DECISION_RULE, received, decided, asAt);
    }

    Map<UUID, ClockReading> readings(List<ContactDetails> contacts) {
        Map<UUID, ClockReading> result = new LinkedHashMap<>();
        LocalDate today = LocalDate.now(clock.withZone(ContactRules.UK));
        contacts.forEach(c -> result.put(c.id(), readingAsAt(c, today)));
        return result;
    }
}
