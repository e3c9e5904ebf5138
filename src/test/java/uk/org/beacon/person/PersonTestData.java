package uk.org.beacon.person;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Synthetic people for tests. NHS numbers are from the 999 test range, check digit computed. */
public final class PersonTestData {

    private static int serial = 500_000;
    private static int upnSerial = 0;

    private PersonTestData() {}

    public static synchronized String nextNhsNumber() {
        while (true) {
            serial++;
            try {
                return NhsNumber.withCheckDigit("999" + String.format("%06d", serial));
            } catch (IllegalArgumentException e) {
                // check digit would be 10: try the next serial
            }
        }
    }

    /** Synthetic UPNs from local authority number 998, which the demo authority does not use. */
    public static synchronized String nextUpn() {
        upnSerial++;
        return UniquePupilNumber.withCheckLetter("998" + String.format("%08d", upnSerial) + "0");
    }

    public static PersonRecord child(String given, String family, LocalDate dob) {
        return new PersonRecord("CHILD", given, null, family, null, List.of(), dob, null, "F", null, "WBRI", null, "eng", false,
                Set.of("NONE"), null, null, null, nextNhsNumber(), null,
                new PersonRecord.AddressLines("12 Test Street", null, "Testtown", "DM1 2AB", null));
    }

    public static PersonRecord withAddress(PersonRecord r, String line1, String postcode) {
        return new PersonRecord(r.kind(), r.givenName(), r.middleNames(), r.familyName(), r.preferredName(), r.aliases(), r.dateOfBirth(),
                r.expectedDateOfBirth(), r.legalSex(), r.genderIdentity(), r.ethnicity(), r.religion(), r.firstLanguage(), r.interpreterNeeded(),
                r.disabilities(), r.upn(), r.formerUpn(), r.upnUnknownReason(), r.nhsNumber(), r.sexualOrientation(),
                new PersonRecord.AddressLines(line1, null, "Testtown", postcode, null));
    }

    public static PersonRecord withNhs(PersonRecord r, String nhs) {
        return new PersonRecord(r.kind(), r.givenName(), r.middleNames(), r.familyName(), r.preferredName(), r.aliases(), r.dateOfBirth(),
                r.expectedDateOfBirth(), r.legalSex(), r.genderIdentity(), r.ethnicity(), r.religion(), r.firstLanguage(), r.interpreterNeeded(),
                r.disabilities(), r.upn(), r.formerUpn(), r.upnUnknownReason(), nhs, r.sexualOrientation(), r.address());
    }

    public static PersonRecord withFamilyName(PersonRecord r, String family) {
        return new PersonRecord(r.kind(), r.givenName(), r.middleNames(), family, r.preferredName(), r.aliases(), r.dateOfBirth(),
                r.expectedDateOfBirth(), r.legalSex(), r.genderIdentity(), r.ethnicity(), r.religion(), r.firstLanguage(), r.interpreterNeeded(),
                r.disabilities(), r.upn(), r.formerUpn(), r.upnUnknownReason(), r.nhsNumber(), r.sexualOrientation(), r.address());
    }

    public static PersonRecord adult(String given, String family, LocalDate dob) {
        return new PersonRecord("ADULT", given, null, family, null, List.of(), dob, null, "F", null, "WBRI", null, "eng", false,
                Set.of(), null, null, null, nextNhsNumber(), null,
                new PersonRecord.AddressLines("12 Test Street", null, "Testtown", "DM1 2AB", null));
    }

    public static PersonRecord withAliases(PersonRecord r, PersonRecord.AliasName... aliases) {
        return new PersonRecord(r.kind(), r.givenName(), r.middleNames(), r.familyName(), r.preferredName(), List.of(aliases), r.dateOfBirth(),
                r.expectedDateOfBirth(), r.legalSex(), r.genderIdentity(), r.ethnicity(), r.religion(), r.firstLanguage(), r.interpreterNeeded(),
                r.disabilities(), r.upn(), r.formerUpn(), r.upnUnknownReason(), r.nhsNumber(), r.sexualOrientation(), r.address());
    }

    public static PersonRecord withUpn(PersonRecord r, String upn, String formerUpn) {
        return new PersonRecord(r.kind(), r.givenName(), r.middleNames(), r.familyName(), r.preferredName(), r.aliases(), r.dateOfBirth(),
                r.expectedDateOfBirth(), r.legalSex(), r.genderIdentity(), r.ethnicity(), r.religion(), r.firstLanguage(), r.interpreterNeeded(),
                r.disabilities(), upn, formerUpn, null, r.nhsNumber(), r.sexualOrientation(), r.address());
    }
}
