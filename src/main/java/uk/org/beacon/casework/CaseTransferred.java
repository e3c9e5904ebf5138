package uk.org.beacon.casework;

import java.time.LocalDate;
import java.util.UUID;

/** A child's case moved from one team to another, accepted by the receiving team on {@code transferredOn}. */
public record CaseTransferred(UUID transferId, UUID childId, UUID fromTeamId, UUID toTeamId, UUID toWorkerId, LocalDate transferredOn,
        String reason) {}
