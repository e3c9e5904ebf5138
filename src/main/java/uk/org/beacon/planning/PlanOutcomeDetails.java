package uk.org.beacon.planning;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One outcome of a plan (what we want to be different for the child) with its actions in order. */
public record PlanOutcomeDetails(UUID id, int position, String outcome, long version, Instant withdrawnAt, String withdrawnReason,
        List<PlanActionSummary> actions) {

    public boolean withdrawn() {
        return withdrawnAt != null;
    }

    public List<PlanActionSummary> currentActions() {
        return actions.stream().filter(a -> !a.withdrawn()).toList();
    }
}
