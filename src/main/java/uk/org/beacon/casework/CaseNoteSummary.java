package uk.org.beacon.casework;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;

/**
 * A case note in a list: on the child's notes page, and on the child's record (latest notes, the
 * latest visit and whether the child was seen alone). {@code excerpt} is the start of the note.
 * A draft appears only to its author ({@code status} "DRAFT").
 */
public record CaseNoteSummary(UUID id, UUID childId, String status, String noteType, String typeLabel, LocalDateTime occurredAt,
        String title, String excerpt, boolean significant, boolean childSeen, boolean childSeenAlone, UUID authorId, String authorName,
        Instant recordedAt, int appendments, int attachments) {

    public boolean draft() {
        return "DRAFT".equals(status);
    }

    /** A home or office visit at which the child was seen: it counts for the visiting standards. */
    public boolean visit() {
        return CaseNoteRules.visitType(noteType) && childSeen;
    }
}
