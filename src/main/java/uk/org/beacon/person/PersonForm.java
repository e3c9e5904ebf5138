package uk.org.beacon.person;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import uk.org.beacon.web.DateFields;

/** The add/edit person page's fields, as typed (dates as day, month and year boxes). */
public class PersonForm {

    private String kind = "CHILD";
    private String givenName;
    private String middleNames;
    private String familyName;
    private String preferredName;
    private String otherNames;
    private String dateOfBirthDay;
    private String dateOfBirthMonth;
    private String dateOfBirthYear;
    private String expectedDateOfBirthDay;
    private String expectedDateOfBirthMonth;
    private String expectedDateOfBirthYear;
    private String legalSex;
    private String genderIdentity;
    private String ethnicity;
    private String religion;
    private String firstLanguage;
    private boolean interpreterNeeded;
    private List<String> disabilities = new ArrayList<>();
    private String upn;
    private String formerUpn;
    private String upnUnknownReason;
    private String nhsNumber;
    private String sexualOrientation;
    private String addressLine1;
    private String addressLine2;
    private String town;
    private String postcode;
    private String movedInDay;
    private String movedInMonth;
    private String movedInYear;
    private Long version;

    /** Converts to the record the rules check; date boxes that make no date add a message to {@code errors}. */
    PersonRecord toRecord(Map<String, String> errors) {
        LocalDate dob = DateFields.read(dateOfBirthDay, dateOfBirthMonth, dateOfBirthYear, "dateOfBirth", "Date of birth", errors).orElse(null);
        LocalDate edd = DateFields.read(expectedDateOfBirthDay, expectedDateOfBirthMonth, expectedDateOfBirthYear, "expectedDateOfBirth",
                "Expected date of birth", errors).orElse(null);
        LocalDate movedIn = DateFields.read(movedInDay, movedInMonth, movedInYear, "movedIn", "Date they moved in", errors).orElse(null);
        List<PersonRecord.AliasName> aliases = new ArrayList<>();
        if (otherNames != null) {
            for (String line : otherNames.split("\\R")) {
                String name = line.trim();
                if (name.isEmpty()) {
                    continue;
                }
                int space = name.lastIndexOf(' ');
                aliases.add(space < 0 ? new PersonRecord.AliasName(null, name)
                        : new PersonRecord.AliasName(name.substring(0, space).trim(), name.substring(space + 1)));
            }
        }
        return new PersonRecord(kind, givenName, middleNames, familyName, preferredName, aliases, dob, edd, legalSex, genderIdentity,
                ethnicity, religion, firstLanguage, interpreterNeeded, new LinkedHashSet<>(disabilities == null ? List.of() : disabilities),
                upn, formerUpn, upnUnknownReason, nhsNumber, sexualOrientation,
                new PersonRecord.AddressLines(addressLine1, addressLine2, town, postcode, movedIn));
    }

    static PersonForm of(PersonDetails p) {
        PersonForm f = new PersonForm();
        f.kind = p.kind();
        f.givenName = p.givenName();
        f.middleNames = p.middleNames();
        f.familyName = p.familyName();
        f.preferredName = p.preferredName();
        f.otherNames = String.join("\n", p.aliases().stream()
                .map(a -> (a.givenName() == null ? "" : a.givenName() + " ") + a.familyName()).toList());
        if (p.dateOfBirth() != null) {
            f.dateOfBirthDay = String.valueOf(p.dateOfBirth().getDayOfMonth());
            f.dateOfBirthMonth = String.valueOf(p.dateOfBirth().getMonthValue());
            f.dateOfBirthYear = String.valueOf(p.dateOfBirth().getYear());
        }
        if (p.expectedDateOfBirth() != null) {
            f.expectedDateOfBirthDay = String.valueOf(p.expectedDateOfBirth().getDayOfMonth());
            f.expectedDateOfBirthMonth = String.valueOf(p.expectedDateOfBirth().getMonthValue());
            f.expectedDateOfBirthYear = String.valueOf(p.expectedDateOfBirth().getYear());
        }
        f.legalSex = p.legalSex();
        f.genderIdentity = p.genderIdentity();
        f.ethnicity = p.ethnicity();
        f.religion = p.religion();
        f.firstLanguage = p.firstLanguage();
        f.interpreterNeeded = p.interpreterNeeded();
        f.disabilities = new ArrayList<>(p.disabilities());
        f.upn = p.upn();
        f.formerUpn = p.formerUpn();
        f.upnUnknownReason = p.upnUnknownReason();
        f.nhsNumber = p.nhsNumber() == null ? null : NhsNumber.format(p.nhsNumber());
        f.sexualOrientation = p.sexualOrientation();
        PersonDetails.AddressHistory a = p.currentAddress();
        if (a != null) {
            f.addressLine1 = a.line1();
            f.addressLine2 = a.line2();
            f.town = a.town();
            f.postcode = a.postcode();
            if (a.movedIn() != null) {
                f.movedInDay = String.valueOf(a.movedIn().getDayOfMonth());
                f.movedInMonth = String.valueOf(a.movedIn().getMonthValue());
                f.movedInYear = String.valueOf(a.movedIn().getYear());
            }
        }
        f.version = p.version();
        return f;
    }

    public String getKind() { return kind; }
    public void setKind(String v) { kind = v; }
    public String getGivenName() { return givenName; }
    public void setGivenName(String v) { givenName = v; }
    public String getMiddleNames() { return middleNames; }
    public void setMiddleNames(String v) { middleNames = v; }
    public String getFamilyName() { return familyName; }
    public void setFamilyName(String v) { familyName = v; }
    public String getPreferredName() { return preferredName; }
    public void setPreferredName(String v) { preferredName = v; }
    public String getOtherNames() { return otherNames; }
    public void setOtherNames(String v) { otherNames = v; }
    public String getDateOfBirthDay() { return dateOfBirthDay; }
    public void setDateOfBirthDay(String v) { dateOfBirthDay = v; }
    public String getDateOfBirthMonth() { return dateOfBirthMonth; }
    public void setDateOfBirthMonth(String v) { dateOfBirthMonth = v; }
    public String getDateOfBirthYear() { return dateOfBirthYear; }
    public void setDateOfBirthYear(String v) { dateOfBirthYear = v; }
    public String getExpectedDateOfBirthDay() { return expectedDateOfBirthDay; }
    public void setExpectedDateOfBirthDay(String v) { expectedDateOfBirthDay = v; }
    public String getExpectedDateOfBirthMonth() { return expectedDateOfBirthMonth; }
    public void setExpectedDateOfBirthMonth(String v) { expectedDateOfBirthMonth = v; }
    public String getExpectedDateOfBirthYear() { return expectedDateOfBirthYear; }
    public void setExpectedDateOfBirthYear(String v) { expectedDateOfBirthYear = v; }
    public String getLegalSex() { return legalSex; }
    public void setLegalSex(String v) { legalSex = v; }
    public String getGenderIdentity() { return genderIdentity; }
    public void setGenderIdentity(String v) { genderIdentity = v; }
    public String getEthnicity() { return ethnicity; }
    public void setEthnicity(String v) { ethnicity = v; }
    public String getReligion() { return religion; }
    public void setReligion(String v) { religion = v; }
    public String getFirstLanguage() { return firstLanguage; }
    public void setFirstLanguage(String v) { firstLanguage = v; }
    public boolean isInterpreterNeeded() { return interpreterNeeded; }
    public void setInterpreterNeeded(boolean v) { interpreterNeeded = v; }
    public List<String> getDisabilities() { return disabilities; }
    public void setDisabilities(List<String> v) { disabilities = v == null ? new ArrayList<>() : new ArrayList<>(v); }
    public String getUpn() { return upn; }
    public void setUpn(String v) { upn = v; }
    public String getFormerUpn() { return formerUpn; }
    public void setFormerUpn(String v) { formerUpn = v; }
    public String getUpnUnknownReason() { return upnUnknownReason; }
    public void setUpnUnknownReason(String v) { upnUnknownReason = v; }
    public String getNhsNumber() { return nhsNumber; }
    public void setNhsNumber(String v) { nhsNumber = v; }
    public String getSexualOrientation() { return sexualOrientation; }
    public void setSexualOrientation(String v) { sexualOrientation = v; }
    public String getAddressLine1() { return addressLine1; }
    public void setAddressLine1(String v) { addressLine1 = v; }
    public String getAddressLine2() { return addressLine2; }
    public void setAddressLine2(String v) { addressLine2 = v; }
    public String getTown() { return town; }
    public void setTown(String v) { town = v; }
    public String getPostcode() { return postcode; }
    public void setPostcode(String v) { postcode = v; }
    public String getMovedInDay() { return movedInDay; }
    public void setMovedInDay(String v) { movedInDay = v; }
    public String getMovedInMonth() { return movedInMonth; }
    public void setMovedInMonth(String v) { movedInMonth = v; }
    public String getMovedInYear() { return movedInYear; }
    public void setMovedInYear(String v) { movedInYear = v; }
    public Long getVersion() { return version; }
    public void setVersion(Long v) { version = v; }
}
