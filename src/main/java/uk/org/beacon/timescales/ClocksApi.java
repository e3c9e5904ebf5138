package uk.org.beacon.timescales;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A child's running and past clocks over JSON, read as at any day; pause, resume or end one with a reason. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Clocks", description = "Each child's timescale clocks (T1 to T16 and local rules), as at any day")
class ClocksApi {

    private final Clocks clocks;
    private final ClockAccess access;

    ClocksApi(Clocks clocks, ClockAccess access) {
        this.clocks = clocks;
        this.access = access;
    }

    record PauseRequest(LocalDate pausedFrom, String reason) {}

    record ResumeRequest(LocalDate resumedOn) {}

    record EndRequest(LocalDate endedOn, String reason, Long version) {}

    @Operation(summary = "A child's clocks as they stood on asAt (default today): every clock started by then, or only those running (open=true)")
    @GetMapping("/children/{childId}/clocks")
    List<ClockSummary> forChild(@PathVariable UUID childId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asAt,
            @RequestParam(defaultValue = "false") boolean open) {
        access.check(childId, "list", true);
        LocalDate on = asAt != null ? asAt : clocks.today();
        return open ? clocks.openFor(List.of(childId), on) : clocks.forChild(childId, on);
    }

    @Operation(summary = "One clock as it stood on asAt (default today)")
    @GetMapping("/clocks/{id}")
    ClockSummary clock(@PathVariable UUID id, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asAt) {
        ClockSummary clock = clocks.find(id, asAt != null ? asAt : clocks.today());
        access.check(clock.childId(), id.toString(), true);
        return clock;
    }

    @Operation(summary = "The pauses of a clock, oldest first")
    @GetMapping("/clocks/{id}/pauses")
    List<ClockPause> pauses(@PathVariable UUID id) {
        access.check(clocks.find(id, clocks.today()).childId(), id.toString(), true);
        return clocks.pauses(id);
    }

    @Operation(summary = "Pause a running clock from a day, with the reason (the due date moves out while paused)")
    @PostMapping("/clocks/{id}/pause")
    ClockSummary pause(@PathVariable UUID id, @RequestBody PauseRequest request) {
        access.check(clocks.find(id, clocks.today()).childId(), id.toString(), false);
        return clocks.pause(id, request.pausedFrom(), request.reason());
    }

    @Operation(summary = "Resume a paused clock on a day")
    @PostMapping("/clocks/{id}/resume")
    ClockSummary resume(@PathVariable UUID id, @RequestBody ResumeRequest request) {
        access.check(clocks.find(id, clocks.today()).childId(), id.toString(), false);
        return clocks.resume(id, request.resumedOn());
    }

    @Operation(summary = "End a running clock that no longer applies, with the reason and the version you read")
    @PostMapping("/clocks/{id}/end")
    ClockSummary end(@PathVariable UUID id, @RequestBody EndRequest request) {
        access.check(clocks.find(id, clocks.today()).childId(), id.toString(), false);
        return clocks.end(id, request.version() == null ? -1 : request.version(), request.endedOn(), request.reason());
    }
}
