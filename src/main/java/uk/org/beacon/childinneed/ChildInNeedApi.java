package uk.org.beacon.childinneed;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.org.beacon.planning.ActionSaved;
import uk.org.beacon.planning.PlanActionContent;
import uk.org.beacon.planning.PlanActionStatus;
import uk.org.beacon.planning.PlanActionSummary;
import uk.org.beacon.planning.PlanDetails;
import uk.org.beacon.timescales.LateReason;
import uk.org.beacon.web.NotFoundException;

/** A child's episodes of need and child in need plans over JSON: the same rules, access and audit as the pages. */
@RestController
@Tag(name = "Children in need", description = "Episodes of need (CIN census CINdetails), their closure, and child in need plans with SMART outcomes and actions, reviews and ending")
class ChildInNeedApi {

    private final Episodes episodes;
    private final ChildInNeedPlans cinPlans;

    ChildInNeedApi(Episodes episodes, ChildInNeedPlans cinPlans) {
        this.episodes = episodes;
        this.cinPlans = cinPlans;
    }

    @Operation(summary = "The child's episodes, newest first, with referrals and activity (assessments, section 47 enquiries, plans)")
    @GetMapping("/api/v1/children/{childId}/episodes")
    List<EpisodeSummary> episodes(@PathVariable UUID childId) {
        return episodes.forChild(childId);
    }

    record PrimaryNeed(String primaryNeed) {}

    @Operation(summary = "Record the episode's primary need (N0–N9); send the version you read (409 if changed)")
    @PostMapping("/api/v1/children/{childId}/episodes/{episodeId}/primary-need")
    EpisodeSummary primaryNeed(@PathVariable UUID childId, @PathVariable UUID episodeId, @RequestParam long version, @RequestBody PrimaryNeed body) {
        episodeOf(childId, episodeId);
        return episodes.recordPrimaryNeed(episodeId, version, body.primaryNeed());
    }

    @Operation(summary = "Close the episode with the date and reason for closure (RC1–RC9); 400 with errors.<field> when an assessment or "
            + "section 47 is open, for RC8/RC9 with a section 47 or plan, or RC9/step-down without an accepting lead professional")
    @PostMapping("/api/v1/children/{childId}/episodes/{episodeId}/close")
    EpisodeSummary close(@PathVariable UUID childId, @PathVariable UUID episodeId, @RequestParam long version, @RequestBody EpisodeClosure closure) {
        episodeOf(childId, episodeId);
        return episodes.close(episodeId, version, closure);
    }

    @Operation(summary = "The child's child in need plans, newest first")
    @GetMapping("/api/v1/children/{childId}/child-in-need-plans")
    List<ChildInNeedPlanSummary> plans(@PathVariable UUID childId) {
        return cinPlans.forChild(childId);
    }

    record Start(LocalDate startedOn) {}

    @Operation(summary = "Start a child in need plan in the child's open episode (201); starts the review (T10-review) and visit (T10) clocks")
    @PostMapping("/api/v1/children/{childId}/child-in-need-plans")
    ResponseEntity<ChildInNeedPlanDetails> start(@PathVariable UUID childId, @RequestBody Start body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(cinPlans.start(childId, body == null ? null : body.startedOn()));
    }

    @Operation(summary = "One plan in full: period, clocks, SMART outcomes and actions, reviews (audited)")
    @GetMapping("/api/v1/children/{childId}/child-in-need-plans/{id}")
    ChildInNeedPlanDetails plan(@PathVariable UUID childId, @PathVariable UUID id) {
        ChildInNeedPlanDetails d = cinPlans.find(id);
        if (!d.summary().childId().equals(childId)) {
            throw new NotFoundException("No such child in need plan for this child");
        }
        return d;
    }

    record Outcome(String outcome) {}

    @Operation(summary = "Add an outcome (what we want to be different for the child); version is the plan's version")
    @PostMapping("/api/v1/children/{childId}/child-in-need-plans/{id}/outcomes")
    PlanDetails addOutcome(@PathVariable UUID childId, @PathVariable UUID id, @RequestParam long version, @RequestBody Outcome body) {
        return cinPlans.addOutcome(planOf(childId, id), version, body.outcome());
    }

    @Operation(summary = "Add a SMART action to an outcome: 201 when saved; 422 with warnings when the wording is vague and wordingConfirmed is "
            + "false (nothing saved); 400 with errors.<field> without what, owner, what will be different or due date")
    @PostMapping("/api/v1/children/{childId}/child-in-need-plans/{id}/outcomes/{outcomeId}/actions")
    ResponseEntity<ActionSaved> addAction(@PathVariable UUID childId, @PathVariable UUID id, @PathVariable UUID outcomeId, @RequestParam long version,
            @RequestBody PlanActionContent body) {
        ActionSaved saved = cinPlans.addAction(planOf(childId, id), outcomeId, version, body);
        return ResponseEntity.status(saved.saved() ? HttpStatus.CREATED : HttpStatus.UNPROCESSABLE_ENTITY).body(saved);
    }

    @Operation(summary = "Reword an action (the earlier wording is kept); version is the action's version; 422 with warnings as for adding")
    @PutMapping("/api/v1/children/{childId}/child-in-need-plans/{id}/actions/{actionId}")
    ResponseEntity<ActionSaved> editAction(@PathVariable UUID childId, @PathVariable UUID id, @PathVariable UUID actionId, @RequestParam long version,
            @RequestBody PlanActionContent body) {
        ActionSaved saved = cinPlans.editAction(planOf(childId, id), actionId, version, body);
        return ResponseEntity.status(saved.saved() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_ENTITY).body(saved);
    }

    record Progress(PlanActionStatus status, String note, LocalDate recordedOn) {}

    @Operation(summary = "Append a progress note and set the action's status (OPEN, ON_TRACK, DONE, NOT_DONE)")
    @PostMapping("/api/v1/children/{childId}/child-in-need-plans/{id}/actions/{actionId}/progress")
    PlanActionSummary progress(@PathVariable UUID childId, @PathVariable UUID id, @PathVariable UUID actionId, @RequestParam long version,
            @RequestBody Progress body) {
        return cinPlans.recordProgress(planOf(childId, id), actionId, version, body.status(), body.note(),
                body.recordedOn() == null ? cinPlans.today() : body.recordedOn());
    }

    record Withdrawal(String reason) {}

    @Operation(summary = "Withdraw an action that no longer applies, with the reason (it is kept, marked withdrawn)")
    @PostMapping("/api/v1/children/{childId}/child-in-need-plans/{id}/actions/{actionId}/withdraw")
    PlanActionSummary withdraw(@PathVariable UUID childId, @PathVariable UUID id, @PathVariable UUID actionId, @RequestParam long version,
            @RequestBody Withdrawal body) {
        return cinPlans.withdrawAction(planOf(childId, id), actionId, version, body.reason());
    }

    record Review(LocalDate heldOn, String summary, String lateReasonCode, String lateReasonText) {}

    @Operation(summary = "Record a review: the review clock stops (late needs a reason) and the next starts from the review's date")
    @PostMapping("/api/v1/children/{childId}/child-in-need-plans/{id}/reviews")
    ChildInNeedPlanDetails review(@PathVariable UUID childId, @PathVariable UUID id, @RequestParam long version, @RequestBody Review body) {
        LateReason late = body.lateReasonCode() == null ? null : new LateReason(body.lateReasonCode(), body.lateReasonText());
        return cinPlans.recordReview(planOf(childId, id), version, body.heldOn(), body.summary(), late);
    }

    record Ending(LocalDate endedOn, PlanEndReason reason, String note) {}

    @Operation(summary = "End the plan with the reason; its clocks end and the SMART plan becomes read-only")
    @PostMapping("/api/v1/children/{childId}/child-in-need-plans/{id}/end")
    ChildInNeedPlanDetails end(@PathVariable UUID childId, @PathVariable UUID id, @RequestParam long version, @RequestBody Ending body) {
        return cinPlans.end(planOf(childId, id), version, body.endedOn(), body.reason() == null ? null : body.reason().name(), body.note());
    }

    private void episodeOf(UUID childId, UUID episodeId) {
        if (!episodes.find(episodeId).childId().equals(childId)) {
            throw new NotFoundException("No such episode for this child");
        }
    }

    private UUID planOf(UUID childId, UUID id) {
        if (cinPlans.forChild(childId).stream().noneMatch(p -> p.id().equals(id))) {
            throw new NotFoundException("No such child in need plan for this child");
        }
        return id;
    }
}
