package uk.org.beacon.casework;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A child's case was allocated to a worker in a team from {@code allocatedOn}: as the lead key
 * worker ({@code lead}) or as a co-worker from another team.
 */
public record CaseAllocated(UUID allocationId, UUID childId, UUID teamId, UUID workerId, boolean lead, LocalDate allocatedOn,
        UUID allocatedBy) {}
