package uk.org.beacon.casework;

import java.time.LocalDateTime;

/**
 * What a worker writes in a case note, as the pages and the API send it: the type (code list
 * {@code case-note-type}), when it happened (practice time, UK), a title, the note itself, whether
 * the child was seen and seen alone, the child's wishes and feelings in their own words, and whether
 * it is a significant event (it then stands out on the record and in the chronology). A draft may be
 * incomplete; finalising checks it in full.
 */
public record CaseNoteContent(String noteType, LocalDateTime occurredAt, String title, String text, boolean childSeen,
        boolean childSeenAlone, String wishesAndFeelings, boolean significant) {}
