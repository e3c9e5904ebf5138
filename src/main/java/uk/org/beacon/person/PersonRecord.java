package uk.org.beacon.person;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What is entered about a person, by the pages, the API and demo data alike. Codes are from the
 * national code sets ({@code uk.org.beacon.codes}).
 */
public record PersonRecord(
        String kind,
        String givenName,
        String middleNames,
        String familyName,
        String preferredName,
        List<AliasName> aliases,
        LocalDate dateOfBirth,
        LocalDate expectedDateOfBirth,
        String legalSex,
        String genderIdentity,
        String ethnicity,
        String religion,
        String firstLanguage,
        boolean interpreterNeeded,
        Set<String> disabilities,
        String upn,
        String formerUpn,
        String upnUnknownReason,
        String nhsNumber,
        String sexualOrientation,
        AddressLines address) {

    public record AliasName(String givenName, String familyName) {}

    public record AddressLines(String line1, String line2, String town, String postcode, LocalDate movedIn) {
        public boolean isEmpty() {
            return (line1 == null || line1.isBlank()) && (postcode == null || postcode.isBlank())
                    && (line2 == null || line2.isBlank()) && (town == null || town.isBlank());
        }
    }
}
