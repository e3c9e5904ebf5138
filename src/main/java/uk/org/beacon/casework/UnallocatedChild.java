package uk.org.beacon.casework;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A child waiting for a worker, as a team manager sees it: held by their team without a key worker,
 * transferred to their team and waiting for acceptance, or referred at the front door and not yet
 * held by any team. {@code since} is when the wait began.
 */
public record UnallocatedChild(UUID childId, String childName, LocalDate dateOfBirth, boolean restricted, Why why, LocalDate since,
        int daysWaiting, UUID teamId, String teamName, UUID transferId, String detail) {

    public enum Why {
        HELD_BY_TEAM("Held by the team, no worker"),
        TRANSFER_IN("Transfer to the team, awaiting acceptance"),
        REFERRED("Referred, not yet held by a team");

        private final String label;

        Why(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
