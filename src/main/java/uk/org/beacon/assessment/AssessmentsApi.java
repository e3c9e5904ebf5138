package uk.org.beacon.assessment;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.org.beacon.web.NotFoundException;

/** A child's assessments over JSON: the same rules, record access and audit as the pages. */
@RestController
@RequestMapping("/api/v1/children/{childId}/assessments")
@Tag(name = "Assessments", description = "Child and family assessments: start from a referral, drafts, submit, return, authorise (stops T2), amendments")
class AssessmentsApi {

    private final Assessments assessments;

    AssessmentsApi(Assessments assessments) {
        this.assessments = assessments;
    }

    @Operation(summary = "The child's assessments, newest first")
    @GetMapping
    List<AssessmentSummary> list(@PathVariable UUID childId) {
        return assessments.forChild(childId);
    }

    record Starting(UUID referralId, LocalDate startedOn) {}

    @Operation(summary = "Start an assessment of one of the child's referrals (201): startedOn not before the referral, not in the future")
    @PostMapping
    ResponseEntity<AssessmentDetails> start(@PathVariable UUID childId, @RequestBody Starting starting) {
        return ResponseEntity.status(HttpStatus.CREATED).body(assessments.start(childId, starting == null ? null : starting.referralId(),
                starting == null ? null : starting.startedOn()));
    }

    @Operation(summary = "One assessment in full (audited), with its submissions, returns and amendments")
    @GetMapping("/{assessmentId}")
    AssessmentDetails get(@PathVariable UUID childId, @PathVariable UUID assessmentId) {
        AssessmentDetails a = assessments.open(assessmentId);
        if (!a.childId().equals(childId)) {
            throw new NotFoundException("No such assessment of this child");
        }
        return a;
    }

    @Operation(summary = "Save your draft (send the version you read; 409 if it was saved since); factors are CIN census codes, outcome an AssessmentOutcome")
    @PutMapping("/{assessmentId}")
    AssessmentDetails save(@PathVariable UUID childId, @PathVariable UUID assessmentId, @RequestParam long version,
            @RequestBody AssessmentContent content) {
        requireOfChild(childId, assessmentId);
        return assessments.saveDraft(assessmentId, version, content);
    }

    @Operation(summary = "Submit your assessment for a manager's authorisation (400 with errors.<field> when incomplete)")
    @PostMapping("/{assessmentId}/submit")
    AssessmentDetails submit(@PathVariable UUID childId, @PathVariable UUID assessmentId, @RequestParam long version) {
        requireOfChild(childId, assessmentId);
        return assessments.submit(assessmentId, version);
    }

    record Returning(String comment) {}

    @Operation(summary = "Manager: return a submitted assessment to its worker with a comment (at least 10 characters)")
    @PostMapping("/{assessmentId}/return")
    AssessmentDetails returnToWorker(@PathVariable UUID childId, @PathVariable UUID assessmentId, @RequestParam long version,
            @RequestBody Returning returning) {
        requireOfChild(childId, assessmentId);
        return assessments.returnToWorker(assessmentId, version, returning == null ? null : returning.comment());
    }

    record Authorising(LocalDate authorisedOn, String rationale, String lateReasonCode, String lateReasonText) {}

    @Operation(summary = "Manager: authorise a submitted assessment (not your own) with a rationale; late for T2 needs lateReasonCode and lateReasonText")
    @PostMapping("/{assessmentId}/authorise")
    AssessmentDetails authorise(@PathVariable UUID childId, @PathVariable UUID assessmentId, @RequestParam long version,
            @RequestBody Authorising a) {
        requireOfChild(childId, assessmentId);
        return assessments.authorise(assessmentId, version, a == null ? null : a.authorisedOn(), a == null ? null : a.rationale(),
                a == null ? null : a.lateReasonCode(), a == null ? null : a.lateReasonText());
    }

    record Amending(String section, String reason, String correctedText) {}

    @Operation(summary = "Correct a section of an authorised assessment (appended with the reason; the assessment never changes)")
    @PostMapping("/{assessmentId}/amendments")
    AssessmentDetails amend(@PathVariable UUID childId, @PathVariable UUID assessmentId, @RequestBody Amending a) {
        requireOfChild(childId, assessmentId);
        return assessments.amend(assessmentId, a == null ? null : a.section(), a == null ? null : a.reason(), a == null ? null : a.correctedText());
    }

    private void requireOfChild(UUID childId, UUID assessmentId) {
        if (!childId.equals(assessments.childOf(assessmentId))) {
            throw new NotFoundException("No such assessment of this child");
        }
    }
}
