package uk.org.beacon.chronology;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import uk.org.beacon.assessment.AssessmentAuthorised;
import uk.org.beacon.assessment.AssessmentOutcome;
import uk.org.beacon.assessment.AssessmentStarted;
import uk.org.beacon.codes.Codes;

/**
 * Assessments in the child's chronology: the start (routine) and the authorisation with its outcome
 * (significant). The authorisation is its own entry, so its source id is derived from the assessment's.
 */
@Component
class AssessmentChronology {

    private static final String ASSESSMENT = "assessment";

    private final ChronologyEntries chronology;
    private final Codes codes;

    AssessmentChronology(ChronologyEntries chronology, Codes codes) {
        this.chronology = chronology;
        this.codes = codes;
    }

    @ApplicationModuleListener
    void on(AssessmentStarted e) {
        chronology.record(PracticeEvent.on(ASSESSMENT, e.assessmentId(), EntryType.ASSESSMENT, e.childId(), e.startedOn(),
                "Child and family assessment started", "A social worker started the assessment of the referral.", "Assessment", false));
    }

    @ApplicationModuleListener
    void on(AssessmentAuthorised e) {
        String factors = String.join("; ", e.factors().stream().map(f -> codes.assessmentFactor().labelOrCode(f)).toList());
        String next = e.outcome() == AssessmentOutcome.STEP_DOWN_TO_EARLY_HELP && e.leadProfessional() != null
                ? e.outcome().label() + " (lead professional " + e.leadProfessional() + ")" : e.outcome().label();
        chronology.record(PracticeEvent.on(ASSESSMENT, authorisation(e.assessmentId()), EntryType.ASSESSMENT, e.childId(), e.authorisedOn(),
                "Assessment completed: " + next, "Factors identified: " + factors + ". Manager's rationale: " + e.managerRationale(),
                "Assessment authorised", true));
    }

    static UUID authorisation(UUID assessmentId) {
        return UUID.nameUUIDFromBytes(("assessment-authorised:" + assessmentId).getBytes(StandardCharsets.UTF_8));
    }
}
