package uk.org.beacon.timescales;

import java.util.UUID;
import org.springframework.stereotype.Component;
import uk.org.beacon.person.People;
import uk.org.beacon.person.RecordPart;

/**
 * A child's clocks are part of the child's record: the person register's one access check (so a
 * partner involved with the child sees them too), refusals and views audited.
 */
@Component
class ClockAccess {

    private final People people;

    ClockAccess(People people) {
        this.people = people;
    }

    /** Refuses (and records the refusal) unless the signed-in person may open the child's record; records the view when asked. */
    void check(UUID childId, String what, boolean recordView) {
        RecordPart part = RecordPart.openToPartners("clocks: " + what);
        if (recordView) {
            people.read(childId, part);
        } else {
            people.check(childId, part);
        }
    }
}
