package uk.org.beacon.casework;

import java.time.LocalDate;
import java.util.UUID;
import uk.org.beacon.SignedIn;
import uk.org.beacon.calendar.WorkingDays;
import uk.org.beacon.identity.Staff;
import uk.org.beacon.identity.StaffSummary;
import uk.org.beacon.person.People;
import uk.org.beacon.person.PersonTestData;

/** Synthetic children and the demo authority's staff for casework tests. */
final class CaseworkTestData {

    private CaseworkTestData() {}

    static UUID child(People people, String given, String family, LocalDate born) {
        return SignedIn.as("social.worker", "SOCIAL_WORKER", () -> people.register(PersonTestData.child(given, family, born)).id());
    }

    /** The working day {@code n} working days before {@code day}. */
    static LocalDate workingDaysBefore(WorkingDays workingDays, LocalDate day, int n) {
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

    static StaffSummary staff(Staff staff, String username) {
        return staff.findByUsername(username).orElseThrow();
    }
}
