package uk.org.beacon.assessment;

import java.time.LocalDate;
import java.util.List;

/**
 * What the worker writes in a child and family assessment, section by section: when the child was
 * seen and seen alone (or why not), the child's views in their own words, the parents' and carers'
 * views, risks and protective factors, the history considered, the child's identity needs, the
 * analysis, what happens next, the factors identified (CIN census codes), the outcome with the early
 * help lead professional for a step-down, and information from other people, which is withheld from
 * the family's copy.
 */
public record AssessmentContent(LocalDate childSeenOn, LocalDate childSeenAloneOn, String childNotSeenReason, String childsViews,
        String familyViews, String risks, String protectiveFactors, String historyConsidered, String identityNeeds, String analysis,
        String nextSteps, List<String> factors, AssessmentOutcome outcome, String leadProfessionalName, String leadProfessionalAgency,
        String thirdPartyInformation) {

    public AssessmentContent {
        factors = factors == null ? List.of() : List.copyOf(factors);
    }

    public static AssessmentContent empty() {
        return new AssessmentContent(null, null, null, null, null, null, null, null, null, null, null, List.of(), null, null, null, null);
    }

    /** The same content with blank text as absent and text trimmed, so saving the same words twice changes nothing. */
    AssessmentContent normalised() {
        return new AssessmentContent(childSeenOn, childSeenAloneOn, clean(childNotSeenReason), clean(childsViews), clean(familyViews), clean(risks),
                clean(protectiveFactors), clean(historyConsidered), clean(identityNeeds), clean(analysis), clean(nextSteps),
                factors.stream().filter(f -> f != null && !f.isBlank()).map(String::strip).toList(), outcome, clean(leadProfessionalName),
                clean(leadProfessionalAgency), clean(thirdPartyInformation));
    }

    private static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
