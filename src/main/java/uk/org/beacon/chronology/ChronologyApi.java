package uk.org.beacon.chronology;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The child's chronology over JSON: the same rules, access checks and audit as the pages. */
@RestController
@RequestMapping("/api/v1/children/{childId}/chronology")
@Tag(name = "Chronology", description = "The child's chronology: entries from practice records and added by workers, impact, significance, "
        + "third-party information, voiding, printing for the court or the family")
class ChronologyApi {

    private final ChronologyEntries chronology;

    ChronologyApi(ChronologyEntries chronology) {
        this.chronology = chronology;
    }

    @Operation(summary = "The child's chronology in date order (audited); significant entries only unless show=ALL (or VOIDED to include voided ones)")
    @GetMapping
    List<ChronologyEntryDetails> list(@PathVariable UUID childId,
            @Parameter(description = "SIGNIFICANT (default), ALL or VOIDED") @RequestParam(required = false) String show,
            @Parameter(description = "An entry type, like CONTACT or HEALTH") @RequestParam(required = false) String type,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @Parameter(description = "oldest (default) or newest first") @RequestParam(required = false) String order) {
        return chronology.list(childId, ChronologyFilter.of(show, type, from, to, order));
    }

    @Operation(summary = "Add an entry by hand (type one of INCIDENT, HEALTH, EDUCATION, POLICE, FAMILY, MEETING, COURT, OTHER)")
    @PostMapping
    ResponseEntity<ChronologyEntryDetails> add(@PathVariable UUID childId, @RequestBody CuratedEntry entry) {
        return ResponseEntity.status(HttpStatus.CREATED).body(chronology.add(childId, entry));
    }

    @Operation(summary = "One entry (audited)")
    @GetMapping("/{entryId}")
    ChronologyEntryDetails get(@PathVariable UUID childId, @PathVariable UUID entryId) {
        return chronology.entry(childId, entryId);
    }

    @Operation(summary = "Change an entry added by hand; send the version you read (409 if someone saved since)")
    @PutMapping("/{entryId}")
    ChronologyEntryDetails edit(@PathVariable UUID childId, @PathVariable UUID entryId, @RequestParam long version, @RequestBody CuratedEntry entry) {
        return chronology.edit(childId, entryId, version, entry);
    }

    record Impact(String impact) {}

    @Operation(summary = "Record the entry's impact on the child (send the version you read)")
    @PostMapping("/{entryId}/impact")
    ChronologyEntryDetails impact(@PathVariable UUID childId, @PathVariable UUID entryId, @RequestParam long version, @RequestBody Impact body) {
        return chronology.recordImpact(childId, entryId, version, body.impact());
    }

    record Significance(boolean significant, String reason) {}

    @Operation(summary = "Mark the entry significant or routine, with an optional reason (audited)")
    @PostMapping("/{entryId}/significance")
    ChronologyEntryDetails significance(@PathVariable UUID childId, @PathVariable UUID entryId, @RequestParam long version,
            @RequestBody Significance body) {
        return chronology.setSignificance(childId, entryId, version, body.significant(), body.reason());
    }

    record ThirdParty(boolean thirdParty, String reason) {}

    @Operation(summary = "Mark whether the entry holds third-party information, withheld from the family's copy (audited)")
    @PostMapping("/{entryId}/third-party")
    ChronologyEntryDetails thirdParty(@PathVariable UUID childId, @PathVariable UUID entryId, @RequestParam long version,
            @RequestBody ThirdParty body) {
        return chronology.setThirdParty(childId, entryId, version, body.thirdParty(), body.reason());
    }

    record Voiding(String reason) {}

    @Operation(summary = "Void a wrong entry with the reason: kept on the record, out of the chronology and its prints")
    @PostMapping("/{entryId}/void")
    ChronologyEntryDetails voidEntry(@PathVariable UUID childId, @PathVariable UUID entryId, @RequestParam long version, @RequestBody Voiding body) {
        return chronology.voidEntry(childId, entryId, version, body.reason());
    }

    @Operation(summary = "The chronology as a PDF for the court or the family (for=court|family); audited as a disclosure")
    @GetMapping(value = "/print", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> print(@PathVariable UUID childId, @RequestParam(name = "for", required = false) String audience,
            @RequestParam(required = false) String show, @RequestParam(required = false) String type,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String order) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).cacheControl(CacheControl.noStore())
                .body(chronology.print(childId, ChronologyFilter.of(show, type, from, to, order), Audience.parse(audience)));
    }
}
