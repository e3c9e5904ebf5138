package uk.org.beacon.casework;

import java.time.LocalDate;
import java.util.UUID;

/** A case supervision discussion about a child was recorded on the child's file. */
public record SupervisionRecorded(UUID supervisionId, UUID childId, LocalDate heldOn, UUID supervisorId, UUID workerId,
        String summary, String actions) {}
