package uk.org.beacon.timescales;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.org.beacon.web.RuleViolationException;

/** The timescale rules over JSON: read them, read a clock as at any day, and (administrators) set or remove a local setting. */
@RestController
@RequestMapping("/api/v1/timescales")
@Tag(name = "Timescales", description = "Statutory and local timescale rules (T1 to T16), local settings and clock readings")
class TimescalesApi {

    private final Timescales timescales;
    private final Clock clock;

    TimescalesApi(Timescales timescales, Clock clock) {
        this.timescales = timescales;
        this.clock = clock;
    }

    record OverrideRequest(Integer amount, String unit, String dayZero, String reason, String decisionReference, Long version) {}

    @Operation(summary = "Every rule with its national default and this authority's setting")
    @GetMapping
    List<TimescaleRule> rules() {
        return timescales.rules();
    }

    @Operation(summary = "One rule, e.g. T5")
    @GetMapping("/{id}")
    TimescaleRule rule(@PathVariable String id) {
        return timescales.rule(id);
    }

    @Operation(summary = "Past settings of a rule, newest first")
    @GetMapping("/{id}/history")
    List<LocalOverride> history(@PathVariable String id) {
        return timescales.history(id);
    }

    @Operation(summary = "A clock as it stood on asAt (default today): due date, state and days to spare or late")
    @GetMapping("/{id}/clock")
    ClockReading clock(@PathVariable String id, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate start,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate stoppedOn,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asAt) {
        return timescales.read(id, start, stoppedOn, asAt != null ? asAt : clock.instant().atZone(clock.getZone()).toLocalDate());
    }

    @Operation(summary = "Set this authority's timescale (administrators): reason required; loosening a statutory rule needs decisionReference; "
            + "send the version you read (409 if someone changed it since)")
    @PutMapping("/{id}/override")
    TimescaleRule override(@PathVariable String id, @RequestBody OverrideRequest request) {
        if (request.amount() == null || request.version() == null) {
            throw new RuleViolationException(request.amount() == null
                    ? Map.of("amount", "Give the timescale as a whole number")
                    : Map.of("version", "Give the version of the rule you read"));
        }
        return timescales.override(id, request.version(), request.amount(), request.unit(), request.dayZero(), request.reason(),
                request.decisionReference());
    }

    @Operation(summary = "Return a rule to its national default (administrators), with a reason and the version you read")
    @DeleteMapping("/{id}/override")
    TimescaleRule removeOverride(@PathVariable String id, @RequestParam long version, @RequestParam(required = false) String reason) {
        return timescales.removeOverride(id, version, reason);
    }
}
