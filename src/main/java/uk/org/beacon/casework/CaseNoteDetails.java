package uk.org.beacon.casework;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * One case note in full, as its page and the API show it: what was written, who wrote it, when it
 * happened and when it was finalised, the dated appendments added since, the files attached, and
 * for a late visit why it was late. {@code version} is sent back with a change to a draft.
 */
public record CaseNoteDetails(UUID id, UUID childId, String status, String noteType, String typeLabel, LocalDateTime occurredAt,
        String title, String text, boolean childSeen, boolean childSeenAlone, String wishesAndFeelings, boolean significant,
        UUID authorId, String authorName, Instant startedAt, Instant savedAt, Instant recordedAt, String lateReasonCode,
        String lateReasonText, UUID voidedBy, Instant voidedAt, String voidReason, List<Appendment> appendments,
        List<Attachment> attachments, long version) {

    /** Text added to a finalised note, dated, with who added it. */
    public record Appendment(UUID id, String text, UUID appendedBy, String appendedByName, Instant appendedAt) {}

    /** A file received (a photo, a letter) kept with the note; the content is downloaded separately, and audited. */
    public record Attachment(UUID id, String fileName, String contentType, long sizeBytes, String description, UUID uploadedBy,
            String uploadedByName, Instant uploadedAt) {

        public String size() {
            return sizeBytes < 1024 ? sizeBytes + " bytes" : sizeBytes < 1024 * 1024 ? (sizeBytes / 1024) + " KB"
                    : String.format("%.1f MB", sizeBytes / (1024.0 * 1024.0));
        }
    }

    public boolean draft() {
        return "DRAFT".equals(status);
    }

    public boolean finalised() {
        return "FINALISED".equals(status);
    }

    public boolean voided() {
        return "VOIDED".equals(status);
    }

    /** A home or office visit, whether or not the child was seen. */
    public boolean visitType() {
        return CaseNoteRules.visitType(noteType);
    }

    public boolean visit() {
        return CaseNoteRules.visitType(noteType) && childSeen;
    }

    /** Text split into its lines, to show as written (blank lines dropped). */
    public static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::stripTrailing).filter(l -> !l.isBlank()).toList();
    }

    public CaseNoteContent content() {
        return new CaseNoteContent(noteType, occurredAt, title, text, childSeen, childSeenAlone, wishesAndFeelings, significant);
    }
}
