package uk.org.beacon.person;

import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import uk.org.beacon.codes.CodeSet;
import uk.org.beacon.codes.Codes;

/**
 * The checks every person record passes before it is saved, whichever way it arrives (page, API,
 * import). Each problem is a plain-English message keyed by the field it belongs to, so pages
 * show it at the field and in the error summary and the API names the field.
 */
final class PersonRules {

    static final int SEXUAL_ORIENTATION_MINIMUM_AGE = 16;

    private PersonRules() {}

    static Map<String, String> check(PersonRecord r, Codes codes, LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (r.kind() == null || !codes.personKind().isActive(r.kind())) {
            errors.put("kind", "Select whether this is a child, an unborn child or an adult");
        }
        boolean unborn = "UNBORN".equals(r.kind());
        if (!unborn && blank(r.givenName())) {
            errors.put("givenName", "Enter the first name");
        }
        if (blank(r.familyName())) {
            errors.put("familyName", "Enter the last name");
        }
        if (unborn) {
            if (r.expectedDateOfBirth() == null) {
                errors.put("expectedDateOfBirth", "Enter the expected date of birth of the unborn child");
            } else if (r.expectedDateOfBirth().isAfter(today.plusMonths(10))) {
                errors.put("expectedDateOfBirth", "Expected date of birth must be within the next 10 months");
            }
            if (r.dateOfBirth() != null) {
                errors.put("dateOfBirth", "An unborn child has no date of birth: record the expected date instead");
            }
            if (r.legalSex() != null && !"U".equals(r.legalSex())) {
                errors.put("legalSex", "Sex must be 'Not known' for an unborn child");
            }
        } else {
            if (r.dateOfBirth() == null && "CHILD".equals(r.kind())) {
                errors.put("dateOfBirth", "Enter the child's date of birth");
            } else if (r.dateOfBirth() != null && r.dateOfBirth().isAfter(today)) {
                errors.put("dateOfBirth", "Date of birth must be today or in the past");
            } else if (r.dateOfBirth() != null && r.dateOfBirth().isBefore(today.minusYears(120))) {
                errors.put("dateOfBirth", "Date of birth must be within the last 120 years");
            } else if ("CHILD".equals(r.kind()) && r.dateOfBirth().isBefore(today.minusYears(26))) {
                errors.put("dateOfBirth", "A child or care leaver on Beacon must be under 26: record this person as an adult");
            }
            if (r.expectedDateOfBirth() != null && "ADULT".equals(r.kind())) {
                errors.put("expectedDateOfBirth", "Only an unborn child has an expected date of birth");
            }
        }
        if (r.legalSex() == null || !codes.legalSex().isActive(r.legalSex())) {
            errors.put("legalSex", "Select the person's legal sex");
        }
        code(errors, "genderIdentity", r.genderIdentity(), codes.genderIdentity(), "Select a gender identity from the list");
        code(errors, "ethnicity", r.ethnicity(), codes.ethnicity(), "Select an ethnicity from the list");
        code(errors, "religion", r.religion(), codes.religion(), "Select a religion from the list");
        code(errors, "firstLanguage", r.firstLanguage(), codes.language(), "Select a first language from the list");
        code(errors, "upnUnknownReason", r.upnUnknownReason(), codes.upnUnknownReason(), "Select why the UPN is not known");
        code(errors, "sexualOrientation", r.sexualOrientation(), codes.sexualOrientation(), "Select a sexual orientation from the list");
        if (r.disabilities() != null) {
            for (String d : r.disabilities()) {
                if (d != null && !d.isBlank() && !codes.disability().isActive(d)) {
                    errors.put("disabilities", "Select disabilities from the list");
                }
            }
            if (r.disabilities().contains("NONE") && r.disabilities().stream().filter(d -> d != null && !d.isBlank()).count() > 1) {
                errors.put("disabilities", "'No disability' cannot be selected with a disability");
            }
        }
        if (!blank(r.sexualOrientation()) && !"NOBT".equals(r.sexualOrientation())) {
            Optional<Integer> age = Optional.ofNullable(r.dateOfBirth()).map(dob -> Period.between(dob, today).getYears());
            if (unborn || age.isEmpty() || age.get() < SEXUAL_ORIENTATION_MINIMUM_AGE) {
                errors.put("sexualOrientation", "Sexual orientation is recorded only for young people aged 16 or over and adults");
            }
        }
        if (!blank(r.nhsNumber())) {
            NhsNumber.problem(r.nhsNumber()).ifPresent(p -> errors.put("nhsNumber", p));
        }
        if (!blank(r.upn())) {
            UniquePupilNumber.problem(r.upn()).ifPresent(p -> errors.put("upn", p));
            if (!blank(r.upnUnknownReason())) {
                errors.put("upnUnknownReason", "Leave the reason blank when the UPN is known");
            }
        }
        if (!blank(r.formerUpn())) {
            UniquePupilNumber.problem(r.formerUpn()).ifPresent(p -> errors.put("formerUpn", p));
        }
        PersonRecord.AddressLines a = r.address();
        if (a != null && !a.isEmpty()) {
            if (blank(a.line1())) {
                errors.put("addressLine1", "Enter the first line of the address");
            }
            if (blank(a.postcode())) {
                errors.put("postcode", "Enter the postcode");
            } else {
                Postcode.problem(a.postcode()).ifPresent(p -> errors.put("postcode", p));
            }
            if (a.movedIn() != null && a.movedIn().isAfter(today)) {
                errors.put("movedIn", "The date they moved in must be today or in the past");
            }
        }
        if (r.aliases() != null) {
            for (PersonRecord.AliasName alias : r.aliases()) {
                if (alias != null && !blank(alias.givenName()) && blank(alias.familyName())) {
                    errors.put("aliases", "Enter a last name for each other name");
                }
            }
        }
        return errors;
    }

    private static void code(Map<String, String> errors, String field, String value, CodeSet set, String message) {
        if (!blank(value) && !set.isActive(value)) {
            errors.put(field, message);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
