package uk.org.beacon.casework;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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
import org.springframework.web.multipart.MultipartFile;
import uk.org.beacon.web.NotFoundException;

/** A child's case notes over JSON: the same rules, record access and audit as the pages. */
@RestController
@RequestMapping("/api/v1/children/{childId}/case-notes")
@Tag(name = "Case notes", description = "Case notes and visits on a child's record: drafts, finalising, appendments, attachments, voiding")
class CaseNotesApi {

    private final CaseNotes notes;

    CaseNotesApi(CaseNotes notes) {
        this.notes = notes;
    }

    @Operation(summary = "The child's finalised notes (and your own drafts), newest first; filter by type, significant events, practice dates, author")
    @GetMapping
    List<CaseNoteSummary> list(@PathVariable UUID childId, @RequestParam(required = false) String type,
            @RequestParam(defaultValue = "false") boolean significantOnly,
            @Parameter(description = "From this practice date (YYYY-MM-DD)") @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(description = "To this practice date, inclusive") @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) UUID authorId) {
        return notes.list(childId, new CaseNoteFilter(type, significantOnly, from, to, authorId));
    }

    @Operation(summary = "Start a note as your draft (201); occurredAt is the practice time, UK, e.g. 2026-03-27T14:30")
    @PostMapping
    ResponseEntity<CaseNoteDetails> create(@PathVariable UUID childId, @RequestBody(required = false) CaseNoteContent content) {
        return ResponseEntity.status(HttpStatus.CREATED).body(notes.startDraft(childId, content));
    }

    @Operation(summary = "One note in full (audited); a draft only for its author")
    @GetMapping("/{noteId}")
    CaseNoteDetails get(@PathVariable UUID childId, @PathVariable UUID noteId) {
        return ofChild(childId, notes.open(noteId));
    }

    @Operation(summary = "Save your draft (send the version you read; 409 if it was saved since)")
    @PutMapping("/{noteId}")
    CaseNoteDetails update(@PathVariable UUID childId, @PathVariable UUID noteId, @RequestParam long version, @RequestBody CaseNoteContent content) {
        requireOfChild(childId, noteId);
        return notes.saveDraft(noteId, version, content);
    }

    record Finalising(String lateReasonCode, String lateReasonText) {}

    @Operation(summary = "Finalise your draft: it becomes immutable; a late visit needs lateReasonCode (code list late-reason) and lateReasonText")
    @PostMapping("/{noteId}/finalise")
    CaseNoteDetails finalise(@PathVariable UUID childId, @PathVariable UUID noteId, @RequestParam long version,
            @RequestBody(required = false) Finalising late) {
        requireOfChild(childId, noteId);
        return notes.finalise(noteId, version, late == null ? null : late.lateReasonCode(), late == null ? null : late.lateReasonText());
    }

    record Appending(String text) {}

    @Operation(summary = "Add a dated appendment to a finalised note")
    @PostMapping("/{noteId}/appendments")
    CaseNoteDetails append(@PathVariable UUID childId, @PathVariable UUID noteId, @RequestBody Appending appendment) {
        requireOfChild(childId, noteId);
        return notes.append(noteId, appendment == null ? null : appendment.text());
    }

    record Voiding(String reason) {}

    @Operation(summary = "Void your draft with a reason (it is kept, never deleted; finalised notes cannot be voided)")
    @PostMapping("/{noteId}/void")
    CaseNoteDetails voidDraft(@PathVariable UUID childId, @PathVariable UUID noteId, @RequestParam long version, @RequestBody Voiding voiding) {
        requireOfChild(childId, noteId);
        return notes.voidDraft(noteId, version, voiding == null ? null : voiding.reason());
    }

    @Operation(summary = "Attach a file received (PDF, JPEG, PNG, DOCX or TXT, up to 10 MB); multipart field 'file'")
    @PostMapping(path = "/{noteId}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    CaseNoteDetails attach(@PathVariable UUID childId, @PathVariable UUID noteId, @RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) String description) throws IOException {
        requireOfChild(childId, noteId);
        return notes.attach(noteId, file == null ? null : file.getOriginalFilename(), file == null ? null : file.getBytes(), description);
    }

    @Operation(summary = "Download an attachment (audited)")
    @GetMapping("/{noteId}/attachments/{attachmentId}")
    ResponseEntity<byte[]> download(@PathVariable UUID childId, @PathVariable UUID noteId, @PathVariable UUID attachmentId) {
        requireOfChild(childId, noteId);
        CaseNoteFile file = notes.file(noteId, attachmentId);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.parseMediaType(file.contentType()))
                .body(file.content());
    }

    private static CaseNoteDetails ofChild(UUID childId, CaseNoteDetails note) {
        if (!note.childId().equals(childId)) {
            throw new NotFoundException("No such case note on this child's record");
        }
        return note;
    }

    private void requireOfChild(UUID childId, UUID noteId) {
        if (!childId.equals(notes.childOf(noteId))) {
            throw new NotFoundException("No such case note on this child's record");
        }
    }
}
