package uk.org.beacon.chronology;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * What a worker writes when they add an entry by hand (or change one they added): when it
 * happened, what kind of event, a short title, what happened, its impact on the child, whether it
 * is significant, where the information came from (for example "school report") and whether it
 * is about other people (withheld from the family's copy). {@code significant} defaults to yes.
 */
public record CuratedEntry(LocalDate occurredOn, LocalTime occurredTime, EntryType type, String title, String summary, String impact,
        Boolean significant, String source, Boolean thirdParty) {}
