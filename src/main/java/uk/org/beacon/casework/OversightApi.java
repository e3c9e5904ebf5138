package uk.org.beacon.casework;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
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
import uk.org.beacon.web.RuleViolationException;

/** Management oversight over JSON: decisions, supervision and authorisations, finalised when recorded. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Management oversight", description = "Management decisions, case supervision, authorisations")
class OversightApi {

    private final ManagementDecisions decisions;
    private final Supervisions supervisions;
    private final Authorisations authorisations;
    private final Clock clock;

    OversightApi(ManagementDecisions decisions, Supervisions supervisions, Authorisations authorisations, Clock clock) {
        this.decisions = decisions;
        this.supervisions = supervisions;
        this.authorisations = authorisations;
        this.clock = clock;
    }

    @Operation(summary = "The child's management decisions, newest first (audited)")
    @GetMapping("/children/{childId}/management-decisions")
    List<ManagementDecisionSummary> decisions(@PathVariable UUID childId) {
        return decisions.forChild(childId);
    }

    @Operation(summary = "Record a management decision (team managers); decidedAt is the practice time (UK), empty for now; finalised at once")
    @PostMapping("/children/{childId}/management-decisions")
    ResponseEntity<ManagementDecisionSummary> record(@PathVariable UUID childId, @RequestBody ManagementDecisionRecord body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(decisions.record(childId, body));
    }

    record Text(String text) {}

    @Operation(summary = "Add an appendment to a decision (the decision itself never changes)")
    @PostMapping("/management-decisions/{decisionId}/appendments")
    ManagementDecisionSummary appendToDecision(@PathVariable UUID decisionId, @RequestBody Text body) {
        return decisions.append(decisionId, body.text());
    }

    @Operation(summary = "The child's case supervision records, newest first (audited)")
    @GetMapping("/children/{childId}/supervision")
    List<SupervisionSummary> supervision(@PathVariable UUID childId) {
        return supervisions.forChild(childId);
    }

    @Operation(summary = "Record a case supervision discussion held by the signed-in manager, with the actions agreed")
    @PostMapping("/children/{childId}/supervision")
    ResponseEntity<SupervisionSummary> recordSupervision(@PathVariable UUID childId, @RequestBody SupervisionRecord body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(supervisions.record(childId, body));
    }

    @Operation(summary = "Add an appendment to a supervision record")
    @PostMapping("/supervision/{supervisionId}/appendments")
    SupervisionSummary appendToSupervision(@PathVariable UUID supervisionId, @RequestBody Text body) {
        return supervisions.append(supervisionId, body.text());
    }

    @Operation(summary = "Items awaiting sign-off as at a day (managers: their team's, with the front door's; others: their own requests)")
    @GetMapping("/authorisations")
    List<AuthorisationSummary> awaiting(@Parameter(description = "yyyy-mm-dd; today when absent") @RequestParam(required = false) String asAt) {
        return authorisations.awaiting(AsAt.parse(asAt, LocalDate.now(clock)));
    }

    @Operation(summary = "Ask for a manager's sign-off of an item from any module")
    @PostMapping("/authorisations")
    ResponseEntity<AuthorisationSummary> request(@RequestBody AuthorisationRequest body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(authorisations.request(body));
    }

    @Operation(summary = "One authorisation (audited)")
    @GetMapping("/authorisations/{id}")
    AuthorisationSummary authorisation(@PathVariable UUID id) {
        return authorisations.open(id);
    }

    record Decision(String outcome, String rationale) {}

    @Operation(summary = "Authorise (outcome AUTHORISED) or return (RETURNED, with the rationale); once (409 if already decided)")
    @PostMapping("/authorisations/{id}/decision")
    AuthorisationSummary decide(@PathVariable UUID id, @RequestParam long version, @RequestBody Decision body) {
        Boolean authorise = "AUTHORISED".equals(body.outcome()) ? Boolean.TRUE : "RETURNED".equals(body.outcome()) ? Boolean.FALSE : null;
        if (authorise == null) {
            throw new RuleViolationException(java.util.Map.of("outcome", "Give the outcome: AUTHORISED or RETURNED"));
        }
        return authorisations.decide(id, version, authorise, body.rationale());
    }
}
