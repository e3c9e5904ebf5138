package uk.org.beacon.returns.cin;

import static uk.org.beacon.returns.cin.CinRuleKind.ERROR;
import static uk.org.beacon.returns.cin.CinRuleKind.QUERY;
import static uk.org.beacon.returns.cin.Findings.day;
import static uk.org.beacon.returns.cin.Findings.of;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** Rules on the return as a whole: the header and the return-level counts (no child attached). */
final class ReturnRules {

    private ReturnRules() {}

    static List<CinRule> all() {
        return List.of(HEADER_DATES, PLANS_AND_CONFERENCES, SEX_MISSING, DISABILITY_CODES_USED, MULTIPLE_DISABILITIES, HEADER_SOURCE);
    }

    /**
     * 100: ReferenceDate must be 31 March of the header Year. Beacon writes both from the return's
     * census year, so this fails only when the return has no census year (then no other rule runs).
     */
    static final CinRule HEADER_DATES = new ReturnRule("100", ERROR,
            "Header ReferenceDate is missing or is not 31 March of the Header Year.", false, (census, found) -> {
                if (census.year() == null) {
                    found.whole("The return has no census year, so its header has no Year or ReferenceDate; "
                            + "no other rule was checked.", "Header/ReferenceDate", "Header/Year");
                    return;
                }
                LocalDate reference = census.year().referenceDate();
                if (reference.getMonthValue() != 3 || reference.getDayOfMonth() != 31 || reference.getYear() != census.year().endYear()) {
                    found.whole("The header ReferenceDate " + day(reference) + " is not 31 March " + census.year().endYear() + ".",
                            "Header/ReferenceDate", "Header/Year");
                }
            });

    /** 2883: plans starting in the year cannot outnumber initial conferences held in it. */
    static final CinRule PLANS_AND_CONFERENCES = new ReturnRule("2883", ERROR,
            "More child protection plans start in the census year than initial child protection conferences are recorded in it "
                    + "(Section47 and CINdetails levels counted together).",
            (census, found) -> {
                int plans = 0;
                int conferences = 0;
                for (CinChild child : of(census.children())) {
                    for (CinEpisode episode : of(child.episodes())) {
                        if (found.inYear(episode.dateOfInitialCpc())) {
                            conferences++;
                        }
                        for (CinSection47 enquiry : of(episode.section47s())) {
                            if (found.inYear(enquiry.dateOfInitialCpc())) {
                                conferences++;
                            }
                        }
                        for (CinProtectionPlan plan : of(episode.protectionPlans())) {
                            if (found.inYear(plan.startDate())) {
                                plans++;
                            }
                        }
                    }
                }
                if (plans > conferences) {
                    found.whole(plans + " child protection plans start in " + census.year().label() + " but only " + conferences
                            + " initial child protection conferences are recorded in the year; each plan starts at a conference.",
                            "CPPstartDate", "DateOfInitialCPC");
                }
            });

    /** 2886Q: more than 2% of children (unborn children aside) with sex missing or U. */
    static final CinRule SEX_MISSING = new ReturnRule("2886Q", QUERY,
            "More than 2% of children (unborn children excluded) have Sex missing or U.", (census, found) -> {
                int children = of(census.children()).size();
                int unknown = 0;
                for (CinChild child : of(census.children())) {
                    if ((child.sex() == null || child.sex().equals("U")) && child.expectedBirthDate() == null) {
                        unknown++;
                    }
                }
                if (children > 0 && unknown * 50 > children) {
                    found.whole(unknown + " of " + children + " children (" + String.format(Locale.UK, "%.1f", 100.0 * unknown / children)
                            + "%), unborn children aside, have no sex recorded or Sex U; DfE queries more than 2%.",
                            "Sex", "ExpectedPersonBirthDate");
                }
            });

    /** 2887Q: fewer than 8 different disability codes (NONE aside) in the return. */
    static final CinRule DISABILITY_CODES_USED = new ReturnRule("2887Q", QUERY,
            "Fewer than 8 different disability codes (NONE excluded) are used in the whole return.", (census, found) -> {
                Set<String> used = new TreeSet<>();
                for (CinChild child : of(census.children())) {
                    for (String code : of(child.disabilities())) {
                        if (code != null && !code.equals("NONE") && CinCodeLists.DISABILITIES.contains(code)) {
                            used.add(code);
                        }
                    }
                }
                if (used.size() < 8) {
                    found.whole("Only " + used.size() + " different disability codes are used in the return"
                            + (used.isEmpty() ? "" : " (" + String.join(", ", used) + ")")
                            + "; DfE expects 8 or more (NONE not counted). Record every disability that applies.", "Disability");
                }
            });

    /** 2888Q: some child with a disability should have more than one code. */
    static final CinRule MULTIPLE_DISABILITIES = new ReturnRule("2888Q", QUERY,
            "No child has more than one disability code (NONE excluded), although some children have a disability.", (census, found) -> {
                int disabled = 0;
                for (CinChild child : of(census.children())) {
                    Set<String> codes = new TreeSet<>();
                    for (String code : of(child.disabilities())) {
                        if (code != null && !code.equals("NONE")) {
                            codes.add(code);
                        }
                    }
                    if (codes.size() > 1) {
                        return;
                    }
                    if (codes.size() == 1) {
                        disabled++;
                    }
                }
                if (disabled > 0) {
                    found.whole("Each of the " + disabled + " children with a disability has only one disability code; "
                            + "record every disability that applies to a child.", "Disability");
                }
            });

    /**
     * B01 (Beacon): the header's LEA (required by the schema, three digits) and SerialNo (three or more
     * digits) must fit the schema, or the file cannot be written.
     */
    static final CinRule HEADER_SOURCE = new ReturnRule("B01", ERROR,
            "Beacon: the header LEA is missing or not the authority's three-digit DfE number, or SerialNo is not three or more digits "
                    + "(the schema cannot hold the file).",
            (census, found) -> {
                CinHeader header = census.header();
                String lea = header == null ? null : header.lea();
                if (lea == null || !lea.matches("\\d{3}")) {
                    found.whole("The header LEA is " + Findings.quoted(lea)
                            + "; it must be the authority's three-digit DfE number (set it in the returns settings).", "Header/LEA");
                }
                if (header != null && header.serialNo() != null && !header.serialNo().matches("\\d{3,}")) {
                    found.whole("The header SerialNo " + Findings.quoted(header.serialNo()) + " must be three or more digits.",
                            "Header/SerialNo");
                }
            });
}
