package uk.org.beacon.childprotection;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.org.beacon.web.NotFoundException;

/** A child's strategy discussions over JSON: the same rules, record access and audit as the pages. */
@RestController
@RequestMapping("/api/v1/children/{childId}/strategy-discussions")
@Tag(name = "Strategy discussions", description = "Strategy discussions and meetings: agencies, information shared, decision, actions")
class StrategyDiscussionsApi {

    private final StrategyDiscussions discussions;

    StrategyDiscussionsApi(StrategyDiscussions discussions) {
        this.discussions = discussions;
    }

    @Operation(summary = "The child's strategy discussions, latest first")
    @GetMapping
    List<StrategyDiscussionDetails> list(@PathVariable UUID childId) {
        return discussions.forChild(childId);
    }

    @Operation(summary = "Record a strategy discussion (201) for the child's latest referral; heldAt is UK time, e.g. 2026-03-27T14:30; "
            + "participants' agency and actions' ownerAgency from the code list 'agency'; attendance ATTENDED, SENT_INFORMATION or "
            + "DID_NOT_ATTEND; 400 with errors.<field> (e.g. errors['actions[0].ownerName'])")
    @PostMapping
    ResponseEntity<StrategyDiscussionDetails> record(@PathVariable UUID childId, @RequestBody StrategyDiscussionRecord record) {
        return ResponseEntity.status(HttpStatus.CREATED).body(discussions.record(childId, record));
    }

    @Operation(summary = "One strategy discussion in full (audited)")
    @GetMapping("/{discussionId}")
    StrategyDiscussionDetails get(@PathVariable UUID childId, @PathVariable UUID discussionId) {
        StrategyDiscussionDetails d = discussions.open(discussionId);
        if (!d.childId().equals(childId)) {
            throw new NotFoundException("No such strategy discussion on this child's record");
        }
        return d;
    }
}
