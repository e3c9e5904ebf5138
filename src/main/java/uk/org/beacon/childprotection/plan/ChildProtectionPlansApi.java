package uk.org.beacon.childprotection.plan;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
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

/** A child's child protection plans over JSON: the same rules, access and audit as the pages. */
@RestController
@Tag(name = "Child protection plans", description = "Child protection plans (CIN census ChildProtectionPlans and CPPreviews): SMART outcomes "
        + "and actions, core group members and meetings, review conferences and the end with its step-down")
class ChildProtectionPlansApi {

    private static final String BASE = "/api/v1/children/{childId}/child-protection/plans";

    private final ChildProtectionPlans cpPlans;

    ChildProtectionPlansApi(ChildProtectionPlans cpPlans) {
        this.cpPlans = cpPlans;
    }

    @Operation(summary = "The child's child protection plans, newest first, with categories, dates and flags (two years or more; second or "
            + "subsequent, ever and within two years)")
    @GetMapping(BASE)
    List<ChildProtectionPlanSummary> plans(@PathVariable UUID childId) {
        return cpPlans.forChild(childId);
    }

    @Operation(summary = "One plan in full: period, flags, SMART plan, core group, meetings, reviews and open clocks (audited)")
    @GetMapping(BASE + "/{id}")
    ChildProtectionPlanDetails plan(@PathVariable UUID childId, @PathVariable UUID id) {
        ChildProtectionPlanDetails d = cpPlans.find(id);
        if (!d.summary().childId().equals(childId)) {
            throw new NotFoundException("No such child protection plan for this child");
        }
        return d;
    }

    @Operation(summary = "The plan as a document for the family (PDF): the conference's and the latest review's reasons, the outcomes and "
            + "actions, the core group and the next dates; without notes of meetings or what other people told us (audited)")
    @GetMapping(value = BASE + "/{id}/family-copy.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> familyCopy(@PathVariable UUID childId, @PathVariable UUID id) {
        return ChildProtectionPlanPages.pdf(cpPlans.familyCopy(ofChild(childId, id)));
    }

    record Outcome(String outcome) {}

    @Operation(summary = "Add an outcome; version is the SMART plan's version")
    @PostMapping(BASE + "/{id}/outcomes")
    PlanDetails addOutcome(@PathVariable UUID childId, @PathVariable UUID id, @RequestParam long version, @RequestBody Outcome body) {
        return cpPlans.addOutcome(ofChild(childId, id), version, body.outcome());
    }

    @Operation(summary = "Add a SMART action: 201 when saved; 422 with warnings when the wording is vague and not confirmed; 400 with errors.<field>")
    @PostMapping(BASE + "/{id}/outcomes/{outcomeId}/actions")
    ResponseEntity<ActionSaved> addAction(@PathVariable UUID childId, @PathVariable UUID id, @PathVariable UUID outcomeId, @RequestParam long version,
            @RequestBody PlanActionContent body) {
        ActionSaved saved = cpPlans.addAction(ofChild(childId, id), outcomeId, version, body);
        return ResponseEntity.status(saved.saved() ? HttpStatus.CREATED : HttpStatus.UNPROCESSABLE_ENTITY).body(saved);
    }

    record Member(String name, String agencyRole, UUID personId, UUID staffId) {}

    @Operation(summary = "Add a core group member (name and agency or role required); version is the plan's version (409 if changed)")
    @PostMapping(BASE + "/{id}/core-group/members")
    ChildProtectionPlanDetails addMember(@PathVariable UUID childId, @PathVariable UUID id, @RequestParam long version, @RequestBody Member body) {
        return cpPlans.addMember(ofChild(childId, id), version, body.name(), body.agencyRole(), body.personId(), body.staffId());
    }

    record Progress(UUID actionId, long actionVersion, PlanActionStatus status, String note) {}

    record CoreGroup(LocalDate heldOn, String attendees, String summary, List<Progress> progress, LateReason lateReason) {}

    @Operation(summary = "Record a core group meeting with progress per action; stops T6 (the first) or T7 and starts the next T7; 400 with "
            + "errors.<field> (late meetings need lateReasonCode/lateReasonText)")
    @PostMapping(BASE + "/{id}/core-groups")
    ChildProtectionPlanDetails coreGroup(@PathVariable UUID childId, @PathVariable UUID id, @RequestParam long version, @RequestBody CoreGroup body) {
        List<ActionProgressEntry> progress = body.progress() == null ? List.of()
                : body.progress().stream().map(p -> new ActionProgressEntry(p.actionId(), p.actionVersion(), p.status(), p.note())).toList();
        return cpPlans.recordCoreGroup(ofChild(childId, id), version, body.heldOn(), body.attendees(), body.summary(), progress, body.lateReason());
    }

    @Operation(summary = "Record progress on one action between meetings (ON_TRACK, DONE, NOT_DONE); version is the action's version")
    @PostMapping(BASE + "/{id}/actions/{actionId}/progress")
    PlanActionSummary progress(@PathVariable UUID childId, @PathVariable UUID id, @PathVariable UUID actionId, @RequestParam long version,
            @RequestBody Progress body) {
        return cpPlans.recordProgress(ofChild(childId, id), actionId, version, body.status(), body.note(), cpPlans.today());
    }

    record Review(LocalDate heldOn, ReviewDecision decision, String summary, String categoryTo, LateReason lateReason) {}

    @Operation(summary = "Record a review conference that continues the plan (stops T8/T8a, starts the next T8a); a weekday within the plan; "
            + "categoryTo changes the latest category")
    @PostMapping(BASE + "/{id}/reviews")
    ChildProtectionPlanDetails review(@PathVariable UUID childId, @PathVariable UUID id, @RequestParam long version, @RequestBody Review body) {
        return cpPlans.recordReview(ofChild(childId, id), version, body.heldOn(), body.decision(), body.summary(), body.categoryTo(), null, null,
                null, null, body.lateReason());
    }

    record End(LocalDate heldOn, String summary, String reason, StepDown stepDown, String leadName, String leadAgency,
            LateReason lateReason) {}

    @Operation(summary = "End the plan at a review conference with the reason and step-down (CIN_PLAN, EARLY_HELP with the named lead "
            + "professional and agency, NONE); the plan's clocks end; 400 with errors.<field>")
    @PostMapping(BASE + "/{id}/end")
    ChildProtectionPlanDetails end(@PathVariable UUID childId, @PathVariable UUID id, @RequestParam long version, @RequestBody End body) {
        return cpPlans.recordReview(ofChild(childId, id), version, body.heldOn(), ReviewDecision.END, body.summary(), null, body.reason(),
                body.stepDown(), body.leadName(), body.leadAgency(), body.lateReason());
    }

    record TransferIn(LocalDate heldOn, String previousAuthority, LocalDate previousPlanStartedOn, String category, String chairRationale,
            String managerRationale, UUID referralId) {}

    @Operation(summary = "Record a transfer-in conference for a child who moved here on another authority's plan: the plan starts here on "
            + "the conference's date (CPPstartDate) with the category; the previous authority and the date the plan started there are kept "
            + "and that plan counts for NumberOfPreviousCPP; 201 with the plan; 400 with errors.<field>")
    @PostMapping(BASE + "/transfer-in")
    ResponseEntity<ChildProtectionPlanSummary> transferIn(@PathVariable UUID childId, @RequestBody TransferIn body) {
        ChildProtectionPlanSummary started = cpPlans.transferIn(childId, body.referralId(), new ChildProtectionPlanRules.TransferIn(body.heldOn(),
                body.previousAuthority(), body.previousPlanStartedOn(), body.category(), body.chairRationale()), body.managerRationale());
        return ResponseEntity.status(HttpStatus.CREATED).body(started);
    }

    record TransferOut(String receivingAuthority, LocalDate conferenceOn) {}

    @Operation(summary = "The child moved to another authority, whose transfer-in conference took the plan over: the plan ends here on "
            + "conferenceOn with the reason \"transferred to another local authority\" (step-down TRANSFERRED); version is the plan's version "
            + "(409 if changed); 400 with errors.<field>")
    @PostMapping(BASE + "/{id}/transfer-out")
    ChildProtectionPlanDetails transferOut(@PathVariable UUID childId, @PathVariable UUID id, @RequestParam long version,
            @RequestBody TransferOut body) {
        return cpPlans.transferOut(ofChild(childId, id), version, body.receivingAuthority(), body.conferenceOn());
    }

    private UUID ofChild(UUID childId, UUID id) {
        if (cpPlans.forChild(childId).stream().noneMatch(p -> p.id().equals(id))) {
            throw new NotFoundException("No such child protection plan for this child");
        }
        return id;
    }
}
