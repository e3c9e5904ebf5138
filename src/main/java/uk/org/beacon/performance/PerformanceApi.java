package uk.org.beacon.performance;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.org.beacon.web.NotFoundException;

/**
 * Scorecards over JSON: every measure for a level as at a day, one measure with its trend, and the
 * items behind it; a measure's dated targets, and a change of target.
 */
@RestController
@RequestMapping("/api/v1/performance")
@Tag(name = "Performance", description = "Scorecards computed live from the reporting views, as at any day, for the authority, a team or a worker")
class PerformanceApi {

    /** A measure's figure with its definition, RAG and trend. */
    record Figure(String id, String area, String title, String definition, String unit, String polarity, BigDecimal target,
            BigDecimal amberTolerance, String periodType, LocalDate from, LocalDate to, LocalDate asAt, long numerator, long denominator,
            BigDecimal value, String rag, String ragLabel, String direction, BigDecimal nationalComparator, String sourceNote, List<Point> trend,
            String problem, long version) {}

    /** A change of target: both numbers (a tolerance of 0 for none) and why; it applies from today. */
    record TargetBody(BigDecimal target, BigDecimal amberTolerance, String reason) {}

    record Point(LocalDate from, LocalDate to, LocalDate asAt, long numerator, long denominator, BigDecimal value) {}

    private final Scorecards scorecards;
    private final MeasureTargets targets;

    PerformanceApi(Scorecards scorecards, MeasureTargets targets) {
        this.scorecards = scorecards;
        this.targets = targets;
    }

    @Operation(summary = "Every measure for the authority, a team or a worker as at a day, with RAG against target and the 12-month trend")
    @GetMapping("/scorecard")
    List<Figure> scorecard(@Parameter(description = "a team's id") @RequestParam(required = false) UUID team,
            @Parameter(description = "a worker's id") @RequestParam(required = false) UUID worker,
            @Parameter(description = "yyyy-mm-dd; today when absent") @RequestParam(required = false) String asAt,
            @Parameter(description = "MONTH, QUARTER, YEAR or ROLLING_12_MONTHS; each measure's own when absent") @RequestParam(required = false) String period) {
        return scorecards.scorecard(level(team, worker), asAt(asAt), ScorecardPages.period(period)).stream().map(PerformanceApi::figure).toList();
    }

    @Operation(summary = "One measure for a level as at a day")
    @GetMapping("/measures/{id}")
    Figure measure(@PathVariable String id, @RequestParam(required = false) UUID team, @RequestParam(required = false) UUID worker,
            @RequestParam(required = false) String asAt, @RequestParam(required = false) String period) {
        LocalDate day = asAt(asAt);
        Measure m = scorecards.measure(id, day).orElseThrow(() -> new NotFoundException("No measure " + id));
        return figure(scorecards.result(m, level(team, worker), day, ScorecardPages.period(period)));
    }

    @Operation(summary = "A measure's dated targets and amber tolerances, latest first: what applied from when, who set it and why")
    @GetMapping("/measures/{id}/targets")
    List<TargetChange> targets(@PathVariable String id) {
        scorecards.measure(id).orElseThrow(() -> new NotFoundException("No measure " + id));
        return targets.history(id);
    }

    @Operation(summary = "Change a measure's target and amber tolerance from today on, with a reason (audited; quality and performance "
            + "officers and administrators); send the measure's version you read (409 if it changed since); 400 names the fields in error")
    @PutMapping("/measures/{id}/target")
    TargetChange changeTarget(@PathVariable String id, @Parameter(description = "the measure's version as read") @RequestParam long version,
            @RequestBody TargetBody body) {
        return targets.change(id, version, text(body.target()), text(body.amberTolerance()), body.reason());
    }

    @Operation(summary = "The same as PUT, for clients that only POST")
    @PostMapping("/measures/{id}/target")
    TargetChange postTarget(@PathVariable String id, @RequestParam long version, @RequestBody TargetBody body) {
        return changeTarget(id, version, body);
    }

    private static String text(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    @Operation(summary = "The children or items behind a measure's figure (the numerator, or with denominator=true every item considered)")
    @GetMapping("/measures/{id}/items")
    List<MeasureItem> items(@PathVariable String id, @RequestParam(required = false) UUID team, @RequestParam(required = false) UUID worker,
            @RequestParam(required = false) String asAt, @RequestParam(required = false) String period,
            @RequestParam(defaultValue = "false") boolean denominator) {
        Measure m = scorecards.measure(id).orElseThrow(() -> new NotFoundException("No measure " + id));
        return scorecards.items(m, level(team, worker), asAt(asAt), ScorecardPages.period(period), denominator);
    }

    private static Figure figure(MeasureResult r) {
        Measure m = r.measure();
        return new Figure(m.id(), m.area(), m.title(), m.definition(), m.unit().name(), m.polarity().name(), m.target(), m.amberTolerance(),
                r.period().type().name(), r.period().from(), r.period().to(), r.period().asAt(), r.numerator(), r.denominator(), r.value(),
                r.rag().name(), r.rag().label(), r.direction(), m.nationalComparator(), m.sourceNote(),
                r.trend().stream().map(p -> new Point(p.period().from(), p.period().to(), p.period().asAt(), p.numerator(), p.denominator(), p.value()))
                        .toList(), r.problem(), m.version());
    }

    private static Level level(UUID team, UUID worker) {
        return worker != null ? Level.worker(worker) : team != null ? Level.team(team) : Level.authority();
    }

    private LocalDate asAt(String value) {
        LocalDate today = scorecards.today();
        if (value == null || value.isBlank()) {
            return today;
        }
        try {
            LocalDate day = LocalDate.parse(value.trim());
            return day.isAfter(today) ? today : day;
        } catch (DateTimeParseException e) {
            return today;
        }
    }
}
