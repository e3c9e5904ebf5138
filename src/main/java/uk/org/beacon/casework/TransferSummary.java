package uk.org.beacon.casework;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A case moving from one team to another: requested by the sending team's manager with the reason,
 * accepted by the receiving team's manager, who allocates a worker. Local rule L1 runs from the
 * request; an acceptance after it was due carries the late reason.
 */
public record TransferSummary(UUID id, UUID childId, UUID fromTeamId, String fromTeamName, UUID toTeamId, String toTeamName, String reason,
        LocalDate requestedOn, UUID requestedBy, String requestedByName, String status, LocalDate acceptedOn, UUID acceptedBy,
        String acceptedByName, UUID toWorkerId, String toWorkerName, String lateReasonCode, String lateReasonText, UUID clockId, long version) {

    public boolean open() {
        return "REQUESTED".equals(status);
    }
}
