package uk.org.beacon.person;

import java.time.LocalDate;

/**
 * What the front door knows about the person a contact is about, to check whether Beacon already
 * holds a record for them. Every part is optional and may be blank; the more is given, the better
 * the candidates. Identifiers are compared after tidying (spaces and hyphens do not matter).
 */
public record MatchQuery(String givenName, String familyName, LocalDate dateOfBirth, String nhsNumber, String upn, String postcode,
        String addressLine1) {

    /** True when nothing was given that a match could be found on. */
    public boolean isEmpty() {
        return blank(givenName) && blank(familyName) && dateOfBirth == null && blank(nhsNumber) && blank(upn) && blank(postcode);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
