package uk.org.beacon.person;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A person's record as shown on their page and returned by the API. */
public record PersonDetails(
        UUID id,
        String kind,
        String givenName,
        String middleNames,
        String familyName,
        String preferredName,
        List<PersonRecord.AliasName> aliases,
        LocalDate dateOfBirth,
        LocalDate expectedDateOfBirth,
        LocalDate dateOfDeath,
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
        List<AddressHistory> addresses,
        boolean restricted,
        Instant updatedAt,
        long version,
        Long recordNumber) {

    public record AddressHistory(String line1, String line2, String town, String postcode, LocalDate movedIn, LocalDate movedOut) {
        public boolean current() {
            return movedOut == null;
        }
    }

    public String fullName() {
        return String.join(" ", java.util.stream.Stream.of(givenName, middleNames, familyName)
                .filter(s -> s != null && !s.isBlank()).toList());
    }

    public String knownAs() {
        return preferredName != null ? preferredName + " " + familyName : fullName();
    }

    public AddressHistory currentAddress() {
        return addresses.stream().filter(AddressHistory::current).reduce((a, b) -> b).orElse(null);
    }

    public Integer ageOn(LocalDate day) {
        return dateOfBirth == null ? null : Period.between(dateOfBirth, day).getYears();
    }

    public PersonRecord toRecord() {
        AddressHistory current = currentAddress();
        return new PersonRecord(kind, givenName, middleNames, familyName, preferredName, aliases, dateOfBirth, expectedDateOfBirth,
                legalSex, genderIdentity, ethnicity, religion, firstLanguage, interpreterNeeded, disabilities, upn, formerUpn,
                upnUnknownReason, nhsNumber, sexualOrientation,
                current == null ? null : new PersonRecord.AddressLines(current.line1(), current.line2(), current.town(), current.postcode(), current.movedIn()));
    }

    static PersonDetails of(Person p, boolean restricted) {
        return new PersonDetails(p.id, p.kind, p.givenName, p.middleNames, p.familyName, p.preferredName,
                p.aliases.stream().map(a -> new PersonRecord.AliasName(a.givenName(), a.familyName())).toList(),
                p.dateOfBirth, p.expectedDateOfBirth, p.dateOfDeath, p.legalSex, p.genderIdentity, p.ethnicity, p.religion,
                p.firstLanguage, p.interpreterNeeded,
                p.disabilities.stream().map(Disability::code).collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new)),
                p.upn, p.formerUpn, p.upnUnknownReason, p.nhsNumber, p.sexualOrientation,
                p.residences.stream().map(r -> new AddressHistory(r.line1(), r.line2(), r.town(), r.postcode(), r.movedIn(), r.movedOut())).toList(),
                restricted, p.updatedAt, p.version, p.recordNumber);
    }
}
