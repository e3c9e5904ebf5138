package uk.org.beacon.person;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One search result. A restricted record the searcher may not open shows only that it exists:
 * no name, date of birth or address.
 */
public record PersonMatch(UUID id, String kind, String name, LocalDate dateOfBirth, String legalSex, String postcode, double score,
        boolean restricted, boolean hidden) {

    static PersonMatch hiddenRecord(UUID id, double score) {
        return new PersonMatch(id, null, null, null, null, null, score, true, true);
    }
}
