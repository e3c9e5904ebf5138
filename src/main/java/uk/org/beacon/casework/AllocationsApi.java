package uk.org.beacon.casework;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
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

/** Allocation and transfer over JSON: the same rules, access and audit as the pages. Changes send the allocation's {@code version}. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Allocation", description = "Who holds a child's case: key worker, co-workers, history, transfers between teams, unallocated children")
class AllocationsApi {

    private final Allocations allocations;

    AllocationsApi(Allocations allocations) {
        this.allocations = allocations;
    }

    @Operation(summary = "The child's allocation now, its history and transfers (audited)")
    @GetMapping("/children/{childId}/allocation")
    CaseAllocation allocation(@PathVariable UUID childId) {
        return allocations.open(childId);
    }

    record KeyWorker(UUID workerId, LocalDate allocatedOn, String reason) {}

    @Operation(summary = "Allocate (or change) the key worker, from the manager's team (409 if the allocation changed since you read it)")
    @PostMapping("/children/{childId}/allocation/key-worker")
    CaseAllocation allocate(@PathVariable UUID childId, @Parameter(description = "the allocation's version you read") @RequestParam long version,
            @RequestBody KeyWorker body) {
        return allocations.allocate(childId, version, body.workerId(), body.allocatedOn(), body.reason());
    }

    record Ending(LocalDate endedOn, String reason) {}

    @Operation(summary = "End the key worker's allocation; the team keeps the case, unallocated")
    @PostMapping("/children/{childId}/allocation/key-worker/end")
    CaseAllocation unallocate(@PathVariable UUID childId, @RequestParam long version, @RequestBody Ending body) {
        return allocations.unallocate(childId, version, body.endedOn(), body.reason());
    }

    record CoWorker(UUID workerId, LocalDate from, String reason) {}

    @Operation(summary = "Add a co-worker from another team")
    @PostMapping("/children/{childId}/allocation/co-workers")
    CaseAllocation addCoWorker(@PathVariable UUID childId, @RequestParam long version, @RequestBody CoWorker body) {
        return allocations.addCoWorker(childId, version, body.workerId(), body.from(), body.reason());
    }

    @Operation(summary = "End a co-worker's allocation")
    @PostMapping("/children/{childId}/allocation/co-workers/{allocationId}/end")
    CaseAllocation endCoWorking(@PathVariable UUID childId, @PathVariable UUID allocationId, @RequestParam long version,
            @RequestBody Ending body) {
        return allocations.endCoWorking(childId, version, allocationId, body.endedOn(), body.reason());
    }

    record TransferRequest(UUID toTeamId, LocalDate requestedOn, String reason) {}

    @Operation(summary = "Request a transfer to another team (the sending team's manager); starts the transfer clock L1")
    @PostMapping("/children/{childId}/allocation/transfers")
    ResponseEntity<TransferSummary> requestTransfer(@PathVariable UUID childId, @RequestParam long version, @RequestBody TransferRequest body) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(allocations.requestTransfer(childId, version, body.toTeamId(), body.requestedOn(), body.reason()));
    }

    record Acceptance(UUID workerId, LocalDate acceptedOn, String lateReasonCode, String lateReasonText) {}

    @Operation(summary = "Accept a transfer and allocate a worker (the receiving team's manager); late acceptance needs the late reason")
    @PostMapping("/transfers/{transferId}/acceptance")
    TransferSummary accept(@PathVariable UUID transferId, @Parameter(description = "the child's allocation version you read")
            @RequestParam long version, @RequestBody Acceptance body) {
        return allocations.acceptTransfer(transferId, version, body.workerId(), body.acceptedOn(), body.lateReasonCode(), body.lateReasonText());
    }

    @Operation(summary = "Children waiting for a worker in the signed-in manager's team, longest first")
    @GetMapping("/allocations/unallocated")
    List<UnallocatedChild> unallocated() {
        return allocations.unallocated();
    }
}
