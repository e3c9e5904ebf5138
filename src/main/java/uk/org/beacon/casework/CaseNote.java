package uk.org.beacon.casework;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A case note on a child's record: a visit, call, meeting or piece of direct work, written by the
 * worker who did it. It starts as a draft, saved server-side as it is typed, so a crashed browser or
 * a timed-out session loses nothing. Finalising makes it part of the legal record: from then on it is
 * never changed, only appended to with dated appendments. A draft that is not needed is voided with a
 * reason, never deleted. {@code occurredAt} is the practice time (UK wall-clock time), apart from
 * {@code recordedAt}, when it was finalised.
 */
@Table(schema = "casework", name = "case_note")
class CaseNote {

    enum Status { DRAFT, FINALISED, VOIDED }

    @Id
    UUID id;

    UUID childId;
    String noteType;
    LocalDateTime occurredAt;
    String title;
    String body;
    boolean childSeen;
    boolean childSeenAlone;
    String wishesAndFeelings;
    boolean significant;
    String status;
    UUID authorId;
    Instant startedAt;
    Instant savedAt;
    Instant recordedAt;
    String lateReasonCode;
    String lateReasonText;
    UUID voidedBy;
    Instant voidedAt;
    String voidReason;

    @Version
    Long version;

    CaseNote() {}

    static CaseNote start(UUID childId, UUID authorId, Instant now) {
        CaseNote note = new CaseNote();
        note.id = UUID.randomUUID();
        note.childId = childId;
        note.authorId = authorId;
        note.status = Status.DRAFT.name();
        note.startedAt = now;
        note.savedAt = now;
        return note;
    }

    /** Takes what has been typed so far; nothing is checked here beyond what a draft can hold. */
    void write(CaseNoteContent c, Instant now) {
        noteType = blankToNull(c.noteType());
        occurredAt = c.occurredAt();
        title = blankToNull(c.title());
        body = blankToNull(c.text());
        childSeen = c.childSeen();
        childSeenAlone = c.childSeen() && c.childSeenAlone();
        wishesAndFeelings = blankToNull(c.wishesAndFeelings());
        significant = c.significant();
        savedAt = now;
    }

    CaseNoteContent content() {
        return new CaseNoteContent(noteType, occurredAt, title, body, childSeen, childSeenAlone, wishesAndFeelings, significant);
    }

    void finalise(Instant now, String lateCode, String lateText) {
        status = Status.FINALISED.name();
        recordedAt = now;
        savedAt = now;
        lateReasonCode = lateCode;
        lateReasonText = lateText;
    }

    void voidDraft(UUID by, Instant now, String reason) {
        status = Status.VOIDED.name();
        voidedBy = by;
        voidedAt = now;
        voidReason = reason;
    }

    Status state() {
        return Status.valueOf(status);
    }

    boolean draft() {
        return state() == Status.DRAFT;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
