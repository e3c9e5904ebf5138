package uk.org.beacon.planning;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What a worker writes for one action: what will be done, who owns it (a name with role or agency,
 * or a member of staff), what will be different for the child when it is done, and by when.
 * {@code wordingConfirmed} says the worker has read the vague-wording warnings and keeps the words.
 */
public record PlanActionContent(String action, String ownerName, String ownerRole, UUID ownerStaffId, String difference, LocalDate dueOn,
        boolean wordingConfirmed) {}
