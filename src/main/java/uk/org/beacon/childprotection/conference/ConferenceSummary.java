package uk.org.beacon.childprotection.conference;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

/**
 * A conference in a list (the chair's list, my work, the child's record): when it is due (T5) and
 * arranged for, who chairs it, and how many invited agencies' reports are still missing.
 */
public record ConferenceSummary(UUID id, UUID childId, String childName, UUID enquiryId, ConferenceStatus status, LocalDate dueOn,
        LocalDateTime scheduledFor, String venue, UUID chairId, String chairName, LocalDate heldOn, Boolean planDecided, String category,
        String categoryLabel, int reportsRequested, int reportsMissing, boolean minutesFinal) {

    /** Held after its due date, or still not held after it. */
    public boolean late(LocalDate today) {
        return heldOn != null ? heldOn.isAfter(dueOn) : status != ConferenceStatus.CANCELLED && today.isAfter(dueOn);
    }

    public String statusLabel() {
        return status.label();
    }
}
