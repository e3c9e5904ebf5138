package uk.org.beacon.childprotection.conference;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
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

/** A child's initial child protection conferences over JSON: the same rules, record access and audit as the chair's pages. */
@RestController
@RequestMapping("/api/v1/children/{childId}/child-protection/conferences")
@Tag(name = "Child protection conferences", description = "Initial child protection conferences: arranging, invitations, agency reports, "
        + "participation, the decision (stops T5), minutes and amendments, the chair's quality assurance")
class ConferencesApi {

    private final Conferences conferences;
    private final ConferenceQuality quality;

    ConferencesApi(Conferences conferences, ConferenceQuality quality) {
        this.conferences = conferences;
        this.quality = quality;
    }

    @Operation(summary = "The child's conferences, newest first (audited)")
    @GetMapping
    List<ConferenceSummary> list(@PathVariable UUID childId) {
        return conferences.forChild(childId);
    }

    @Operation(summary = "One conference in full: invitations, agency reports (missing flagged), decision, minutes, amendments, quality form")
    @GetMapping("/{id}")
    ConferenceDetails get(@PathVariable UUID childId, @PathVariable UUID id) {
        return ofChild(childId, conferences.open(id));
    }

    @Operation(summary = "Arrange or re-arrange (chair): scheduledFor is UK time, e.g. 2026-12-03T10:00, on a working day, not before the "
            + "enquiry began; agencies are 'agency' codes, each asked for a report; send the version you read (409 if changed)")
    @PostMapping("/{id}/arrange")
    ConferenceDetails arrange(@PathVariable UUID childId, @PathVariable UUID id, @RequestParam long version,
            @RequestBody ConferenceArrangement arrangement) {
        requireOfChild(childId, id);
        return conferences.arrange(id, version, arrangement);
    }

    record ReportDates(@Parameter(description = "Date received (YYYY-MM-DD)") LocalDate receivedOn,
            @Parameter(description = "Date shared with the parents, if shared") LocalDate sharedWithParentsOn) {}

    @Operation(summary = "Record an invited agency's report: received and shared with the parents")
    @PutMapping("/{id}/reports/{agency}")
    ConferenceDetails report(@PathVariable UUID childId, @PathVariable UUID id, @PathVariable String agency, @RequestParam long version,
            @RequestBody ReportDates dates) {
        requireOfChild(childId, id);
        return conferences.recordReport(id, version, agency, dates == null ? null : dates.receivedOn(),
                dates == null ? null : dates.sharedWithParentsOn());
    }

    @Operation(summary = "Record who took part, per invitee (errors keyed attendance-{inviteeId}, contributedBy-{inviteeId}…)")
    @PutMapping("/{id}/participation")
    ConferenceDetails participation(@PathVariable UUID childId, @PathVariable UUID id, @RequestParam long version,
            @RequestBody List<Participation> participation) {
        requireOfChild(childId, id);
        return conferences.recordParticipation(id, version, participation == null ? List.of() : participation);
    }

    @Operation(summary = "Record the decision and the day it was held (stops T5; late needs lateReasonCode and lateReasonText; a plan needs "
            + "a category: NEG, PHY, SAB, EMO, MUL); announces InitialConferenceHeld")
    @PostMapping("/{id}/decision")
    ConferenceDetails decision(@PathVariable UUID childId, @PathVariable UUID id, @RequestParam long version,
            @RequestBody ConferenceDecision decision) {
        requireOfChild(childId, id);
        return conferences.recordDecision(id, version, decision);
    }

    record Minutes(String text) {}

    @Operation(summary = "Save the draft minutes (unchanged text changes nothing; 409 if saved since)")
    @PutMapping("/{id}/minutes")
    ConferenceDetails minutes(@PathVariable UUID childId, @PathVariable UUID id, @RequestParam long version, @RequestBody Minutes minutes) {
        requireOfChild(childId, id);
        return conferences.saveMinutes(id, version, minutes == null ? null : minutes.text());
    }

    @Operation(summary = "Finalise the minutes: the conference becomes immutable; corrections are amendments")
    @PostMapping("/{id}/minutes/finalise")
    ConferenceDetails finalise(@PathVariable UUID childId, @PathVariable UUID id, @RequestParam long version) {
        requireOfChild(childId, id);
        return conferences.finaliseMinutes(id, version);
    }

    record Amending(String text, String reason) {}

    @Operation(summary = "Add an amendment to final minutes, with the reason")
    @PostMapping("/{id}/amendments")
    ConferenceDetails amend(@PathVariable UUID childId, @PathVariable UUID id, @RequestBody Amending amendment) {
        requireOfChild(childId, id);
        return conferences.amend(id, amendment == null ? null : amendment.text(), amendment == null ? null : amendment.reason());
    }

    @Operation(summary = "Record the chair's quality assurance form (each score 1 to 4), once per conference held")
    @PostMapping("/{id}/quality")
    ConferenceDetails quality(@PathVariable UUID childId, @PathVariable UUID id, @RequestBody QualityScores scores) {
        requireOfChild(childId, id);
        return quality.record(id, scores);
    }

    private static ConferenceDetails ofChild(UUID childId, ConferenceDetails c) {
        if (!c.childId().equals(childId)) {
            throw new NotFoundException("No such conference for this child");
        }
        return c;
    }

    private void requireOfChild(UUID childId, UUID id) {
        ofChild(childId, conferences.open(id));
    }
}
