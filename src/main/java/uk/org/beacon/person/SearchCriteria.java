package uk.org.beacon.person;

import java.time.LocalDate;

/**
 * What a worker searches by: a name (phonetic and fuzzy: "Jon Smyth" finds John Smith), a date
 * of birth, an NHS number, a UPN or a postcode, alone or together.
 */
public record SearchCriteria(String name, LocalDate dateOfBirth, String nhsNumber, String upn, String postcode) {

    public boolean isEmpty() {
        return blank(name) && dateOfBirth == null && blank(nhsNumber) && blank(upn) && blank(postcode);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
