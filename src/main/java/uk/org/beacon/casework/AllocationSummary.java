package uk.org.beacon.casework;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One period in which a child's case was held: the case-holding team's lead row (with the key
 * worker, or none while the case waits for one) or a co-worker from another team. {@code allocatedTo}
 * is the day the period ended (the next began), empty while current.
 */
public record AllocationSummary(UUID id, UUID childId, UUID teamId, String teamName, UUID workerId, String workerName, boolean lead,
        LocalDate allocatedFrom, LocalDate allocatedTo, String reason, UUID allocatedBy, String allocatedByName, String endReason,
        UUID endedBy, String endedByName, UUID transferId) {

    public boolean current() {
        return allocatedTo == null;
    }

    public boolean unallocated() {
        return lead && workerId == null;
    }

    public String role() {
        return !lead ? "Co-worker" : workerId == null ? "Held by the team, no worker allocated" : "Key worker";
    }
}
