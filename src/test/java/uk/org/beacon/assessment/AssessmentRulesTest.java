package uk.org.beacon.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.org.beacon.codes.Code;
import uk.org.beacon.codes.CodeSet;

class AssessmentRulesTest {

    private static final CodeSet FACTORS = new CodeSet("assessment-factor", List.of(new Code("16A", "Neglect", false),
            new Code("4B", "Mental health: concern about the parent or carer", false), new Code("21", "No factors identified", false),
            new Code("18A", "Physical abuse (retired)", true)));
    private static final LocalDate REFERRED = LocalDate.of(2026, 9, 1);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    @Test
    void anAssessmentCannotStartBeforeTheReferralOrInTheFuture() {
        assertThat(AssessmentRules.checkStart(REFERRED.minusDays(1), REFERRED, TODAY)).containsKey("startedOn");
        assertThat(AssessmentRules.checkStart(TODAY.plusDays(1), REFERRED, TODAY).get("startedOn")).contains("today or in the past");
        assertThat(AssessmentRules.checkStart(REFERRED, REFERRED, TODAY)).isEmpty();
    }

    @Test
    void factor21StandsAloneAndFactorsAreKnownActiveAndNotRepeated() {
        assertThat(AssessmentRules.checkFactors(List.of("21", "16A"), FACTORS).get("factors")).contains("stands alone");
        assertThat(AssessmentRules.checkFactors(List.of("21"), FACTORS)).isEmpty();
        assertThat(AssessmentRules.checkFactors(List.of("16A", "16A"), FACTORS).get("factors")).contains("more than once");
        assertThat(AssessmentRules.checkFactors(List.of("99Z"), FACTORS).get("factors")).contains("not a factor code");
        assertThat(AssessmentRules.checkFactors(List.of("18A"), FACTORS).get("factors")).contains("no longer used");
        assertThat(AssessmentRules.checkFactors(List.of(), FACTORS)).containsKey("factors");
        assertThat(AssessmentRules.checkFactors(List.of("16A", "4B"), FACTORS)).isEmpty();
    }

    @Test
    void aSubmissionNeedsTheChildSeenOrWhyNotTheirViewsAnAnalysisFactorsAndAnOutcome() {
        assertThat(AssessmentRules.checkSubmission(AssessmentContent.empty(), FACTORS, REFERRED, TODAY))
                .containsKeys("childSeenOn", "childsViews", "analysis", "factors", "outcome");
        AssessmentContent notSeen = new AssessmentContent(null, null, "The family moved out of area before a visit could be made.", "Not seen.",
                null, null, null, null, null, "Analysis.", null, List.of("21"), AssessmentOutcome.NO_FURTHER_ACTION, null, null, null);
        assertThat(AssessmentRules.checkSubmission(notSeen, FACTORS, REFERRED, TODAY)).isEmpty();
    }

    @Test
    void aStepDownNeedsTheNamedLeadProfessionalAndTheirAgency() {
        AssessmentContent stepDown = new AssessmentContent(REFERRED.plusDays(3), null, null, "Views.", null, null, null, null, null, "Analysis.",
                null, List.of("16A"), AssessmentOutcome.STEP_DOWN_TO_EARLY_HELP, " ", null, null);
        assertThat(AssessmentRules.checkSubmission(stepDown, FACTORS, REFERRED, TODAY)).containsKeys("leadProfessionalName", "leadProfessionalAgency");
    }

    @Test
    void theChildCannotBeSeenBeforeTheReferralOrSeenAloneWithoutBeingSeen() {
        AssessmentContent early = new AssessmentContent(REFERRED.minusDays(2), null, null, null, null, null, null, null, null, null, null, List.of(),
                null, null, null, null);
        assertThat(AssessmentRules.checkDraft(early, REFERRED, TODAY).get("childSeenOn")).contains("before the referral");
        AssessmentContent aloneOnly = new AssessmentContent(null, REFERRED.plusDays(2), null, null, null, null, null, null, null, null, null,
                List.of(), null, null, null, null);
        assertThat(AssessmentRules.checkDraft(aloneOnly, REFERRED, TODAY)).containsKey("childSeenOn");
    }

    @Test
    void anAssessmentIsNeverCompletedBeforeItStartedAndTheManagerExplainsWhy() {
        LocalDate started = REFERRED.plusDays(2);
        assertThat(AssessmentRules.checkAuthorisation(started.minusDays(1), "A full rationale for the decision.", started, TODAY).get("authorisedOn"))
                .contains("cannot be completed before it started");
        assertThat(AssessmentRules.checkAuthorisation(TODAY.plusDays(1), "A full rationale for the decision.", started, TODAY)).containsKey("authorisedOn");
        assertThat(AssessmentRules.checkAuthorisation(TODAY, "Too short", started, TODAY)).containsKey("rationale");
        assertThat(AssessmentRules.checkAuthorisation(TODAY, "A full rationale for the decision.", started, TODAY)).isEmpty();
        assertThat(AssessmentRules.checkReturn("Short")).containsKey("comment");
        assertThat(AssessmentRules.checkReturn("Please add the child's own words.")).isEmpty();
    }
}
