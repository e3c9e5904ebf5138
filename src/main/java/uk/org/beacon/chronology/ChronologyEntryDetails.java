package uk.org.beacon.chronology;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/**
 * A chronology entry as the page, the printed chronology and the API show it. {@code sourceModule}
 * and {@code sourceId} name the practice record it came from ({@code chronology} and no id for an
 * entry the worker added by hand); {@code source} says where the information came from in words.
 */
public record ChronologyEntryDetails(
        UUID id,
        UUID childId,
        LocalDate occurredOn,
        LocalTime occurredTime,
        Instant recordedAt,
        UUID recordedBy,
        EntryType type,
        String title,
        String summary,
        String impact,
        UUID impactRecordedBy,
        Instant impactRecordedAt,
        boolean significant,
        boolean thirdParty,
        String source,
        String sourceModule,
        UUID sourceId,
        UUID updatedBy,
        Instant updatedAt,
        UUID voidedBy,
        Instant voidedAt,
        String voidReason,
        long version) {

    public boolean impactRecorded() {
        return impact != null && !impact.isBlank();
    }

    public boolean voided() {
        return voidedAt != null;
    }

    /** Added by a worker by hand, rather than made from a practice record. */
    public boolean byWorker() {
        return ChronologyEntry.BY_WORKER.equals(sourceModule);
    }

    /** The same entry with its narrative replaced, for a copy that withholds information about other people. */
    ChronologyEntryDetails withheld(String marker) {
        return new ChronologyEntryDetails(id, childId, occurredOn, occurredTime, recordedAt, recordedBy, type, type.label(), marker,
                impactRecorded() ? marker : null, impactRecordedBy, impactRecordedAt, significant, thirdParty, null, sourceModule, sourceId,
                updatedBy, updatedAt, voidedBy, voidedAt, voidReason, version);
    }
}
