package uk.org.beacon.casework;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import uk.org.beacon.codes.CodeSet;

/**
 * What a case note must satisfy. Some problems are refused whenever the note is saved, draft or not:
 * a time in the future, a visit before the child was born, "seen alone" without "seen", the child
 * "seen" on a phone call or email. Finalising also needs the type, the practice time, a title and the
 * note itself. A visit is a home visit, or an office visit, at which the child was seen: it is what
 * stops and restarts the visiting clocks (T9, T10, T12, T13 …).
 */
final class CaseNoteRules {

    static final String TYPE_LIST = "case-note-type";
    static final Set<String> VISIT_TYPES = Set.of("HOME_VISIT", "OFFICE_VISIT");
    static final Set<String> CANNOT_SEE_THE_CHILD = Set.of("PHONE_CALL", "EMAIL");
    static final int MAX_TITLE = 200;
    static final int MAX_TEXT = 100_000;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy");

    private CaseNoteRules() {}

    /** Problems refused even in a draft (the draft keeps everything else typed). */
    static Map<String, String> checkDraft(CaseNoteContent c, CodeSet types, LocalDate dateOfBirth, LocalDateTime now) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (c.noteType() != null && !c.noteType().isBlank() && !types.isActive(c.noteType())) {
            errors.put("noteType", "Select the type of note from the list");
        }
        if (c.occurredAt() != null && c.occurredAt().isAfter(now)) {
            errors.put("occurredAt", "The date and time of the note must be now or in the past");
        } else if (c.occurredAt() != null && dateOfBirth != null && c.occurredAt().toLocalDate().isBefore(dateOfBirth)
                && (visitType(c.noteType()) || c.childSeen())) {
            errors.put("occurredAt", "A visit cannot be before the child's date of birth (" + DAY.format(dateOfBirth) + ")");
        }
        if (c.childSeenAlone() && !c.childSeen()) {
            errors.put("childSeenAlone", "The child can only be seen alone if they were seen: select \"The child was seen\" too, or untick \"seen alone\"");
        }
        if (c.childSeen() && c.noteType() != null && CANNOT_SEE_THE_CHILD.contains(c.noteType())) {
            errors.put("childSeen", "A child cannot be seen on a phone call or by email: choose the type of contact in which you saw them");
        }
        if (c.title() != null && c.title().strip().length() > MAX_TITLE) {
            errors.put("title", "The title must be " + MAX_TITLE + " characters or fewer");
        }
        if (c.text() != null && c.text().length() > MAX_TEXT) {
            errors.put("text", "The note must be 100,000 characters or fewer: attach letters and reports received as files instead");
        }
        return errors;
    }

    /** Every problem that stops the note being finalised. */
    static Map<String, String> checkFinal(CaseNoteContent c, CodeSet types, LocalDate dateOfBirth, LocalDateTime now) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (c.noteType() == null || c.noteType().isBlank()) {
            errors.put("noteType", "Select the type of note");
        }
        if (c.occurredAt() == null) {
            errors.put("occurredAt", "Enter the date of the visit, call or meeting");
        }
        if (c.title() == null || c.title().isBlank()) {
            errors.put("title", "Enter a title for the note");
        }
        if (c.text() == null || c.text().isBlank()) {
            errors.put("text", "Write the note before finalising it");
        }
        checkDraft(c, types, dateOfBirth, now).forEach(errors::putIfAbsent);
        return errors;
    }

    /** A reason the visit was late: the code from the list and, always, the worker's own words. */
    static Map<String, String> checkLateReason(String code, String text, CodeSet lateReasons) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (code == null || code.isBlank()) {
            errors.put("lateReasonCode", "This visit is late for the child's visiting standard: select why");
        } else if (lateReasons != null && !lateReasons.isActive(code)) {
            errors.put("lateReasonCode", "Select why the visit is late from the list");
        }
        if (text == null || text.isBlank()) {
            errors.put("lateReasonText", "Explain in your own words why the visit is late");
        }
        return errors;
    }

    static boolean visitType(String noteType) {
        return noteType != null && VISIT_TYPES.contains(noteType);
    }

    /** A visit that counts for the visiting standards: a home or office visit at which the child was seen. */
    static boolean countsAsVisit(CaseNoteContent c) {
        return visitType(c.noteType()) && c.childSeen();
    }
}
