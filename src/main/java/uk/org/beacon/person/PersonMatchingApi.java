package uk.org.beacon.person;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.org.beacon.web.RuleViolationException;

/** Front-door matching, likely duplicates and merges over JSON: the same rules, access checks and audit as the pages. */
@RestController
@RequestMapping("/api/v1/people")
@Tag(name = "Matching and merging", description = "Is this person already known? Likely duplicate records, merges and their reversal")
class PersonMatchingApi {

    private final PersonMatching matching;
    private final PersonMerges merges;

    PersonMatchingApi(PersonMatching matching, PersonMerges merges) {
        this.matching = matching;
        this.merges = merges;
    }

    record MergeRequest(UUID survivorId, UUID mergedId, String reason) {}

    record ReversalRequest(String reason) {}

    @Operation(summary = "Records that may be the person described, best first (at most 20), each with a 0-1 score and reasons")
    @GetMapping("/matches")
    List<MatchCandidate> matches(@RequestParam(required = false) String givenName, @RequestParam(required = false) String familyName,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dateOfBirth,
            @RequestParam(required = false) String nhsNumber, @RequestParam(required = false) String upn,
            @RequestParam(required = false) String postcode, @RequestParam(required = false) String addressLine1) {
        MatchQuery query = new MatchQuery(givenName, familyName, dateOfBirth, nhsNumber, upn, postcode, addressLine1);
        Map<String, String> errors = new LinkedHashMap<>();
        if (query.isEmpty()) {
            errors.put("familyName", "Give at least one of givenName, familyName, dateOfBirth, nhsNumber, upn or postcode");
        }
        if (nhsNumber != null && !nhsNumber.isBlank()) {
            NhsNumber.problem(nhsNumber).ifPresent(p -> errors.put("nhsNumber", p));
        }
        if (upn != null && !upn.isBlank()) {
            UniquePupilNumber.problem(upn).ifPresent(p -> errors.put("upn", p));
        }
        if (postcode != null && !postcode.isBlank()) {
            Postcode.problem(postcode).ifPresent(p -> errors.put("postcode", p));
        }
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
        return matching.candidates(query);
    }

    @Operation(summary = "Pairs of records likely to be the same person (team managers, administrators)")
    @GetMapping("/duplicates")
    List<DuplicatePair> duplicates(@RequestParam(defaultValue = "100") int limit) {
        return merges.likelyDuplicates(limit);
    }

    @Operation(summary = "Merge one record into another, giving a reason (team managers, administrators)")
    @PostMapping("/merges")
    ResponseEntity<MergeSummary> merge(@RequestBody MergeRequest request) {
        MergeSummary summary = merges.merge(request.survivorId(), request.mergedId(), request.reason());
        return ResponseEntity.created(URI.create("/api/v1/people/merges/" + summary.mergeId())).body(summary);
    }

    @Operation(summary = "A merge: what was moved, what still needs checking, and any reversal")
    @GetMapping("/merges/{id}")
    MergeSummary merge(@PathVariable UUID id) {
        return merges.summary(id);
    }

    @Operation(summary = "Reverse a merge, giving a reason: everything moved is put back (team managers, administrators)")
    @PostMapping("/merges/{id}/reversal")
    MergeSummary reverse(@PathVariable UUID id, @RequestBody ReversalRequest request) {
        merges.reverse(id, request.reason());
        return merges.summary(id);
    }
}
