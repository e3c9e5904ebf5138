package uk.org.beacon.returns.cin;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import uk.org.beacon.returns.CensusYear;

/**
 * What the schema itself demands of a child (elements it requires, its code lists and patterns),
 * checked before the child is written so that a child who would break the file is held back and
 * named instead. The code lists are those of the three schemas Beacon holds (2024 to 2026), which
 * agree on every list except sex.
 */
final class CinSchemaChecks {

    private static final Pattern UPN = Pattern.compile("[A-Za-z]\\d{11}(\\d|[A-Za-z])");
    private static final Set<String> UPN_UNKNOWN = Set.of("UN1", "UN2", "UN3", "UN4", "UN5", "UN6", "UN7");
    private static final Set<String> SEX = Set.of("M", "F", "U");
    private static final Set<String> ETHNICITY = Set.of("WBRI", "WIRI", "WIRT", "WOTH", "WROM", "MWBC", "MWBA", "MWAS", "MOTH", "AIND", "APKN",
            "ABAN", "AOTH", "BCRB", "BAFR", "BOTH", "CHNE", "OOTH", "REFU", "NOBT");
    private static final Set<String> DISABILITY = Set.of("NONE", "MOB", "HAND", "PC", "INC", "COMM", "LD", "HEAR", "VIS", "BEH", "CON", "AUT",
            "DDA");
    private static final Set<String> REFERRAL_SOURCE = Set.of("1A", "1B", "1C", "1D", "2A", "2B", "3A", "3B", "3C", "3D", "3E", "3F", "4", "5A",
            "5B", "5C", "5D", "6", "7", "8", "9", "10");
    private static final Set<String> PRIMARY_NEED = Set.of("N0", "N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8", "N9");
    private static final Set<String> CLOSURE_REASON = Set.of("RC1", "RC2", "RC3", "RC4", "RC5", "RC6", "RC7", "RC8", "RC9");
    private static final Set<String> CATEGORY = Set.of("NEG", "PHY", "SAB", "EMO", "MUL");
    private static final Set<String> FACTORS = Set.of("1A", "1B", "1C", "2A", "2B", "2C", "3A", "3B", "3C", "4A", "4B", "4C", "5A", "5B", "5C",
            "6A", "6B", "6C", "7A", "8B", "8C", "8D", "8E", "8F", "9A", "10A", "11A", "12A", "13A", "14A", "15A", "16A", "17A", "18A", "18B",
            "18C", "19A", "19B", "19C", "20", "21", "22A", "23A", "24A");

    private CinSchemaChecks() {}

    /** {@code GenderCurrent} for a sex code (files up to 2023-24): 1 male, 2 female, 0 not recorded or unborn. */
    static String genderCurrent(String sex) {
        if (sex == null) {
            return null;
        }
        return switch (sex.strip()) {
            case "M" -> "1";
            case "F" -> "2";
            case "U" -> "0";
            default -> null;
        };
    }

    static List<String> unwritable(CinChild child, CensusYear year) {
        List<String> problems = new ArrayList<>();
        if (blank(child.laChildId())) {
            problems.add("LAchildID is missing");
        }
        pattern(problems, "UPN", child.upn());
        pattern(problems, "FormerUPN", child.formerUpn());
        optionalCode(problems, "UPNunknown", child.upnUnknown(), UPN_UNKNOWN);
        requiredCode(problems, year.endYear() <= 2024 ? "GenderCurrent (from sex)" : "Sex", child.sex(), SEX);
        requiredCode(problems, "Ethnicity", child.ethnicity(), ETHNICITY);
        for (String disability : CinFileWriter.listed(child.disabilities())) {
            if (!blank(disability)) {
                optionalCode(problems, "Disability", disability, DISABILITY);
            }
        }
        List<CinEpisode> episodes = CinFileWriter.listed(child.episodes());
        if (episodes.isEmpty()) {
            problems.add("CINdetails is missing: the child has no episode of need in the year");
        }
        for (CinEpisode episode : episodes) {
            episode(problems, episode);
        }
        return problems;
    }

    private static void episode(List<String> problems, CinEpisode episode) {
        String where = episode.referralDate() == null ? " (an episode with no referral date)" : " (episode referred " + episode.referralDate() + ")";
        if (episode.referralDate() == null) {
            problems.add("CINreferralDate is missing" + where);
        }
        requiredCode(problems, "ReferralSource", episode.referralSource(), REFERRAL_SOURCE, where);
        optionalCode(problems, "PrimaryNeedCode", episode.primaryNeed(), PRIMARY_NEED, where);
        optionalCode(problems, "ReasonForClosure", episode.closureReason(), CLOSURE_REASON, where);
        for (CinAssessment assessment : CinFileWriter.listed(episode.assessments())) {
            if (assessment.startDate() == null) {
                problems.add("AssessmentActualStartDate is missing" + where);
            }
            for (String factor : CinFileWriter.listed(assessment.factors())) {
                if (!blank(factor)) {
                    optionalCode(problems, "AssessmentFactors", factor, FACTORS, where);
                }
            }
        }
        for (CinPlanPeriod plan : CinFileWriter.listed(episode.cinPlans())) {
            if (plan.startDate() == null) {
                problems.add("CINPlanStartDate is missing" + where);
            }
        }
        for (CinSection47 enquiry : CinFileWriter.listed(episode.section47s())) {
            if (enquiry.startDate() == null) {
                problems.add("S47ActualStartDate is missing" + where);
            }
        }
        for (CinProtectionPlan plan : CinFileWriter.listed(episode.protectionPlans())) {
            if (plan.startDate() == null) {
                problems.add("CPPstartDate is missing" + where);
            }
            requiredCode(problems, "InitialCategoryOfAbuse", plan.initialCategory(), CATEGORY, where);
            requiredCode(problems, "LatestCategoryOfAbuse", plan.latestCategory(), CATEGORY, where);
            if (plan.previousPlans() == null || plan.previousPlans() < 0) {
                problems.add("NumberOfPreviousCPP is " + (plan.previousPlans() == null ? "missing" : "negative") + where);
            }
        }
    }

    private static void pattern(List<String> problems, String element, String value) {
        if (!blank(value) && !UPN.matcher(value.strip()).matches()) {
            problems.add(element + " '" + value + "' is not 13 characters: a letter, 11 digits and a digit or letter");
        }
    }

    private static void requiredCode(List<String> problems, String element, String value, Set<String> allowed) {
        requiredCode(problems, element, value, allowed, "");
    }

    private static void requiredCode(List<String> problems, String element, String value, Set<String> allowed, String where) {
        if (blank(value)) {
            problems.add(element + " is missing" + where);
        } else {
            optionalCode(problems, element, value, allowed, where);
        }
    }

    private static void optionalCode(List<String> problems, String element, String value, Set<String> allowed) {
        optionalCode(problems, element, value, allowed, "");
    }

    private static void optionalCode(List<String> problems, String element, String value, Set<String> allowed, String where) {
        if (!blank(value) && !allowed.contains(value.strip())) {
            problems.add(element + " '" + value + "' is not a code the schema allows" + where);
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
