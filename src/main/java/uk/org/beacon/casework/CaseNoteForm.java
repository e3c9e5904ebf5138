package uk.org.beacon.casework;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.UUID;
import uk.org.beacon.web.DateFields;

/** The case note page's fields, as typed: the draft's id and version once it exists, the note, and a late visit's reason. */
public class CaseNoteForm {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private UUID noteId;
    private Long version;
    private String noteType;
    private String occurredAtDay;
    private String occurredAtMonth;
    private String occurredAtYear;
    private String occurredAtTime;
    private String title;
    private String text;
    private boolean childSeen;
    private boolean childSeenAlone;
    private String wishesAndFeelings;
    private boolean significant;
    private String lateReasonCode;
    private String lateReasonText;

    /** A new note, dated now (most notes are typed the same day; change it if not). */
    static CaseNoteForm startingAt(LocalDateTime now) {
        CaseNoteForm f = new CaseNoteForm();
        f.setOccurredAt(now);
        return f;
    }

    static CaseNoteForm of(CaseNoteDetails d) {
        CaseNoteForm f = new CaseNoteForm();
        f.noteId = d.id();
        f.version = d.version();
        f.noteType = d.noteType();
        f.setOccurredAt(d.occurredAt());
        f.title = d.title();
        f.text = d.text();
        f.childSeen = d.childSeen();
        f.childSeenAlone = d.childSeenAlone();
        f.wishesAndFeelings = d.wishesAndFeelings();
        f.significant = d.significant();
        return f;
    }

    private void setOccurredAt(LocalDateTime at) {
        if (at != null) {
            occurredAtDay = String.valueOf(at.getDayOfMonth());
            occurredAtMonth = String.valueOf(at.getMonthValue());
            occurredAtYear = String.valueOf(at.getYear());
            occurredAtTime = TIME.format(at);
        }
    }

    /** What was typed as a note; a date or time that cannot be read is left out, with its message in {@code errors}. */
    CaseNoteContent toContent(Map<String, String> errors) {
        LocalDate day = DateFields.read(occurredAtDay, occurredAtMonth, occurredAtYear, "occurredAt", "The date", errors).orElse(null);
        LocalDateTime at = null;
        if (day != null) {
            LocalTime time = time(errors);
            if (time != null) {
                at = day.atTime(time);
            }
        }
        return new CaseNoteContent(noteType, at, title, text, childSeen, childSeenAlone, wishesAndFeelings, significant);
    }

    /** The time typed as 14:30, 1430, 9:05 or 14.30. */
    private LocalTime time(Map<String, String> errors) {
        if (occurredAtTime == null || occurredAtTime.isBlank()) {
            errors.put("occurredAtTime", "Enter the time, like 09:30 or 14:05");
            return null;
        }
        String t = occurredAtTime.strip().replace('.', ':');
        if (t.matches("\\d{3,4}")) {
            t = t.substring(0, t.length() - 2) + ":" + t.substring(t.length() - 2);
        }
        if (t.matches("\\d:\\d{2}")) {
            t = "0" + t;
        }
        try {
            return LocalTime.parse(t);
        } catch (DateTimeParseException e) {
            errors.put("occurredAtTime", "Enter the time like 09:30 or 14:05 (24-hour clock)");
            return null;
        }
    }

    public UUID getNoteId() { return noteId; }
    public void setNoteId(UUID v) { noteId = v; }
    public Long getVersion() { return version; }
    public void setVersion(Long v) { version = v; }
    public String getNoteType() { return noteType; }
    public void setNoteType(String v) { noteType = v; }
    public String getOccurredAtDay() { return occurredAtDay; }
    public void setOccurredAtDay(String v) { occurredAtDay = v; }
    public String getOccurredAtMonth() { return occurredAtMonth; }
    public void setOccurredAtMonth(String v) { occurredAtMonth = v; }
    public String getOccurredAtYear() { return occurredAtYear; }
    public void setOccurredAtYear(String v) { occurredAtYear = v; }
    public String getOccurredAtTime() { return occurredAtTime; }
    public void setOccurredAtTime(String v) { occurredAtTime = v; }
    public String getTitle() { return title; }
    public void setTitle(String v) { title = v; }
    public String getText() { return text; }
    public void setText(String v) { text = v; }
    public boolean isChildSeen() { return childSeen; }
    public void setChildSeen(boolean v) { childSeen = v; }
    public boolean isChildSeenAlone() { return childSeenAlone; }
    public void setChildSeenAlone(boolean v) { childSeenAlone = v; }
    public String getWishesAndFeelings() { return wishesAndFeelings; }
    public void setWishesAndFeelings(String v) { wishesAndFeelings = v; }
    public boolean isSignificant() { return significant; }
    public void setSignificant(boolean v) { significant = v; }
    public String getLateReasonCode() { return lateReasonCode; }
    public void setLateReasonCode(String v) { lateReasonCode = v; }
    public String getLateReasonText() { return lateReasonText; }
    public void setLateReasonText(String v) { lateReasonText = v; }
}
