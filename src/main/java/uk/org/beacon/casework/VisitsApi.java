package uk.org.beacon.casework;

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
import org.springframework.web.bind.annotation.RestController;
import uk.org.beacon.timescales.ClockSummary;

/** A child's visiting clocks over JSON: the ones running, the latest visit, and starting a visiting standard. */
@RestController
@RequestMapping("/api/v1/children/{childId}")
@Tag(name = "Visits", description = "Visiting standards (T9, T10, T12, T13 …) a home or office visit with the child seen restarts")
class VisitsApi {

    private final CaseNotes notes;

    VisitsApi(CaseNotes notes) {
        this.notes = notes;
    }

    @Operation(summary = "The child's visiting clocks running today, soonest due first")
    @GetMapping("/visit-clocks")
    List<ClockSummary> clocks(@PathVariable UUID childId) {
        return notes.visitClocks(childId);
    }

    record Standard(String ruleId, LocalDate startedOn) {}

    @Operation(summary = "Start a visiting standard (a repeating visiting rule, e.g. T10) for the child from a date (social workers and managers)")
    @PostMapping("/visit-clocks")
    ResponseEntity<ClockSummary> start(@PathVariable UUID childId, @RequestBody Standard standard) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(notes.startVisitingStandard(childId, standard == null ? null : standard.ruleId(), standard == null ? null : standard.startedOn()));
    }

    @Operation(summary = "The child's latest visit (home or office visit with the child seen), with whether they were seen alone; 204 if none")
    @GetMapping("/latest-visit")
    ResponseEntity<CaseNoteSummary> latestVisit(@PathVariable UUID childId) {
        return notes.latestVisit(childId).map(ResponseEntity::ok).orElseGet(() -> ResponseEntity.noContent().build());
    }
}
