package uk.org.beacon.returns;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.org.beacon.returns.cin.CinBreach;
import uk.org.beacon.returns.cin.CinHeldBack;
import uk.org.beacon.returns.cin.CinRuleInfo;
import uk.org.beacon.returns.cin.CinRuleKind;
import uk.org.beacon.returns.cin.CinSchemaProblem;
import uk.org.beacon.returns.cin.UnsupportedCensusYear;

/**
 * The CIN census return over the API: the XML file for a year (made, numbered, logged and audited
 * like a download from the returns page), and the year's breaches and counts as JSON (a check: no
 * file is kept). Errors are problem details: 400 for a year Beacon cannot make (the supported years
 * listed), 422 when the file made fails its schema (the problems listed with element path and line;
 * a bug, the file is not offered), 503 when Beacon is not set up for the return (no LA number).
 */
@RestController
@RequestMapping("/api/v1/returns/cin-census")
@Tag(name = "Returns: CIN census", description = "The children in need census return for a census year, built from the records, checked against DfE's schema and validation rules")
class CinCensusApi {

    static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;

    /** The figures of a return (the file's contents and the rules' results). */
    record Counts(int children, int episodes, int assessments, int section47s, int cinPlans, int protectionPlans, long errors, long queries,
            int heldBack, int schemaProblems) {}

    record Breaches(int year, String label, LocalDate referenceDate, LocalDate asAt, boolean schemaValid, boolean clean, Counts counts,
            List<CinSchemaProblem> schemaProblems, List<CinHeldBack> heldBack, List<CinBreach> breaches, CinCensusResult.Cost cost) {}

    private final CinCensus census;

    CinCensusApi(CinCensus census) {
        this.census = census;
    }

    @Operation(summary = "The CIN census XML file for a census year",
            description = "Built from the records as at today (a past year: as at its 31 March), validated against the year's XSD before it is sent, "
                    + "numbered (header SerialNo) and logged. Response headers give the figures: X-Beacon-Children, X-Beacon-Errors, X-Beacon-Queries, "
                    + "X-Beacon-Held-Back, X-Beacon-Serial-No, X-Beacon-Sha256, and what making it cost on the server: X-Beacon-Elapsed-Ms, "
                    + "X-Beacon-Phases-Ms (build, rules, keep, write, validate, log), X-Beacon-Allocated-Bytes (by the thread that made it) and X-Beacon-Peak-Heap-Bytes.")
    @ApiResponse(responseCode = "200", description = "The file, as an attachment cin-census-YYYY.xml",
            content = @Content(mediaType = "application/xml", schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "400", description = "A year Beacon cannot make; the problem lists the supported years",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "422", description = "The file made fails its schema (a bug): the problems with element path, line and message; the file is not sent",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "503", description = "Beacon is not set up for the return (beacon.la-number missing)",
            content = @Content(mediaType = "application/problem+json"))
    @GetMapping
    ResponseEntity<?> file(@Parameter(description = "the census year by the year it ends, e.g. 2026 for 2025-26; the current one when absent")
            @RequestParam(required = false) Integer year) {
        CinCensusResult result = census.generate(year(year), CinCensus.Through.API);
        HttpHeaders headers = figures(result);
        if (!result.schemaValid()) {
            ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, "The CIN census file for " + result.year().endYear()
                    + " fails its schema, so it is not sent. This is a bug in Beacon: please report it with these problems.");
            p.setType(URI.create("https://beacon.invalid/problems/cin-census-schema"));
            p.setTitle("The file fails its schema");
            p.setProperty("year", result.year().endYear());
            p.setProperty("serialNo", result.serialNo());
            p.setProperty("schemaProblems", result.schemaProblems());
            return ResponseEntity.unprocessableContent().headers(headers).contentType(PROBLEM).body(p);
        }
        headers.setContentDisposition(ContentDisposition.attachment().filename(result.fileName()).build());
        return ResponseEntity.ok().headers(headers).contentType(MediaType.APPLICATION_XML).body(result.xml());
    }

    @Operation(summary = "The breaches of DfE's validation rules and the counts for a census year",
            description = "A check: the return is built, validated and counted but not kept or numbered. Errors must be fixed before DfE accepts the "
                    + "return; queries need a fix or an explanation. Each breach names the child (personId, LAchildID) and the record to fix "
                    + "(sourceKind, sourceId). kind=ERROR or QUERY keeps only that kind in the list (the counts are always the whole return's).")
    @ApiResponse(responseCode = "200", description = "The breaches and counts")
    @ApiResponse(responseCode = "400", description = "A year Beacon cannot make; the problem lists the supported years",
            content = @Content(mediaType = "application/problem+json"))
    @GetMapping("/breaches")
    ResponseEntity<Breaches> breaches(@Parameter(description = "the census year by the year it ends; the current one when absent")
            @RequestParam(required = false) Integer year,
            @Parameter(description = "ERROR or QUERY to list only that kind") @RequestParam(required = false) CinRuleKind kind) {
        CinCensusResult result = census.check(year(year));
        List<CinBreach> listed = kind == null ? result.breaches() : result.breaches().stream().filter(b -> b.kind() == kind).toList();
        Breaches body = new Breaches(result.year().endYear(), result.year().label(), result.referenceDate(), result.asAt(), result.schemaValid(),
                result.clean(), counts(result), result.schemaProblems(), result.heldBack(), listed, result.cost());
        return ResponseEntity.ok().headers(figures(result)).body(body);
    }

    @Operation(summary = "The validation rules Beacon checks, in rule order")
    @GetMapping("/rules")
    List<CinRuleInfo> rules() {
        return census.catalogue();
    }

    @ExceptionHandler(UnsupportedCensusYear.class)
    ResponseEntity<ProblemDetail> unsupported(UnsupportedCensusYear e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        p.setType(URI.create("https://beacon.invalid/problems/unsupported-census-year"));
        p.setTitle("Unsupported census year");
        p.setProperty("year", e.year().endYear());
        p.setProperty("supportedYears", e.supported().stream().map(CensusYear::endYear).toList());
        return ResponseEntity.badRequest().contentType(PROBLEM).body(p);
    }

    @ExceptionHandler(CinCensusNotConfigured.class)
    ResponseEntity<ProblemDetail> notConfigured(CinCensusNotConfigured e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
        p.setTitle("The CIN census return is not set up");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).contentType(PROBLEM).body(p);
    }

    private CensusYear year(Integer year) {
        return year == null ? census.defaultYear() : new CensusYear(year);
    }

    static Counts counts(CinCensusResult r) {
        return new Counts(r.contents().children(), r.contents().episodes(), r.contents().assessments(), r.contents().section47s(),
                r.contents().cinPlans(), r.contents().protectionPlans(), r.errors(), r.queries(), r.heldBack().size(), r.schemaProblems().size());
    }

    private static HttpHeaders figures(CinCensusResult r) {
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Beacon-Children", String.valueOf(r.contents().children()));
        headers.set("X-Beacon-Errors", String.valueOf(r.errors()));
        headers.set("X-Beacon-Queries", String.valueOf(r.queries()));
        headers.set("X-Beacon-Held-Back", String.valueOf(r.heldBack().size()));
        if (r.serialNo() != null) {
            headers.set("X-Beacon-Serial-No", r.serialNo());
        }
        headers.set("X-Beacon-Sha256", r.sha256());
        headers.set("X-Beacon-Size-Bytes", String.valueOf(r.sizeBytes()));
        headers.set("X-Beacon-Elapsed-Ms", String.valueOf(r.cost().elapsedMillis()));
        headers.set("X-Beacon-Phases-Ms", String.join(",", r.cost().phaseMillis().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList()));
        headers.set("X-Beacon-Allocated-Bytes", String.valueOf(r.cost().allocatedBytes()));
        headers.set("X-Beacon-Peak-Heap-Bytes", String.valueOf(r.cost().peakHeapBytes()));
        return headers;
    }
}
