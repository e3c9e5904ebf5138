package uk.org.beacon.frontdoor;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import uk.org.beacon.person.MatchCandidate;
import uk.org.beacon.person.MatchQuery;
import uk.org.beacon.person.PersonMatching;
import uk.org.beacon.timescales.ClockReading;

/** The front door over JSON: the same rules, access and audit as the pages. */
@RestController
@RequestMapping("/api/v1/front-door")
@Tag(name = "Front door", description = "Contacts, partner referrals, screening decisions, police notifications, figures")
class FrontDoorApi {

    private final Contacts contacts;
    private final PersonMatching matching;
    private final PoliceNotifications police;
    private final FrontDoorFigures figures;
    private final FrontDoorClock decisionClock;

    FrontDoorApi(Contacts contacts, PersonMatching matching, PoliceNotifications police, FrontDoorFigures figures, FrontDoorClock decisionClock) {
        this.contacts = contacts;
        this.matching = matching;
        this.police = police;
        this.figures = figures;
        this.decisionClock = decisionClock;
    }

    @Operation(summary = "Record a contact (front-door staff)")
    @PostMapping("/contacts")
    ResponseEntity<ContactDetails> record(@RequestBody ContactRecord record) {
        return ResponseEntity.status(HttpStatus.CREATED).body(contacts.record(record));
    }

    @Operation(summary = "Submit a multi-agency referral form (partner professionals); the response carries the reference")
    @PostMapping("/referrals")
    ResponseEntity<ContactDetails> submit(@RequestBody ContactRecord record) {
        return ResponseEntity.status(HttpStatus.CREATED).body(contacts.submitAsPartner(record));
    }

    @Operation(summary = "A partner's own referrals and their outcomes")
    @GetMapping("/my-referrals")
    List<PartnerSubmission> mine() {
        return contacts.mySubmissions();
    }

    @Operation(summary = "The screening queue, oldest first")
    @GetMapping("/contacts/awaiting-screening")
    List<ContactDetails> queue() {
        return contacts.awaitingScreening();
    }

    @Operation(summary = "One contact (audited)")
    @GetMapping("/contacts/{id}")
    ContactDetails get(@PathVariable UUID id) {
        return contacts.open(id);
    }

    @Operation(summary = "The decision clock (T1a) of a contact, as at today")
    @GetMapping("/contacts/{id}/clock")
    ClockReading clock(@PathVariable UUID id) {
        return decisionClock.reading(contacts.open(id));
    }

    @Operation(summary = "Possible matches for the child named in a contact, with scores and reasons")
    @GetMapping("/contacts/{id}/matches")
    List<MatchCandidate> matches(@PathVariable UUID id) {
        ContactDetails c = contacts.open(id);
        return matching.candidates(new MatchQuery(c.childGivenName(), c.childFamilyName(), c.childDateOfBirth(), null, null, c.childPostcode(),
                c.childAddress()));
    }

    record ChildChoice(UUID personId) {}

    @Operation(summary = "Link the contact to the child (send the version you read)")
    @PostMapping("/contacts/{id}/child")
    ContactDetails identify(@PathVariable UUID id, @RequestParam long version, @RequestBody ChildChoice choice) {
        return contacts.identifyChild(id, version, choice.personId());
    }

    @Operation(summary = "The child's history at the door and the siblings to consider")
    @GetMapping("/contacts/{id}/screening")
    Map<String, Object> screening(@PathVariable UUID id) {
        ContactDetails c = contacts.open(id);
        return Map.of("history", contacts.history(c.childId(), id), "siblings", contacts.siblings(id, c.childId()),
                "reReferral", contacts.wouldBeReReferral(c.childId(), c.receivedAt().atZone(ContactRules.UK).toLocalDate()));
    }

    record Consideration(String outcome, String reason) {}

    @Operation(summary = "Record that a sibling or other child at the address was considered")
    @PostMapping("/contacts/{id}/siblings/{personId}")
    ResponseEntity<Void> consider(@PathVariable UUID id, @PathVariable UUID personId, @RequestBody Consideration c) {
        contacts.consider(id, personId, c.outcome(), c.reason());
        return ResponseEntity.noContent().build();
    }

    record Decision(ScreeningDecision decision, String rationale, String feedback, java.time.Instant decidedAt) {}

    @Operation(summary = "Record the screening decision (once; 409 if already decided or changed since you read it)")
    @PostMapping("/contacts/{id}/decision")
    ContactDetails decide(@PathVariable UUID id, @RequestParam long version, @RequestBody Decision d) {
        return contacts.decide(id, version, d.decision(), d.rationale(), d.feedback(), d.decidedAt());
    }

    @Operation(summary = "Upload a CSV batch of police child-concern notifications (idempotent; row-level errors)")
    @PostMapping(path = "/police-notifications", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ImportResult upload(@RequestParam MultipartFile file) throws IOException {
        return police.importFile(file.getOriginalFilename(), file.getBytes());
    }

    @Operation(summary = "Front-door figures: contacts by source, waiting and overdue, outcomes, conversion, re-referrals")
    @GetMapping("/figures")
    Map<String, Object> figures(@RequestParam(defaultValue = "month") String period) {
        return Map.of("contactsBySource", figures.contactsBySource(), "waiting", figures.waiting(), "outcomes", figures.outcomes(period));
    }
}
