package uk.org.beacon.planning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One action of a plan as it reads now: what, who, what will be different, by when, where it stands,
 * the vague-wording warnings its words still raise (and whether the worker confirmed them), its
 * progress notes oldest first, and whether it was withdrawn and why.
 */
public record PlanActionSummary(UUID id, UUID outcomeId, int position, String action, String ownerName, String ownerRole,
        UUID ownerStaffId, String difference, LocalDate dueOn, PlanActionStatus status, boolean wordingConfirmed, List<String> warnings,
        long version, Instant withdrawnAt, String withdrawnReason, int earlierVersions, List<PlanActionProgress> progress) {

    public boolean withdrawn() {
        return withdrawnAt != null;
    }

    /** Who owns the action, as one line: "Ms Ade (school nurse)". */
    public String owner() {
        return ownerRole == null || ownerRole.isBlank() ? ownerName : ownerName + " (" + ownerRole + ")";
    }

    public boolean overdue(LocalDate today) {
        return !withdrawn() && status != PlanActionStatus.DONE && status != PlanActionStatus.NOT_DONE && dueOn.isBefore(today);
    }
}
