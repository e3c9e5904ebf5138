package uk.org.beacon.casework;

import java.time.LocalDate;
import java.util.UUID;

/** Which of a child's notes to list: by type, significant events only, a date range (practice dates), and who wrote them. */
public record CaseNoteFilter(String noteType, boolean significantOnly, LocalDate from, LocalDate to, UUID authorId) {

    public static CaseNoteFilter all() {
        return new CaseNoteFilter(null, false, null, null, null);
    }
}
