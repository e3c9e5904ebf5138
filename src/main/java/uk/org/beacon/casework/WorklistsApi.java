package uk.org.beacon.casework;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The worklists over JSON, as at any past day. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Worklists", description = "My work and my team: running clocks of allocated children as at a day")
class WorklistsApi {

    private final Worklists worklists;
    private final Clock clock;

    WorklistsApi(Worklists worklists, Clock clock) {
        this.worklists = worklists;
        this.clock = clock;
    }

    @Operation(summary = "The signed-in worker's clocks (overdue, due today, this week, later), sign-offs awaiting them and draft notes")
    @GetMapping("/my-work")
    MyWork myWork(@Parameter(description = "yyyy-mm-dd; today when absent") @RequestParam(required = false) String asAt) {
        return worklists.myWork(AsAt.parse(asAt, LocalDate.now(clock)));
    }

    @Operation(summary = "Every running clock of the manager's team's children, by days remaining")
    @GetMapping("/my-team")
    TeamWork myTeam(@RequestParam(required = false) String asAt, @Parameter(description = "a worker's id") @RequestParam(required = false) String worker,
            @Parameter(description = "a rule id, e.g. T10") @RequestParam(required = false) String rule,
            @Parameter(description = "fewest (default) or most days remaining first") @RequestParam(required = false) String sort) {
        return worklists.myTeam(AsAt.parse(asAt, LocalDate.now(clock)), AllocationForm.uuid(worker), rule, sort);
    }
}
