package uk.org.beacon.returns.cin;

import static uk.org.beacon.returns.cin.CinRuleKind.ERROR;
import static uk.org.beacon.returns.cin.CinRuleKind.QUERY;
import static uk.org.beacon.returns.cin.Findings.day;
import static uk.org.beacon.returns.cin.Findings.of;
import static uk.org.beacon.returns.cin.Findings.quoted;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Rules on the child's identifiers ({@code ChildIdentifiers}): LAchildID, UPN, dates of birth and death, sex. */
final class ChildIdentifierRules {

    private static final Set<String> UPN_UNKNOWN_FOR_SCHOOL_AGE = new HashSet<>(List.of("UN2", "UN3", "UN4", "UN5", "UN6", "UN7"));

    private ChildIdentifierRules() {}

    static List<CinRule> all() {
        return List.of(LA_CHILD_ID_MISSING, LA_CHILD_ID_REPEATED, UPN_CHECK_LETTER, UPN_REPEATED, UPN_LA_NUMBER, UPN_SERIAL_DIGITS,
                UPN_LAST_CHARACTER, FORMER_UPN_SHAPE, LA_CHILD_ID_LENGTH, LA_CHILD_ID_CHARACTERS, SEX, BIRTH_AFTER_REFERENCE_DATE,
                ONE_BIRTH_DATE, EXPECTED_BIRTH_RANGE, DEATH_BEFORE_BIRTH, DEATH_OUTSIDE_YEAR, UNBORN_SEX, SCHOOL_AGE_UPN, UN7_NOT_NFA,
                OVER_25, UPN_LENGTH, FORMER_UPN_PATTERN, UPN_UNKNOWN_CODE);
    }

    /** 8500: every child needs the authority's own identifier. */
    static final CinRule LA_CHILD_ID_MISSING = new ChildRule("8500", ERROR, "LAchildID is missing.", (child, found) -> {
        if (child.laChildId() == null || child.laChildId().isBlank()) {
            found.child("The child has no LAchildID (the authority's own identifier).", "LAchildID");
        }
    });

    /** 8510: LAchildID is unique in the return (indexed, not compared pair by pair). */
    static final CinRule LA_CHILD_ID_REPEATED = new ReturnRule("8510", ERROR, "Two children in the return share an LAchildID.",
            (census, found) -> {
                Map<String, List<CinChild>> byId = new LinkedHashMap<>();
                for (CinChild child : of(census.children())) {
                    if (child.laChildId() != null && !child.laChildId().isBlank()) {
                        byId.computeIfAbsent(child.laChildId(), id -> new ArrayList<>()).add(child);
                    }
                }
                for (List<CinChild> same : byId.values()) {
                    if (same.size() > 1) {
                        for (CinChild child : same) {
                            found.about(child).child("LAchildID " + child.laChildId() + " is used by " + same.size()
                                    + " children in the return; each child needs their own.", "LAchildID");
                        }
                    }
                }
            });

    /**
     * 1510: the check letter. Beacon also checks temporary UPNs (a letter in position 13, scored by its
     * place in the check-letter table), which the community validator skips.
     */
    static final CinRule UPN_CHECK_LETTER = new ChildRule("1510", ERROR,
            "UPN check letter (character 1) does not match the mod-23 weighted sum of characters 2-13 "
                    + "(Beacon also checks temporary UPNs with a letter in position 13).",
            (child, found) -> {
                Character expected = CinSchemaFacts.expectedCheckLetter(child.upn());
                if (expected != null && child.upn().charAt(0) != expected) {
                    found.child("UPN " + child.upn() + " starts with " + child.upn().charAt(0) + " but its check letter should be " + expected
                            + "; check the UPN with the child's school.", "UPN");
                }
            });

    /** 1520: each UPN belongs to one child (indexed by UPN). */
    static final CinRule UPN_REPEATED = new ReturnRule("1520", ERROR, "The same UPN appears on more than one child.", (census, found) -> {
        Map<String, List<CinChild>> byUpn = new HashMap<>();
        List<String> order = new ArrayList<>();
        for (CinChild child : of(census.children())) {
            if (child.upn() != null && !child.upn().isBlank()) {
                byUpn.computeIfAbsent(child.upn(), upn -> {
                    order.add(upn);
                    return new ArrayList<>();
                }).add(child);
            }
        }
        for (String upn : order) {
            List<CinChild> same = byUpn.get(upn);
            if (same.size() > 1) {
                for (CinChild child : same) {
                    List<String> others = same.stream().filter(other -> other != child).map(CinChild::laChildId).toList();
                    found.about(child).child("UPN " + upn + " is also recorded for " + String.join(", ", others)
                            + "; a UPN belongs to one child.", "UPN");
                }
            }
        }
    });

    /** 1530: characters 2-4 are the number of the authority that issued the UPN. */
    static final CinRule UPN_LA_NUMBER = new ChildRule("1530", ERROR,
            "UPN characters 2-4 are not a recognised LA or pseudo-LA number.", (child, found) -> {
                String upn = child.upn();
                if (upn != null && upn.length() == 13 && !CinCodeLists.LA_NUMBERS.contains(upn.substring(1, 4))) {
                    found.child("UPN " + upn + ": characters 2-4 (" + upn.substring(1, 4)
                            + ") are not a DfE local authority or pseudo-LA number.", "UPN");
                }
            });

    /** 1540: characters 5-12 are digits. */
    static final CinRule UPN_SERIAL_DIGITS = new ChildRule("1540", ERROR, "UPN characters 5-12 are not all digits.", (child, found) -> {
        String upn = child.upn();
        if (upn != null && upn.length() == 13 && !upn.substring(4, 12).matches("\\d{8}")) {
            found.child("UPN " + upn + ": characters 5-12 (" + upn.substring(4, 12) + ") must all be digits.", "UPN");
        }
    });

    /** 1550: character 13 is a digit or a check-table letter (no I, O or S). */
    static final CinRule UPN_LAST_CHARACTER = new ChildRule("1550", ERROR,
            "UPN character 13 is not a digit or a letter other than I, O, S.", (child, found) -> {
                String upn = child.upn();
                if (upn != null && upn.length() == 13) {
                    char last = upn.charAt(12);
                    if (!(last >= '0' && last <= '9') && CinSchemaFacts.CHECK_LETTERS.indexOf(last) < 0) {
                        found.child("UPN " + upn + ": character 13 (" + last + ") must be a digit or a capital letter other than I, O or S.",
                                "UPN");
                    }
                }
            });

    /** 1560Q: a former UPN should look like a UPN. */
    static final CinRule FORMER_UPN_SHAPE = new ChildRule("1560Q", QUERY, "FormerUPN is present but not in UPN shape.",
            (child, found) -> {
                if (child.formerUpn() != null && !upnShape(child.formerUpn())) {
                    found.child("FormerUPN " + quoted(child.formerUpn())
                            + " is not in UPN form (a check letter, 11 digits, then a digit or a letter other than I, O or S).", "FormerUPN");
                }
            });

    /** 1570 (from 2024-25): LAchildID at most 20 characters. */
    static final CinRule LA_CHILD_ID_LENGTH = new ChildRule("1570", ERROR, 2025,
            "LAchildID is longer than 20 characters (from 2024-25).", (child, found) -> {
                if (child.laChildId() != null && child.laChildId().length() > 20) {
                    found.child("LAchildID " + child.laChildId() + " has " + child.laChildId().length()
                            + " characters; it may have at most 20.", "LAchildID");
                }
            });

    /** 1580 (from 2024-25): LAchildID only letters and digits. */
    static final CinRule LA_CHILD_ID_CHARACTERS = new ChildRule("1580", ERROR, 2025,
            "LAchildID contains anything other than letters and digits (from 2024-25).", (child, found) -> {
                String id = child.laChildId();
                if (id != null && !id.isBlank() && !id.matches("[A-Za-z0-9]+")) {
                    found.child("LAchildID " + quoted(id) + " may contain only letters and digits.", "LAchildID");
                }
            });

    /** 4180: Sex is M, F or U (written as GenderCurrent 1, 2 or 0 up to 2023-24). */
    static final CinRule SEX = new ChildRule("4180", ERROR,
            "Sex is missing or not M, F or U (from 2024-25; earlier years GenderCurrent, which Beacon writes from the same value).",
            (child, found) -> {
                if (!CinCodeLists.SEXES.contains(child.sex())) {
                    found.child(child.sex() == null ? "The child's sex is not recorded; record M, F or U (not known)."
                            : "Sex " + quoted(child.sex()) + " is not M, F or U.", "Sex");
                }
            });

    /** 8520: a date of birth after the reference date. */
    static final CinRule BIRTH_AFTER_REFERENCE_DATE = new ChildRule("8520", ERROR, "Date of birth is after ReferenceDate.",
            (child, found) -> {
                if (child.birthDate() != null && child.birthDate().isAfter(found.referenceDate())) {
                    found.child("The date of birth " + day(child.birthDate()) + " is after the census date "
                            + day(found.referenceDate()) + ".", "PersonBirthDate");
                }
            });

    /** 8525Q: exactly one of date of birth and expected date of birth. */
    static final CinRule ONE_BIRTH_DATE = new ChildRule("8525Q", QUERY,
            "Exactly one of PersonBirthDate and ExpectedPersonBirthDate should be given.", (child, found) -> {
                if (child.birthDate() != null && child.expectedBirthDate() != null) {
                    found.child("Both a date of birth (" + day(child.birthDate()) + ") and an expected date of birth ("
                            + day(child.expectedBirthDate()) + ") are recorded; once the child is born, give only the date of birth.",
                            "PersonBirthDate", "ExpectedPersonBirthDate");
                } else if (child.birthDate() == null && child.expectedBirthDate() == null) {
                    found.child("Neither a date of birth nor an expected date of birth is recorded.", "PersonBirthDate",
                            "ExpectedPersonBirthDate");
                }
            });

    /** 8530Q: an expected date of birth between 30 days before and 9 months after the reference date. */
    static final CinRule EXPECTED_BIRTH_RANGE = new ChildRule("8530Q", QUERY,
            "Expected date of birth is outside ReferenceDate minus 30 days to ReferenceDate plus 9 months.", (child, found) -> {
                LocalDate expected = child.expectedBirthDate();
                if (expected != null) {
                    LocalDate earliest = found.referenceDate().minusDays(30);
                    LocalDate latest = found.referenceDate().plusMonths(9);
                    if (expected.isBefore(earliest) || expected.isAfter(latest)) {
                        found.child("The expected date of birth " + day(expected) + " is outside " + day(earliest) + " to " + day(latest)
                                + "; if the child has been born, record the date of birth.", "ExpectedPersonBirthDate");
                    }
                }
            });

    /** 8535Q: death before birth. */
    static final CinRule DEATH_BEFORE_BIRTH = new ChildRule("8535Q", QUERY, "Date of death is before date of birth.", (child, found) -> {
        if (child.deathDate() != null && child.birthDate() != null && child.deathDate().isBefore(child.birthDate())) {
            found.child("The date of death " + day(child.deathDate()) + " is before the date of birth " + day(child.birthDate()) + ".",
                    "PersonDeathDate", "PersonBirthDate");
        }
    });

    /** 8545Q: a date of death within the census year. */
    static final CinRule DEATH_OUTSIDE_YEAR = new ChildRule("8545Q", QUERY, "Date of death is outside the census year.",
            (child, found) -> {
                if (child.deathDate() != null && !found.inYear(child.deathDate())) {
                    found.child("The date of death " + day(child.deathDate()) + " is outside the census year " + day(found.yearStart())
                            + " to " + day(found.referenceDate()) + ".", "PersonDeathDate");
                }
            });

    /** 8750: an unborn child's sex is U. */
    static final CinRule UNBORN_SEX = new ChildRule("8750", ERROR,
            "An unborn child (expected date of birth, no date of birth) has Sex other than U.", (child, found) -> {
                if (child.expectedBirthDate() != null && child.birthDate() == null && child.sex() != null && !child.sex().equals("U")) {
                    found.child("The child is unborn (expected " + day(child.expectedBirthDate()) + ") but Sex is " + child.sex()
                            + "; an unborn child's sex is U.", "Sex", "ExpectedPersonBirthDate");
                }
            });

    /**
     * 8770Q: a child of compulsory school age (born on or before 31 August six years before the year of
     * the reference date) with an episode that is not NFA has a UPN or a reason UN2-UN7.
     */
    static final CinRule SCHOOL_AGE_UPN = new ChildRule("8770Q", QUERY,
            "A child of compulsory school age with a non-NFA episode has no UPN and no acceptable UPNunknown (UN2-UN7; UN1 not accepted).",
            (child, found) -> {
                LocalDate cutOff = LocalDate.of(found.referenceDate().getYear() - 6, 8, 31);
                if (child.birthDate() != null && !child.birthDate().isAfter(cutOff) && hasEpisodeNotNfa(child) && child.upn() == null
                        && !UPN_UNKNOWN_FOR_SCHOOL_AGE.contains(child.upnUnknown())) {
                    found.child("The child was born on " + day(child.birthDate()) + " and is of school age, but has no UPN"
                            + (child.upnUnknown() == null ? " and no reason it is unknown" : " and the reason given is " + child.upnUnknown())
                            + "; record the UPN or a reason UN2 to UN7.", "UPN", "UPNunknown", "PersonBirthDate");
                }
            });

    /** 8772: UN7 (referral with no further action) only when every episode is NFA. */
    static final CinRule UN7_NOT_NFA = new ChildRule("8772", ERROR, "UPNunknown is UN7 but at least one episode is not NFA.",
            (child, found) -> {
                if ("UN7".equals(child.upnUnknown()) && hasEpisodeNotNfa(child)) {
                    found.child("UPNunknown is UN7 (referral with no further action) but the child has an episode that is not NFA; "
                            + "record the UPN or another reason.", "UPNunknown", "ReferralNFA");
                }
            });

    /** 8775Q: over 25 (born more than 25 years before the reference date, an episode open or closed after the 25th birthday). */
    static final CinRule OVER_25 = new ChildRule("8775Q", QUERY,
            "The child is over 25 (born more than 25 years before ReferenceDate, with an episode open or closed after the 25th birthday).",
            (child, found) -> {
                LocalDate birth = child.birthDate();
                if (birth != null && birth.isBefore(found.referenceDate().minusYears(25))) {
                    LocalDate twentyFifth = birth.plusYears(25);
                    for (CinEpisode episode : of(child.episodes())) {
                        if (episode.closureDate() == null || episode.closureDate().isAfter(twentyFifth)) {
                            found.child("The child was born on " + day(birth) + " and turned 25 on " + day(twentyFifth)
                                    + ", but an episode referred on " + day(episode.referralDate())
                                    + (episode.closureDate() == null ? " is still open." : " closed on " + day(episode.closureDate()) + "."),
                                    "PersonBirthDate", "CINclosureDate");
                            return;
                        }
                    }
                }
            });

    /** B02 (Beacon): a UPN of any length but 13 fits no DfE rule yet cannot be written. */
    static final CinRule UPN_LENGTH = new ChildRule("B02", ERROR,
            "Beacon: the UPN is not 13 characters long (the schema cannot hold it; DfE's UPN rules check 13-character UPNs).",
            (child, found) -> {
                if (child.upn() != null && child.upn().length() != 13) {
                    found.child("UPN " + quoted(child.upn()) + " has " + child.upn().length()
                            + " characters; a UPN has 13. Correct it or leave it out and give a reason it is unknown.", "UPN");
                }
            });

    /** B03 (Beacon): a former UPN outside the schema's UPN pattern cannot be written (1560Q is only a query). */
    static final CinRule FORMER_UPN_PATTERN = new ChildRule("B03", ERROR,
            "Beacon: FormerUPN does not fit the schema's UPN pattern (a letter, 11 digits, a digit or a letter), so the child cannot be written.",
            (child, found) -> {
                if (child.formerUpn() != null && !CinSchemaFacts.fitsUpnPattern(child.formerUpn())) {
                    found.child("FormerUPN " + quoted(child.formerUpn())
                            + " is not a letter, 11 digits and a digit or letter; correct it or remove it.", "FormerUPN");
                }
            });

    /** B04 (Beacon): UPNunknown outside UN1-UN7 cannot be written (8770Q only queries it for school-age children). */
    static final CinRule UPN_UNKNOWN_CODE = new ChildRule("B04", ERROR,
            "Beacon: UPNunknown is not one of UN1 to UN7, so the child cannot be written.", (child, found) -> {
                if (child.upnUnknown() != null && !CinCodeLists.UPN_UNKNOWN.contains(child.upnUnknown())) {
                    found.child("The reason the UPN is unknown, " + quoted(child.upnUnknown()) + ", is not one of UN1 to UN7.", "UPNunknown");
                }
            });

    static boolean hasEpisodeNotNfa(CinChild child) {
        for (CinEpisode episode : of(child.episodes())) {
            if (!episode.referralNfa()) {
                return true;
            }
        }
        return false;
    }

    /** A check letter, 11 digits, then a digit or a check-table letter. */
    static boolean upnShape(String upn) {
        return upn.length() == 13 && CinSchemaFacts.CHECK_LETTERS.indexOf(upn.charAt(0)) >= 0 && upn.substring(1, 12).matches("\\d{11}")
                && (Character.isDigit(upn.charAt(12)) && upn.charAt(12) < 128 || CinSchemaFacts.CHECK_LETTERS.indexOf(upn.charAt(12)) >= 0);
    }
}
