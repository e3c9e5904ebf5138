package uk.org.beacon.chronology;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.UUID;

/**
 * A practice fact as the chronology records it. Every source (a module's event) is turned into one
 * of these by a listener and recorded the same way: once per source record ({@code sourceModule},
 * {@code sourceId}, {@code type}), on the practice date, with the impact left for the worker.
 */
record PracticeEvent(String sourceModule, UUID sourceId, EntryType type, UUID childId, LocalDate occurredOn, LocalTime occurredTime,
        String title, String summary, String source, boolean significant) {

    static PracticeEvent at(String module, UUID sourceId, EntryType type, UUID childId, LocalDateTime at, String title, String summary,
            String source, boolean significant) {
        return new PracticeEvent(module, sourceId, type, childId, at.toLocalDate(), at.toLocalTime().withSecond(0).withNano(0), title,
                summary, source, significant);
    }

    static PracticeEvent on(String module, UUID sourceId, EntryType type, UUID childId, LocalDate on, String title, String summary,
            String source, boolean significant) {
        return new PracticeEvent(module, sourceId, type, childId, on, null, title, summary, source, significant);
    }
}
