package uk.org.beacon.chronology;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One line of a child's chronology: when something happened (the practice date, and the time
 * where it is known), what happened, and its impact on the child in the worker's words. An entry
 * from a practice record (a contact, a decision, an allocation) keeps that record's facts: the
 * worker adds the impact, decides whether it is significant and marks information about other
 * people, which the family's copy withholds. An entry the worker added can be changed. Nothing
 * is deleted: a wrong entry is voided with the reason.
 */
@Table(schema = "chronology", name = "entry")
class ChronologyEntry {

    static final String BY_WORKER = "chronology";

    @Id
    UUID id;

    UUID childId;
    UUID sourceChildId;
    LocalDate occurredOn;
    LocalTime occurredTime;
    Instant recordedAt;
    UUID recordedBy;
    String sourceModule;
    UUID sourceId;
    String source;
    String entryType;
    String title;
    String summary;
    String impact;
    UUID impactRecordedBy;
    Instant impactRecordedAt;
    boolean significant;
    boolean thirdParty;
    UUID updatedBy;
    Instant updatedAt;
    UUID voidedBy;
    Instant voidedAt;
    String voidReason;

    @Version
    Long version;

    ChronologyEntry() {}

    static ChronologyEntry addedByWorker(UUID childId, CuratedEntry e, UUID by, Instant now) {
        ChronologyEntry entry = new ChronologyEntry();
        entry.id = UUID.randomUUID();
        entry.childId = childId;
        entry.sourceChildId = childId;
        entry.sourceModule = BY_WORKER;
        entry.recordedAt = now;
        entry.recordedBy = by;
        entry.apply(e, by, now);
        entry.updatedBy = null;
        entry.updatedAt = null;
        if (entry.impact != null) {
            entry.impactRecordedBy = by;
            entry.impactRecordedAt = now;
        }
        return entry;
    }

    void apply(CuratedEntry e, UUID by, Instant now) {
        occurredOn = e.occurredOn();
        occurredTime = e.occurredTime();
        entryType = e.type().name();
        title = e.title().trim();
        summary = e.summary().trim();
        String newImpact = trim(e.impact());
        if (!java.util.Objects.equals(newImpact, impact)) {
            impactRecordedBy = newImpact == null ? null : by;
            impactRecordedAt = newImpact == null ? null : now;
        }
        impact = newImpact;
        significant = e.significant() == null || e.significant();
        thirdParty = e.thirdParty() != null && e.thirdParty();
        source = trim(e.source());
        updatedBy = by;
        updatedAt = now;
    }

    void recordImpact(String text, UUID by, Instant now) {
        impact = text.trim();
        impactRecordedBy = by;
        impactRecordedAt = now;
        touched(by, now);
    }

    void touched(UUID by, Instant now) {
        updatedBy = by;
        updatedAt = now;
    }

    void voidWith(String reason, UUID by, Instant now) {
        voidReason = reason.trim();
        voidedBy = by;
        voidedAt = now;
    }

    boolean byWorker() {
        return BY_WORKER.equals(sourceModule);
    }

    boolean voided() {
        return voidedAt != null;
    }

    ChronologyEntryDetails details() {
        return new ChronologyEntryDetails(id, childId, occurredOn, occurredTime, recordedAt, recordedBy, EntryType.valueOf(entryType), title,
                summary, impact, impactRecordedBy, impactRecordedAt, significant, thirdParty, source, sourceModule, sourceId, updatedBy,
                updatedAt, voidedBy, voidedAt, voidReason, version == null ? 0 : version);
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
