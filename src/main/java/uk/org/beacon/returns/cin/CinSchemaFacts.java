package uk.org.beacon.returns.cin;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import uk.org.beacon.returns.CensusYear;

/**
 * What the CIN census schema of a year can hold, shared by the XML writer and the rules so they
 * agree on which children can be written: a child whose schema-mandatory value is missing, or whose
 * value is outside the schema's pattern or enumeration, is held back from the file and reported by
 * an error breach instead (every element named here has an ERROR rule: 8500, 4180, 4220, 8590,
 * 8600, 8866, 4010, 8720, 8905, 8910, 8730, 8640, 8650, 8540 and Beacon's B-rules). Optional
 * elements are left out when {@code null}; a blank string counts as a value (and is never valid).
 */
public final class CinSchemaFacts {

    /** {@code upntype} in the 2024 to 2026 schemas. */
    private static final Pattern UPN_PATTERN = Pattern.compile("[A-Za-z]\\d{11}(\\d|[A-Za-z])");

    /** The 23 check letters, 0 to 22 (DfE's UPN guide; I, O and S are never used). */
    static final String CHECK_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ";

    private CinSchemaFacts() {}

    /**
     * The elements of {@code child} that the schema for {@code year} cannot hold, in document order
     * without repeats ("LAchildID", "Sex", "AssessmentActualStartDate" …); empty when the child can be
     * written. Sex is named "GenderCurrent" for years up to 2023-24, where the writer maps M, F and U
     * to 1, 2 and 0.
     */
    public static List<String> unwritable(CinChild child, CensusYear year) {
        Set<String> missing = new LinkedHashSet<>();
        if (child.laChildId() == null || child.laChildId().isBlank()) {
            missing.add("LAchildID");
        }
        if (child.upn() != null && !fitsUpnPattern(child.upn())) {
            missing.add("UPN");
        }
        if (child.formerUpn() != null && !fitsUpnPattern(child.formerUpn())) {
            missing.add("FormerUPN");
        }
        if (child.upnUnknown() != null && !CinCodeLists.UPN_UNKNOWN.contains(child.upnUnknown())) {
            missing.add("UPNunknown");
        }
        if (!CinCodeLists.SEXES.contains(child.sex())) {
            missing.add(year != null && year.endYear() <= 2024 ? "GenderCurrent" : "Sex");
        }
        if (!CinCodeLists.ETHNICITIES.contains(child.ethnicity())) {
            missing.add("Ethnicity");
        }
        for (String code : Findings.of(child.disabilities())) {
            if (!CinCodeLists.DISABILITIES.contains(code)) {
                missing.add("Disability");
            }
        }
        if (Findings.of(child.episodes()).isEmpty()) {
            missing.add("CINdetails");
        }
        for (CinEpisode episode : Findings.of(child.episodes())) {
            episode(episode, missing);
        }
        return List.copyOf(new ArrayList<>(missing));
    }

    /** Whether the child can be written to the year's file: {@link #unwritable} is empty. */
    public static boolean writable(CinChild child, CensusYear year) {
        return unwritable(child, year).isEmpty();
    }

    private static void episode(CinEpisode episode, Set<String> missing) {
        if (episode.referralDate() == null) {
            missing.add("CINreferralDate");
        }
        if (!CinCodeLists.REFERRAL_SOURCES.contains(episode.referralSource())) {
            missing.add("ReferralSource");
        }
        if (episode.primaryNeed() != null && !CinCodeLists.PRIMARY_NEEDS.contains(episode.primaryNeed())) {
            missing.add("PrimaryNeedCode");
        }
        if (episode.closureReason() != null && !CinCodeLists.CLOSURE_REASONS.contains(episode.closureReason())) {
            missing.add("ReasonForClosure");
        }
        for (CinAssessment assessment : Findings.of(episode.assessments())) {
            if (assessment.startDate() == null) {
                missing.add("AssessmentActualStartDate");
            }
            for (String factor : Findings.of(assessment.factors())) {
                if (!CinCodeLists.FACTORS.contains(factor)) {
                    missing.add("AssessmentFactors");
                }
            }
        }
        for (CinPlanPeriod plan : Findings.of(episode.cinPlans())) {
            if (plan.startDate() == null) {
                missing.add("CINPlanStartDate");
            }
        }
        for (CinSection47 enquiry : Findings.of(episode.section47s())) {
            if (enquiry.startDate() == null) {
                missing.add("S47ActualStartDate");
            }
        }
        for (CinProtectionPlan plan : Findings.of(episode.protectionPlans())) {
            if (plan.startDate() == null) {
                missing.add("CPPstartDate");
            }
            if (!CinCodeLists.ABUSE_CATEGORIES.contains(plan.initialCategory())) {
                missing.add("InitialCategoryOfAbuse");
            }
            if (!CinCodeLists.ABUSE_CATEGORIES.contains(plan.latestCategory())) {
                missing.add("LatestCategoryOfAbuse");
            }
            if (plan.previousPlans() == null || plan.previousPlans() < 0) {
                missing.add("NumberOfPreviousCPP");
            }
            if (Findings.of(plan.reviewDates()).stream().anyMatch(java.util.Objects::isNull)) {
                missing.add("CPPreviewDate");
            }
        }
    }

    /** The schema's UPN pattern: a letter, eleven digits, then a digit or a letter. */
    public static boolean fitsUpnPattern(String upn) {
        return upn != null && UPN_PATTERN.matcher(upn).matches();
    }

    /**
     * The check letter a UPN should start with, or {@code null} when it cannot be worked out (not 13
     * characters, characters 2-12 not all digits, or character 13 neither a digit nor a check-table
     * letter). Characters 2-13 are weighted 2 to 13; a letter in position 13 (a temporary UPN) counts
     * as its place in the check-letter table (A=0 … Z=22, no I, O or S); the sum modulo 23 picks the letter.
     */
    static Character expectedCheckLetter(String upn) {
        if (upn == null || upn.length() != 13) {
            return null;
        }
        int sum = 0;
        for (int i = 1; i < 13; i++) {
            char c = upn.charAt(i);
            int value;
            if (c >= '0' && c <= '9') {
                value = c - '0';
            } else if (i == 12 && CHECK_LETTERS.indexOf(c) >= 0) {
                value = CHECK_LETTERS.indexOf(c);
            } else {
                return null;
            }
            sum += value * (i + 1);
        }
        return CHECK_LETTERS.charAt(sum % 23);
    }
}
