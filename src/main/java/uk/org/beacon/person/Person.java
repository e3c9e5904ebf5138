package uk.org.beacon.person;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.ReadOnlyProperty;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A person known to children's services: a child, an unborn child, or an adult (parent, carer,
 * household member). Legal sex is kept apart from gender identity; identifiers (NHS number, UPN)
 * are checked on entry; addresses are a history, the open one being where they live now.
 * The record is a legal document: it is versioned, and every change is audited.
 */
@Table(schema = "person", name = "person")
class Person {

    @Id
    UUID id;

    String kind;
    String givenName;
    String middleNames;
    String familyName;
    String preferredName;
    LocalDate dateOfBirth;
    LocalDate expectedDateOfBirth;
    LocalDate dateOfDeath;
    String legalSex;
    String genderIdentity;
    String ethnicity;
    String religion;
    String firstLanguage;
    boolean interpreterNeeded;
    String upn;
    String formerUpn;
    String upnUnknownReason;
    String nhsNumber;
    String sexualOrientation;
    String givenNameKey;
    String familyNameKey;
    String familyNameSound;
    Instant createdAt;
    UUID createdBy;
    Instant updatedAt;
    UUID updatedBy;

    @Version
    Long version;

    /** The authority's own record number, given by the database on insert (the CIN census LAchildID). */
    @ReadOnlyProperty
    Long recordNumber;

    @MappedCollection(idColumn = "person", keyColumn = "ordinal")
    List<Alias> aliases = new ArrayList<>();

    @MappedCollection(idColumn = "person")
    Set<Disability> disabilities = new HashSet<>();

    @MappedCollection(idColumn = "person", keyColumn = "ordinal")
    List<Residence> residences = new ArrayList<>();

    Person() {}

    static Person create(PersonRecord record, UUID by, Instant now, LocalDate today) {
        Person p = new Person();
        p.id = UUID.randomUUID();
        p.createdAt = now;
        p.createdBy = by;
        p.apply(record, by, now, today);
        return p;
    }

    void apply(PersonRecord r, UUID by, Instant now, LocalDate today) {
        kind = r.kind();
        givenName = trim(r.givenName());
        middleNames = trim(r.middleNames());
        familyName = trim(r.familyName());
        preferredName = trim(r.preferredName());
        dateOfBirth = r.dateOfBirth();
        expectedDateOfBirth = r.expectedDateOfBirth();
        legalSex = r.legalSex();
        genderIdentity = blankToNull(r.genderIdentity());
        ethnicity = blankToNull(r.ethnicity());
        religion = blankToNull(r.religion());
        firstLanguage = blankToNull(r.firstLanguage());
        interpreterNeeded = r.interpreterNeeded();
        upn = r.upn() == null || r.upn().isBlank() ? null : UniquePupilNumber.normalise(r.upn());
        formerUpn = r.formerUpn() == null || r.formerUpn().isBlank() ? null : UniquePupilNumber.normalise(r.formerUpn());
        upnUnknownReason = upn == null ? blankToNull(r.upnUnknownReason()) : null;
        nhsNumber = r.nhsNumber() == null || r.nhsNumber().isBlank() ? null : NhsNumber.normalise(r.nhsNumber());
        sexualOrientation = blankToNull(r.sexualOrientation());
        givenNameKey = NameMatching.normalise(givenName == null ? "" : givenName);
        familyNameKey = NameMatching.normalise(familyName);
        familyNameSound = NameMatching.phoneticKey(familyName);
        aliases = new ArrayList<>();
        if (r.aliases() != null) {
            for (PersonRecord.AliasName a : r.aliases()) {
                if (a.familyName() != null && !a.familyName().isBlank()) {
                    aliases.add(new Alias(trim(a.givenName()), a.familyName().trim(), NameMatching.normalise(a.familyName()),
                            NameMatching.phoneticKey(a.familyName())));
                }
            }
        }
        disabilities = new HashSet<>();
        if (r.disabilities() != null) {
            r.disabilities().stream().filter(d -> d != null && !d.isBlank()).forEach(d -> disabilities.add(new Disability(d)));
        }
        moveTo(r.address(), today);
        updatedAt = now;
        updatedBy = by;
    }

    /** A new current address closes the open one (moved out the day the new one starts); the history stays. */
    private void moveTo(PersonRecord.AddressLines address, LocalDate today) {
        if (address == null || address.isEmpty()) {
            return;
        }
        String key = Residence.addressKey(address.line1(), address.postcode());
        Residence current = currentResidence();
        if (current != null && current.addressKey().equals(key)) {
            return;
        }
        LocalDate movedIn = address.movedIn() != null ? address.movedIn() : today;
        List<Residence> updated = new ArrayList<>();
        for (Residence r : residences) {
            updated.add(r.movedOut() == null ? r.closedOn(movedIn) : r);
        }
        updated.add(new Residence(address.line1().trim(), trim(address.line2()), trim(address.town()),
                Postcode.normalise(address.postcode()), key, movedIn, null));
        residences = updated;
    }

    Residence currentResidence() {
        return residences.stream().filter(r -> r.movedOut() == null).reduce((a, b) -> b).orElse(null);
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
