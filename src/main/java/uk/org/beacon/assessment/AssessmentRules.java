package uk.org.beacon.assessment;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.org.beacon.codes.CodeSet;

/**
 * The rules of a child and family assessment. It starts on or after the referral date, never in the
 * future. A draft may be incomplete but its dates must be possible. To be submitted it needs the date
 * the child was seen (or why they were not), the child's views, the analysis, at least one factor
 * identified (CIN census codes: active, each once, and 21 "no factors identified" only on its own),
 * an outcome, and for a step-down to early help the named lead professional and their agency. A
 * manager returns it with a comment of at least 10 characters, or authorises it with a rationale of
 * at least 20 characters on a day not before the start and not in the future (T2 stops that day).
 */
final class AssessmentRules {

    static final int MAX_TEXT = 50_000;
    static final String NO_FACTORS = "21";

    /** The sections that can be amended after authorisation, in the form's order, with their headings. */
    static final Map<String, String> SECTIONS;

    static {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("childsViews", "The child's views");
        s.put("familyViews", "Parents' and carers' views");
        s.put("risks", "Risks");
        s.put("protectiveFactors", "Protective factors");
        s.put("historyConsidered", "History considered");
        s.put("identityNeeds", "Identity needs");
        s.put("analysis", "Analysis");
        s.put("nextSteps", "What happens next");
        s.put("thirdPartyInformation", "Information from other people (withheld from the family)");
        SECTIONS = java.util.Collections.unmodifiableMap(s);
    }

    private AssessmentRules() {}

    static Map<String, String> checkStart(LocalDate startedOn, LocalDate referralDate, LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (startedOn == null) {
            errors.put("startedOn", "Enter the date the assessment started");
        } else if (startedOn.isAfter(today)) {
            errors.put("startedOn", "The start date must be today or in the past");
        } else if (referralDate != null && startedOn.isBefore(referralDate)) {
            errors.put("startedOn", "The assessment cannot start before the referral (" + referralDate + ")");
        }
        return errors;
    }

    /** What a draft must get right even unfinished: possible dates, text not too long, factors and outcome that exist. */
    static Map<String, String> checkDraft(AssessmentContent c, LocalDate referralDate, LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        date(errors, "childSeenOn", "The date the child was seen", c.childSeenOn(), referralDate, today);
        date(errors, "childSeenAloneOn", "The date the child was seen alone", c.childSeenAloneOn(), referralDate, today);
        if (c.childSeenAloneOn() != null && c.childSeenOn() == null && !errors.containsKey("childSeenAloneOn")) {
            errors.put("childSeenOn", "Enter the date the child was seen: they were seen alone, so they were seen");
        }
        textLength(errors, "childNotSeenReason", c.childNotSeenReason());
        textLength(errors, "childsViews", c.childsViews());
        textLength(errors, "familyViews", c.familyViews());
        textLength(errors, "risks", c.risks());
        textLength(errors, "protectiveFactors", c.protectiveFactors());
        textLength(errors, "historyConsidered", c.historyConsidered());
        textLength(errors, "identityNeeds", c.identityNeeds());
        textLength(errors, "analysis", c.analysis());
        textLength(errors, "nextSteps", c.nextSteps());
        textLength(errors, "thirdPartyInformation", c.thirdPartyInformation());
        if (c.leadProfessionalName() != null && c.leadProfessionalName().length() > 200) {
            errors.put("leadProfessionalName", "The lead professional's name must be 200 characters or fewer");
        }
        if (c.leadProfessionalAgency() != null && c.leadProfessionalAgency().length() > 200) {
            errors.put("leadProfessionalAgency", "The agency must be 200 characters or fewer");
        }
        return errors;
    }

    /** The factors identified at assessment: known and active CIN census codes, each once, and 21 only on its own. */
    static Map<String, String> checkFactors(List<String> factors, CodeSet codes) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (factors == null || factors.isEmpty()) {
            errors.put("factors", "Select at least one factor identified at assessment, or 21 \"No factors identified\"");
            return errors;
        }
        Set<String> seen = new HashSet<>();
        for (String f : factors) {
            if (!codes.contains(f)) {
                errors.put("factors", "\"" + f + "\" is not a factor code: choose from the list");
                return errors;
            }
            if (!codes.isActive(f)) {
                errors.put("factors", codes.labelOrCode(f) + " is no longer used: choose a current factor");
                return errors;
            }
            if (!seen.add(f)) {
                errors.put("factors", "Factor " + f + " is selected more than once");
                return errors;
            }
        }
        if (seen.contains(NO_FACTORS) && seen.size() > 1) {
            errors.put("factors", "\"No factors identified\" (21) stands alone: untick it or untick the other factors");
        }
        return errors;
    }

    /** Everything needed before a manager sees it. */
    static Map<String, String> checkSubmission(AssessmentContent c, CodeSet factorCodes, LocalDate referralDate, LocalDate today) {
        Map<String, String> errors = checkDraft(c, referralDate, today);
        if (c.childSeenOn() == null && blank(c.childNotSeenReason()) && !errors.containsKey("childSeenOn")) {
            errors.put("childSeenOn", "Enter the date the child was seen, or say why they were not seen");
        }
        if (blank(c.childsViews())) {
            errors.put("childsViews", "Write the child's views, in their own words where you can (or how you understood them, for a baby)");
        }
        if (blank(c.analysis())) {
            errors.put("analysis", "Write your analysis: what the information means for the child");
        }
        checkFactors(c.factors(), factorCodes).forEach(errors::putIfAbsent);
        if (c.outcome() == null) {
            errors.put("outcome", "Select the outcome of the assessment");
        } else if (c.outcome() == AssessmentOutcome.STEP_DOWN_TO_EARLY_HELP) {
            if (blank(c.leadProfessionalName())) {
                errors.put("leadProfessionalName", "Enter the name of the early help lead professional the family is stepped down to");
            }
            if (blank(c.leadProfessionalAgency())) {
                errors.put("leadProfessionalAgency", "Enter the lead professional's agency");
            }
        }
        return errors;
    }

    static Map<String, String> checkReturn(String comment) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (comment == null || comment.strip().length() < 10) {
            errors.put("comment", "Tell the worker what needs to change (at least 10 characters)");
        } else if (comment.length() > MAX_TEXT) {
            errors.put("comment", "The comment must be 50,000 characters or fewer");
        }
        return errors;
    }

    static Map<String, String> checkAuthorisation(LocalDate authorisedOn, String rationale, LocalDate startedOn, LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (authorisedOn == null) {
            errors.put("authorisedOn", "Enter the date you authorised the assessment");
        } else if (authorisedOn.isAfter(today)) {
            errors.put("authorisedOn", "The authorisation date must be today or in the past");
        } else if (authorisedOn.isBefore(startedOn)) {
            errors.put("authorisedOn", "The assessment cannot be completed before it started (" + startedOn + ")");
        }
        if (rationale == null || rationale.strip().length() < 20) {
            errors.put("rationale", "Give your rationale (at least 20 characters): the family will read it in their copy");
        } else if (rationale.length() > MAX_TEXT) {
            errors.put("rationale", "The rationale must be 50,000 characters or fewer");
        }
        return errors;
    }

    static Map<String, String> checkAmendment(String section, String reason, String correctedText) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (section == null || !SECTIONS.containsKey(section)) {
            errors.put("section", "Select the section you are correcting");
        }
        if (reason == null || reason.strip().length() < 5) {
            errors.put("reason", "Say why the section needs correcting (at least 5 characters)");
        }
        if (blank(correctedText)) {
            errors.put("correctedText", "Write the corrected text");
        } else if (correctedText.length() > MAX_TEXT) {
            errors.put("correctedText", "The corrected text must be 50,000 characters or fewer");
        }
        return errors;
    }

    private static void date(Map<String, String> errors, String field, String what, LocalDate day, LocalDate referralDate, LocalDate today) {
        if (day == null) {
            return;
        }
        if (day.isAfter(today)) {
            errors.put(field, what + " must be today or in the past");
        } else if (referralDate != null && day.isBefore(referralDate)) {
            errors.put(field, what + " cannot be before the referral (" + referralDate + ")");
        }
    }

    private static void textLength(Map<String, String> errors, String field, String text) {
        if (text != null && text.length() > MAX_TEXT) {
            errors.put(field, "This section must be 50,000 characters or fewer");
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
