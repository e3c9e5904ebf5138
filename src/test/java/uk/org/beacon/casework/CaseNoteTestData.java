package uk.org.beacon.casework;

import java.time.LocalDate;
import java.time.LocalDateTime;
import uk.org.beacon.person.PersonTestData;

/** Synthetic notes for tests. */
final class CaseNoteTestData {

    private CaseNoteTestData() {}

    static CaseNoteContent homeVisit(LocalDateTime at, boolean seenAlone) {
        return new CaseNoteContent("HOME_VISIT", at, "Home visit", "Saw the child at home with mum. The house was warm and there was food in.",
                true, seenAlone, "I want to stay at my school", false);
    }

    static CaseNoteContent phoneCall(LocalDateTime at) {
        return new CaseNoteContent("PHONE_CALL", at, "Call with school", "The DSL says attendance has improved to 94%.", false, false, null, false);
    }

    static uk.org.beacon.person.PersonRecord child(String given, String family) {
        return PersonTestData.child(given, family, LocalDate.of(2017, 5, 9));
    }
}
