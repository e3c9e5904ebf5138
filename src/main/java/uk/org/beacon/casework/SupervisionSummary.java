package uk.org.beacon.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A case supervision discussion on the child's file, finalised when recorded, with any appendments. */
public record SupervisionSummary(UUID id, UUID childId, LocalDate heldOn, UUID supervisorId, String supervisorName, UUID workerId,
        String workerName, String summary, String analysis, List<ActionSummary> actions, Instant recordedAt, List<Appendment> appendments) {

    /** An agreed action with its owner's name. */
    public record ActionSummary(String action, UUID ownerId, String ownerName, LocalDate dueOn) {}
}
