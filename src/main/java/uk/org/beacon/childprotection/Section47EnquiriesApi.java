package uk.org.beacon.childprotection;

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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.org.beacon.web.NotFoundException;

/** A child's section 47 enquiries over JSON: the same rules, record access and audit as the pages. */
@RestController
@RequestMapping("/api/v1/children/{childId}/section-47-enquiries")
@Tag(name = "Section 47 enquiries", description = "Section 47 enquiries: start from a strategy discussion (T5), steps, co-workers, oversight, "
        + "outcome and manager sign-off")
class Section47EnquiriesApi {

    private final Section47Enquiries enquiries;

    Section47EnquiriesApi(Section47Enquiries enquiries) {
        this.enquiries = enquiries;
    }

    @Operation(summary = "The child's section 47 enquiries, latest first")
    @GetMapping
    List<Section47Summary> list(@PathVariable UUID childId) {
        return enquiries.forChild(childId);
    }

    record Starting(UUID strategyDiscussionId, LocalDate startedOn, UUID leadWorkerId) {}

    @Operation(summary = "Start an enquiry from the strategy discussion that decided it (201): starts the initial conference clock T5 from the "
            + "discussion's date; leadWorkerId defaults to you; 400 errors.strategyDiscussionId without such a discussion")
    @PostMapping
    ResponseEntity<Section47Details> start(@PathVariable UUID childId, @RequestBody Starting starting) {
        return ResponseEntity.status(HttpStatus.CREATED).body(enquiries.start(childId, starting == null ? null : starting.strategyDiscussionId(),
                starting == null ? null : starting.startedOn(), starting == null ? null : starting.leadWorkerId()));
    }

    @Operation(summary = "One enquiry in full: steps in sequence, checks per agency, co-workers, oversight, outcome (audited)")
    @GetMapping("/{enquiryId}")
    Section47Details get(@PathVariable UUID childId, @PathVariable UUID enquiryId) {
        return ofChild(childId, enquiries.open(enquiryId));
    }

    @Operation(summary = "Append a step (kind VISIT, AGENCY_CHECK, INTERVIEW, MEDICAL or OTHER; an agency check names the agency and "
            + "whether it was done); by the lead worker, a co-worker or their managers")
    @PostMapping("/{enquiryId}/steps")
    ResponseEntity<Section47Details> step(@PathVariable UUID childId, @PathVariable UUID enquiryId, @RequestBody Section47StepRecord step) {
        requireOfChild(childId, enquiryId);
        return ResponseEntity.status(HttpStatus.CREATED).body(enquiries.recordStep(enquiryId, step));
    }

    record Reason(String reason) {}

    @Operation(summary = "Void a step recorded in error, with the reason (it stays on the record)")
    @PostMapping("/{enquiryId}/steps/{stepId}/void")
    Section47Details voidStep(@PathVariable UUID childId, @PathVariable UUID enquiryId, @PathVariable UUID stepId, @RequestBody Reason reason) {
        requireOfChild(childId, enquiryId);
        return enquiries.voidStep(enquiryId, stepId, reason == null ? null : reason.reason());
    }

    record Coworking(UUID staffId, String reason) {}

    @Operation(summary = "Add a co-worker with the reason (send the version you read; 409 if changed since)")
    @PostMapping("/{enquiryId}/co-workers")
    Section47Details addCoworker(@PathVariable UUID childId, @PathVariable UUID enquiryId, @RequestParam long version,
            @RequestBody Coworking coworking) {
        requireOfChild(childId, enquiryId);
        return enquiries.addCoworker(enquiryId, version, coworking == null ? null : coworking.staffId(),
                coworking == null ? null : coworking.reason());
    }

    @Operation(summary = "End a co-worker's part, with the reason")
    @PostMapping("/{enquiryId}/co-workers/{staffId}/remove")
    Section47Details removeCoworker(@PathVariable UUID childId, @PathVariable UUID enquiryId, @PathVariable UUID staffId,
            @RequestParam long version, @RequestBody Reason reason) {
        requireOfChild(childId, enquiryId);
        return enquiries.removeCoworker(enquiryId, version, staffId, reason == null ? null : reason.reason());
    }

    record Note(String note) {}

    @Operation(summary = "Record management oversight (a manager of the lead or a co-working team)")
    @PostMapping("/{enquiryId}/oversight")
    Section47Details oversight(@PathVariable UUID childId, @PathVariable UUID enquiryId, @RequestBody Note note) {
        requireOfChild(childId, enquiryId);
        return enquiries.recordOversight(enquiryId, note == null ? null : note.note());
    }

    record Outcome(String outcome, LocalDate concludedOn, String outcomeSummary) {}

    @Operation(summary = "Record the outcome (NOT_SUBSTANTIATED, SUBSTANTIATED_NO_CONFERENCE, SUBSTANTIATED_CONFERENCE_NEEDED, "
            + "LIKELY_TO_SUFFER_HARM); it then waits for a manager's sign-off")
    @PostMapping("/{enquiryId}/outcome")
    Section47Details outcome(@PathVariable UUID childId, @PathVariable UUID enquiryId, @RequestParam long version, @RequestBody Outcome outcome) {
        requireOfChild(childId, enquiryId);
        return enquiries.recordOutcome(enquiryId, version, outcome == null ? null : outcome.outcome(),
                outcome == null ? null : outcome.concludedOn(), outcome == null ? null : outcome.outcomeSummary());
    }

    record SignOff(String managerRationale) {}

    @Operation(summary = "Sign off the outcome (a manager other than the lead worker): no conference needed ends T5 and sets ICPCnotRequired")
    @PostMapping("/{enquiryId}/sign-off")
    Section47Details signOff(@PathVariable UUID childId, @PathVariable UUID enquiryId, @RequestParam long version, @RequestBody SignOff signOff) {
        requireOfChild(childId, enquiryId);
        return enquiries.signOff(enquiryId, version, signOff == null ? null : signOff.managerRationale());
    }

    @Operation(summary = "Return the outcome to the workers with the reason")
    @PostMapping("/{enquiryId}/return")
    Section47Details returnOutcome(@PathVariable UUID childId, @PathVariable UUID enquiryId, @RequestParam long version,
            @RequestBody SignOff reason) {
        requireOfChild(childId, enquiryId);
        return enquiries.returnOutcome(enquiryId, version, reason == null ? null : reason.managerRationale());
    }

    private static Section47Details ofChild(UUID childId, Section47Details e) {
        if (!e.childId().equals(childId)) {
            throw new NotFoundException("No such section 47 enquiry on this child's record");
        }
        return e;
    }

    private void requireOfChild(UUID childId, UUID enquiryId) {
        if (!childId.equals(enquiries.childOf(enquiryId))) {
            throw new NotFoundException("No such section 47 enquiry on this child's record");
        }
    }
}
