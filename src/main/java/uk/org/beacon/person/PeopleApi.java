package uk.org.beacon.person;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.org.beacon.identity.RecordAccess;
import uk.org.beacon.web.RuleViolationException;

/** The person register over JSON: the same rules, access checks and audit as the pages. */
@RestController
@RequestMapping("/api/v1/people")
@Tag(name = "People", description = "Children, unborn children and adults: search, records, relationships, households")
class PeopleApi {

    private final People people;
    private final Families families;
    private final RecordAccess access;

    PeopleApi(People people, Families families, RecordAccess access) {
        this.people = people;
        this.families = families;
        this.access = access;
    }

    @Operation(summary = "Search by name (phonetic and fuzzy), date of birth, NHS number, UPN or postcode")
    @GetMapping
    List<PersonMatch> search(@RequestParam(required = false) String name,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dateOfBirth,
            @RequestParam(required = false) String nhsNumber, @RequestParam(required = false) String upn,
            @RequestParam(required = false) String postcode) {
        SearchCriteria criteria = new SearchCriteria(name, dateOfBirth, nhsNumber, upn, postcode);
        if (criteria.isEmpty()) {
            throw new RuleViolationException(Map.of("name", "Give at least one of name, dateOfBirth, nhsNumber, upn or postcode"));
        }
        return people.search(criteria);
    }

    @Operation(summary = "Open a person's record (audited; restricted records answer 403 with restricted=true)")
    @GetMapping("/{id}")
    PersonDetails get(@PathVariable UUID id) {
        return people.open(id);
    }

    @Operation(summary = "Record a new person")
    @PostMapping
    ResponseEntity<PersonDetails> create(@RequestBody PersonRecord record) {
        return ResponseEntity.status(HttpStatus.CREATED).body(people.register(record));
    }

    @Operation(summary = "Change a person's details; send the version you read (409 if someone saved since)")
    @PutMapping("/{id}")
    PersonDetails update(@PathVariable UUID id, @RequestParam long version, @RequestBody PersonRecord record) {
        return people.update(id, version, record);
    }

    @Operation(summary = "Relationships seen from this person's side")
    @GetMapping("/{id}/relationships")
    List<RelationshipView> relationships(@PathVariable UUID id) {
        people.open(id);
        return families.relationships(id);
    }

    @Operation(summary = "Record a relationship: the relative is this person's {type}")
    @PostMapping("/{id}/relationships")
    ResponseEntity<Map<String, UUID>> relate(@PathVariable UUID id, @RequestBody RelationshipRecord record) {
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("id", families.relate(id, record)));
    }

    @Operation(summary = "Everyone living at this person's address now")
    @GetMapping("/{id}/household")
    List<HouseholdMember> household(@PathVariable UUID id) {
        people.open(id);
        return families.household(id);
    }

    @Operation(summary = "Professionals involved")
    @GetMapping("/{id}/professionals")
    List<InvolvementView> professionals(@PathVariable UUID id) {
        people.open(id);
        return families.involvements(id);
    }

    @Operation(summary = "Record a professional involved")
    @PostMapping("/{id}/professionals")
    ResponseEntity<Map<String, UUID>> involve(@PathVariable UUID id, @RequestBody InvolvementRecord record) {
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("id", families.involve(id, record)));
    }

    record Reason(String reason) {}

    record Restriction(String reason, java.util.Set<UUID> staffIds) {}

    @Operation(summary = "Break the glass on a restricted record, giving a reason (your manager is alerted)")
    @PostMapping("/{id}/break-glass")
    ResponseEntity<Void> breakGlass(@PathVariable UUID id, @RequestBody Reason reason) {
        access.breakGlass(id, reason.reason());
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Restrict a record to named staff (team managers, administrators)")
    @PostMapping("/{id}/restriction")
    ResponseEntity<Void> restrict(@PathVariable UUID id, @RequestBody Restriction restriction) {
        access.restrict(id, restriction.reason(), restriction.staffIds() == null ? java.util.Set.of() : restriction.staffIds());
        return ResponseEntity.noContent().build();
    }
}
